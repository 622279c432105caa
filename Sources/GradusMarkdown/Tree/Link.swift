/// A link: its text, destination and optional title.
public struct Link: Sendable, Equatable {
    public var destination: String
    public var title: String
    public var content: [Inline]

    public init(destination: String, title: String = "", _ content: [Inline]) {
        self.destination = destination
        self.title = title
        self.content = content
    }
}
