import GradusMarkdown

/// The words of a heading from which its id is made: its text, code and values; formulas and images left out.
struct HeadingWords: MarkdownWalker {
    let slots: [PageSlot]
    private(set) var text = ""

    init(_ content: [Inline], slots: [PageSlot]) {
        self.slots = slots
        walk(content)
    }

    mutating func visit(_ inline: Inline) {
        switch inline {
        case .text(let words): text += words
        case .code(let code): text += code.code
        case .softBreak, .lineBreak, .html, .image: text += " "
        case .slot(let slot): text += slots.indices.contains(slot.index) ? slots[slot.index].slugText : ""
        case .emphasis, .strong, .link: descend(into: inline)
        }
    }
}
