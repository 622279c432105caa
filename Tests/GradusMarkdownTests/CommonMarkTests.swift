import GradusMarkdown
import Testing

struct CommonMarkTests {
    @Test func rendersParagraphsAndEmphasis() {
        #expect(CommonMark.html(from: "Hello *world*") == "<p>Hello <em>world</em></p>\n")
    }

    @Test func omitsRawHTMLByDefault() {
        let html = CommonMark.html(from: "<script>alert(1)</script>\n\ntext <b>bold</b>")
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func keepsRawHTMLWhenAllowed() {
        let html = CommonMark.html(from: "text <b>bold</b>", options: .allowRawHTML)
        #expect(html == "<p>text <b>bold</b></p>\n")
    }

    @Test func dropsJavaScriptLinksByDefault() {
        let html = CommonMark.html(from: "[x](javascript:alert(1))")
        #expect(!html.contains("javascript:"))
    }

    @Test func escapesTextAndCountsUTF8Bytes() {
        let html = CommonMark.html(from: "梯度下降 a < b & c")
        #expect(html == "<p>梯度下降 a &lt; b &amp; c</p>\n")
    }

    @Test func rendersTablesOfCodeAndHeadings() {
        let html = CommonMark.html(from: "## FAQ\n\n```python\nx = 1\n```\n")
        #expect(html == "<h2>FAQ</h2>\n<pre><code class=\"language-python\">x = 1\n</code></pre>\n")
    }
}
