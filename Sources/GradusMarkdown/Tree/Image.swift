/// An image: its description (the `alt` text), source and optional title.
public struct Image: Sendable, Equatable {
    public var source: String
    public var title: String
    public var description: [Inline]

    public init(source: String, title: String = "", _ description: [Inline]) {
        self.source = source
        self.title = title
        self.description = description
    }
}
