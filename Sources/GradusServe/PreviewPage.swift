import GradusLessons
import GradusPages

/// The HTML pages the preview server makes itself: the failed-build page and the not-found page.
public enum PreviewPage {
    /// A page that shows a failed build's diagnostics, escaped, in a `<pre>`, and the stage that failed when known.
    public static func failure(_ diagnostics: Diagnostics, stage: String? = nil) -> String {
        let count = diagnostics.all.count
        let during = stage.map { "\n<p>The stage <em>\(escape($0))</em> failed.</p>" } ?? ""
        return page(
            title: "Build failed",
            body: """
                <h1>Build failed: \(count) \(count == 1 ? "error" : "errors")</h1>\(during)
                <pre>\(escape(diagnostics.description))</pre>
                <p>Fix the lesson and save; this page reloads when the build succeeds.</p>
                """)
    }

    /// The page for a path that names no file of the site.
    public static func notFound(_ path: String) -> String {
        page(
            title: "Not found", body: "<h1>Not found</h1>\n<p><code>\(escape(path))</code> is not part of the site.</p>"
        )
    }

    /// `text` escaped for HTML (the pages' own escaping).
    static func escape(_ text: String) -> String { HTML.escape(text) }

    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(title) · gradus serve</title>
        <style>body { font-family: sans-serif; margin: 2rem; } pre { background: #fee; padding: 1rem; white-space: pre-wrap; }</style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}
