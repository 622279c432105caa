extension CommonMark {
    /// Renders CommonMark `markdown` as an HTML fragment, through the tree (the same bytes as cmark's renderer).
    public static func html(from markdown: String, options: MarkdownOptions = []) -> String {
        CommonMarkHTML.html(parse(markdown, options: options), options: options)
    }
}
