import GradusLessons
import GradusServe
import Testing

@Suite struct ReloadScriptTests {
    @Test func injectsBeforeTheLastBodyEndTag() {
        let page = "<html><body><p>x</p></BODY></html>"
        let served = ReloadScript.inject(into: page, build: 7)
        #expect(served.hasPrefix("<html><body><p>x</p><script>"))
        #expect(served.hasSuffix("</script>\n</BODY></html>"))
        #expect(served.contains("var served = 7;"))
        #expect(served.contains(#"fetch("/__gradus/build?after=" + served"#))
    }

    @Test func appendsWhenThereIsNoBody() {
        let served = ReloadScript.inject(into: "<p>fragment</p>", build: 1)
        #expect(served.hasPrefix("<p>fragment</p>\n<script>"))
    }

    @Test func makesNoExternalRequest() {
        let script = ReloadScript.element(build: 3)
        #expect(!script.contains("http:") && !script.contains("https:") && !script.contains("//"))
    }
}

@Suite struct PreviewPageTests {
    @Test func escapesDiagnosticsInAPre() {
        let diagnostics = Diagnostics([
            Diagnostic(SourceLocation(path: "content/a.md", line: 3, column: 9), "no value 'x' in <b> & \"c\""),
            Diagnostic(SourceLocation(path: "content/b.md", line: 1, column: 1), "bad 'quote'"),
        ])
        let page = PreviewPage.failure(diagnostics)
        #expect(page.contains("Build failed: 2 errors"))
        #expect(
            page.contains(
                "<pre>content/a.md:3:9: error: no value &#39;x&#39; in &lt;b&gt; &amp; &quot;c&quot;\ncontent/b.md:1:1: error: bad &#39;quote&#39;</pre>"
            ))
        #expect(!page.contains("<b>"))
    }

    @Test func singularForOneError() {
        let page = PreviewPage.failure(Diagnostics(SourceLocation(path: "a.md", line: 1, column: 1), "bad"))
        #expect(page.contains("Build failed: 1 error<"))
    }

    @Test func theFailurePageNamesTheStageThatFailed() {
        let diagnostics = Diagnostics(SourceLocation(path: "a.md", line: 1, column: 1), "bad")
        let page = PreviewPage.failure(diagnostics, stage: "render pages")
        #expect(page.contains("<h1>Build failed: 1 error</h1>\n<p>The stage <em>render pages</em> failed.</p>\n<pre>"))
        #expect(!PreviewPage.failure(diagnostics).contains("The stage"))
    }
}

@Suite struct PreviewEventTests {
    @Test func messages() {
        #expect(
            PreviewEvent.serving(url: "http://127.0.0.1:8000/").message
                == "serving http://127.0.0.1:8000/ (Ctrl-C to stop)")
        #expect(PreviewEvent.built(seconds: 0.123, first: false).message == "rebuilt in 0.12 s")
        #expect(PreviewEvent.built(seconds: 1.057, first: true).message == "built in 1.06 s")
        let one = Diagnostics(SourceLocation(path: "a.md", line: 1, column: 1), "bad")
        #expect(PreviewEvent.failed(one).message == "build failed: 1 error")
        let two = Diagnostics(one.all + one.all)
        #expect(PreviewEvent.failed(two).message == "build failed: 2 errors")
    }
}
