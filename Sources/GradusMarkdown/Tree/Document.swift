/// A parsed CommonMark document: plain Swift values, no C pointer (see `CommonMark.parse`).
public struct Document: Sendable, Equatable {
    public var blocks: [Block]

    public init(_ blocks: [Block]) { self.blocks = blocks }
}
