import Ccmark

/// Options for rendering CommonMark; each maps to one cmark flag.
public struct MarkdownOptions: OptionSet, Sendable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Keep raw HTML and potentially dangerous links (`javascript:`) as written.
    /// Off by default: cmark then replaces raw HTML with a comment.
    public static let allowRawHTML = MarkdownOptions(rawValue: CMARK_OPT_UNSAFE)
    /// Curly quotes, en and em dashes, ellipses.
    public static let smartPunctuation = MarkdownOptions(rawValue: CMARK_OPT_SMART)
}

/// The only door to the C library: text in, HTML text out; no C pointer leaves this file.
public enum CommonMark {
    /// Renders CommonMark `markdown` as an HTML fragment.
    public static func html(from markdown: String, options: MarkdownOptions = []) -> String {
        let flags = options.rawValue | CMARK_OPT_VALIDATE_UTF8
        var source = markdown
        return source.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress,
                let rendered = cmark_markdown_to_html(
                    UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), bytes.count, flags)
            else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }
}
