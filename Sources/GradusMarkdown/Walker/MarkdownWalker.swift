/// A pass over a document's tree. Implement the `visit` methods for the nodes that matter to the pass and call
/// `descend(into:)` where it should go on; the defaults visit every child in order, so a pass is a few lines.
public protocol MarkdownWalker {
    mutating func visit(_ block: Block)
    mutating func visit(_ inline: Inline)
}

extension MarkdownWalker {
    public mutating func visit(_ block: Block) { descend(into: block) }
    public mutating func visit(_ inline: Inline) { descend(into: inline) }

    /// Visits every block of `document` in order.
    public mutating func walk(_ document: Document) {
        for block in document.blocks { visit(block) }
    }

    /// Visits `inlines` in order.
    public mutating func walk(_ inlines: [Inline]) {
        for inline in inlines { visit(inline) }
    }

    /// Visits the children of `block`: a paragraph's or heading's inlines, a quote's or list item's blocks.
    public mutating func descend(into block: Block) {
        switch block {
        case .paragraph(let paragraph): walk(paragraph.content)
        case .heading(let heading): walk(heading.content)
        case .blockQuote(let quote): for child in quote.blocks { visit(child) }
        case .list(let list): for item in list.items { for child in item.blocks { visit(child) } }
        case .codeBlock, .htmlBlock, .thematicBreak: break
        }
    }

    /// Visits the children of `inline`: the content of emphasis, links and images.
    public mutating func descend(into inline: Inline) {
        switch inline {
        case .emphasis(let emphasis): walk(emphasis.content)
        case .strong(let strong): walk(strong.content)
        case .link(let link): walk(link.content)
        case .image(let image): walk(image.description)
        case .text, .softBreak, .lineBreak, .code, .html, .slot: break
        }
    }
}
