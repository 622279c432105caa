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
        ">", "<", "&", "&amp;", "\\", "`", "[", "]", "!", "~", "$", "'", "\"", "θ", "中文", "\u{00A0}", "\u{3000}", "---",
        "1.", "2)", "http://x.org", "x@y.org", "\u{0}", "\r",
    ]

    struct Numbers {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test func plainTextIsOneParagraphOfItself() {
        var numbers = Numbers(state: 5)
        var plain = 0
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<(1 + numbers.next(6)) { text += Self.pieces[numbers.next(Self.pieces.count)] }
            guard CommonMark.isPlainParagraph(text) else { continue }
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
