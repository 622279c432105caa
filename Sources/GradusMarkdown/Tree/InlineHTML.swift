/// A raw HTML tag in running text, written only when the document's options allow raw HTML.
public struct InlineHTML: Sendable, Equatable {
    public var html: String

    public init(_ html: String) { self.html = html }
}
