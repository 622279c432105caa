/// `**strong emphasis**`, written as `<strong>`.
public struct Strong: Sendable, Equatable {
    public var content: [Inline]

    public init(_ content: [Inline]) { self.content = content }
}
