/// A paragraph: inline content between blank lines.
public struct Paragraph: Sendable, Equatable {
    public var content: [Inline]

    public init(_ content: [Inline]) { self.content = content }
}
