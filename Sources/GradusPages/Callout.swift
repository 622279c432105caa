import GradusMarkdown

/// A block quote that starts with `[!NOTE]`, `[!TIP]` or `[!WARNING]` (GitHub's alert syntax), read from the tree.
struct Callout {
    static let kinds = ["NOTE": "note", "TIP": "tip", "WARNING": "warning"]

    /// `note`, `tip` or `warning`.
    let kind: String
    /// The quote's blocks, the marker taken out (and its paragraph, if it held nothing else).
    let blocks: [Block]

    init?(_ quote: BlockQuote) {
        guard case .paragraph(let first)? = quote.blocks.first, case .text(let text)? = first.content.first,
            text.hasPrefix("[!"), let close = text.firstIndex(of: "]"),
            let kind = Self.kinds[String(text[text.index(text.startIndex, offsetBy: 2)..<close])]
        else { return nil }
        self.kind = kind
        var rest = Array(first.content.dropFirst())
        let after = text[text.index(after: close)...].drop { $0 == " " }
        if !after.isEmpty { rest.insert(.text(String(after)), at: 0) }
        // White space between the marker and the text goes with it.
        while let head = rest.first {
            if head == .softBreak {
                rest.removeFirst()
            } else if case .text(let more) = head, more.first == " " {
                let trimmed = more.drop { $0 == " " }
                if trimmed.isEmpty { rest.removeFirst() } else { rest[0] = .text(String(trimmed)) }
            } else {
                break
            }
        }
        blocks = (rest.isEmpty ? [] : [.paragraph(Paragraph(rest))]) + quote.blocks.dropFirst()
    }
}
