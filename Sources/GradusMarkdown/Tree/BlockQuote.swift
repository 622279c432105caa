/// Blocks quoted with `>`.
public struct BlockQuote: Sendable, Equatable {
    public var blocks: [Block]

    public init(_ blocks: [Block]) { self.blocks = blocks }
}
