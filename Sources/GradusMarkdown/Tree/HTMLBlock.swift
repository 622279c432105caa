/// A block of raw HTML, written only when the document's options allow raw HTML.
public struct HTMLBlock: Sendable, Equatable {
    public var html: String

    public init(_ html: String) { self.html = html }
}
