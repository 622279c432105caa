/// A block of a document, one case per CommonMark block kind.
public enum Block: Sendable, Equatable {
    case paragraph(Paragraph)
    case heading(Heading)
    case blockQuote(BlockQuote)
    case list(List)
    case codeBlock(CodeBlock)
    case htmlBlock(HTMLBlock)
    case thematicBreak
}
