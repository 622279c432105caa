import Foundation
import GradusTestSupport
import GradusText
import Testing

@testable import GradusPages

/// The search index's section text computed on bytes is the text its definition gives on characters.
struct SearchTextBytesTests {
    /// Pieces that meet every rule of the definition: white space of each kind, anchors, a carriage return, combining
    /// and spacing marks, a prepended mark, canonically equivalent spellings, wide and zero-width spaces, emoji.
    static let pieces = [
        "a", "Z", "0", "#", " ", "  ", "\n", "\t", "# ", " #", "\r\n", "\r", "\u{301}", "é", "e\u{301}", "θ", "η", "∇",
        "中", "文", "\u{00A0}", "\u{3000}", "\u{2009}", "\u{200B}", "\u{0600}", "\u{0D4E}", "\u{212A}", "K", "\u{0E33}",
        "ก", "\u{1F3FB}", "\u{200D}", "👍", "C#", "(", "—",
    ]

    @Test func bytesGiveTheTextOfTheDefinition() {
        var checked = 0
        for (i, text) in generatedTexts(from: Self.pieces, count: 20_000, most: 11, seed: 17).enumerated() {
            let readable = HTMLWriter.readable(text)
            // A title that starts the text, a piece of it, or none.
            let title =
                switch i % 3 {
                case 0: String(readable.prefix(i % 6))
                case 1: Self.pieces[i % Self.pieces.count]
                default: ""
                }
            let exact = SearchText.exact(text, title: title)
            #expect(SearchText.section(Array(text.utf8)[...], title: title) == exact, "\(text.debugDescription)")
            if let bytes = SearchText.bytesSection(Array(text.utf8)[...], title: title) {
                #expect(bytes == exact, "\(text.debugDescription) under \(title.debugDescription)")
                checked += 1
            }
        }
        // Most texts are answered on bytes; the rest fall back to the definition.
        #expect(checked > 5_000)
    }

    @Test func aPageOfProseWithFormulasIsAnsweredOnBytes() {
        let text =
            " Why the step size matters # \n A small learning rate is  safe  but slow: θ k+1 = θ k − η ∇ J(θ k) \n\t 中文 "
        let section = SearchText.bytesSection(Array(text.utf8)[...], title: "Why the step size matters")
        #expect(section == "A small learning rate is safe but slow: θ k+1 = θ k − η ∇ J(θ k) 中文")
    }

    @Test func spaceCharactersAreFoundationsWhitespace() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(
                SearchText.isWhitespace(scalar) == CharacterSet.whitespaces.contains(scalar),
                "U+\(String(value, radix: 16))")
        }
    }
}

/// Whether a lesson mentions the source article is decided on bytes for ASCII text, as Foundation's search decides it.
struct MentionsTests {
    @Test func bytesAgreeWithFoundation() {
        let texts = [
            "see the source article.", "the source", "", "the source articles", "a\r\nthe source article",
            "θ the source article",
        ]
        let phrases = ["the source article", "", "source", "原文", "\nthe"]
        for text in texts {
            for phrase in phrases {
                #expect(SitePages.mentions(text, phrase) == text.contains(phrase), "\(text) / \(phrase)")
            }
        }
    }
}
