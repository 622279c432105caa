/// A parsed lesson: its front matter, its examples and its body.
public struct Lesson: Sendable {
    public let source: SourceFile
    /// The page name, from the file name: `gradient-descent.md` → `gradient-descent`.
    public let slug: String
    public let title: String
    /// The lesson's place in the course (ascending).
    public let order: Int
    public let summary: String
    /// Whether raw HTML typed in the Markdown is kept (off unless the lesson says `raw-html: true`).
    public let allowsRawHTML: Bool
    public let examples: [Example]
    public let body: [Piece]

    public func example(named name: String) -> Example? { examples.first { $0.name == name } }
}
