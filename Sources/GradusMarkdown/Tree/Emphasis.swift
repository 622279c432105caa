/// `*emphasis*`, written as `<em>`.
public struct Emphasis: Sendable, Equatable {
    public var content: [Inline]

    public init(_ content: [Inline]) { self.content = content }
}
