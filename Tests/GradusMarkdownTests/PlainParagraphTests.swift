import GradusMarkdown
import GradusTestSupport
import Testing

/// Text that `CommonMark.isPlainParagraph` lets a caller write without parsing is parsed by cmark as one paragraph of
/// exactly that text.
struct PlainParagraphTests {
    /// Pieces of table cells: words, numbers, list and heading markers, every inline marker, spaces of every kind.
    static let pieces = [
        "a", "row", "0", "12", "1234567890", ".", ")", ",", "%", "(", " ", "  ", "\t", "-", "+", "*", "_", "#", "=",
        ":",
        ">", "<", "&", "&amp;", "\\", "`", "[", "]", "!", "~", "$", "'", "\"", "θ", "中文", "\u{00A0}", "\u{3000}",
        "---", "1.", "2)", "http://x.org", "x@y.org", "\u{0}", "\r",
    ]

    @Test func plainTextIsOneParagraphOfItself() {
        var plain = 0
        for text in generatedTexts(from: Self.pieces, count: 20_000, fewest: 1, most: 6, seed: 5)
        where CommonMark.isPlainParagraph(text) {
            plain += 1
            #expect(CommonMark.parse(text).blocks == [.paragraph(Paragraph([.text(text)]))], "\(text.debugDescription)")
        }
        #expect(plain > 2_000)
    }

    @Test func cellsOfWordsAndNumbersArePlain() {
        for text in ["0", "0.125", "row 3 of page 7", "θ ≈ 1.5 (50%)", "k", "中文", "12.5", "x = 3, y = 4"] {
            #expect(CommonMark.isPlainParagraph(text), "\(text)")
        }
        for text in ["1.", "2) x", "# x", "- x", "*x*", "a_b", "x  ", " x", "a\nb", "&amp;", "<b>", "---", "`c`", ""] {
            #expect(!CommonMark.isPlainParagraph(text), "\(text.debugDescription)")
        }
    }
}
