import GradusText

/// The HTML renderer with nothing changed: the same bytes as cmark's `cmark_markdown_to_html`.
public struct CommonMarkHTML: HTMLRendering {
    public var output = HTMLOutput()
    public let options: MarkdownOptions

    public init(options: MarkdownOptions = []) { self.options = options }

    /// `document` as HTML.
    public static func html(_ document: Document, options: MarkdownOptions = []) -> String {
        var renderer = CommonMarkHTML(options: options)
        renderer.render(document)
        return renderer.output.writer.html
    }

    /// What stands for raw HTML that is not allowed.
    static let omitted = "<!-- raw HTML omitted -->"

    /// Whether cmark drops a link's destination when raw HTML is not allowed: `javascript:`, `vbscript:`, `file:`
    /// and `data:` (except PNG, GIF, JPEG and WebP images), in any case.
    public static func isDangerous(_ url: String) -> Bool {
        let lower = url.prefix(16).lowercased()
        if ["png", "gif", "jpeg", "webp"].contains(where: { lower.hasPrefix("data:image/" + $0) }) { return false }
        return ["javascript:", "vbscript:", "file:", "data:"].contains { lower.hasPrefix($0) }
    }
}
