/// An ATX (`## Title`) or setext heading.
public struct Heading: Sendable, Equatable {
    /// 1 to 6.
    public var level: Int
    public var content: [Inline]

    public init(level: Int, _ content: [Inline]) {
        self.level = level
        self.content = content
    }
}
