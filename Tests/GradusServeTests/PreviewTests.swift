import Foundation
import GradusLessons
import GradusServe
import GradusTestSupport
import Testing

/// `Preview` without sockets, over a hand-made site folder with a secret file beside it.
@Suite struct PreviewTests {
    let folder: URL
    let site: URL

    init() throws {
        folder = try temporaryFolder()
        site = folder.appendingPathComponent("site-1")
        try FileManager.default.createDirectory(
            at: site.appendingPathComponent("fonts"), withIntermediateDirectories: true)
        try write("<!DOCTYPE html><html><body><h1>Home</h1></body></html>", "site-1/index.html")
        try write("body { color: black; }", "site-1/style.css")
        try write("OTTO", "site-1/fonts/math.otf")
        try write("TOP SECRET", "secret.txt")
    }

    func write(_ text: String, _ path: String) throws {
        try text.write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    func preview() -> Preview {
        let preview = Preview()
        preview.succeeded(site: site)
        return preview
    }

    @Test func servesHTMLWithTheReloadScript() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let answer = preview().response(for: "/")
        #expect(answer.status == 200)
        #expect(answer.contentType == "text/html; charset=utf-8")
        #expect(answer.text.contains("<h1>Home</h1><script>"))
        #expect(answer.text.contains("var served = 1;"))
        // Injected at serve time only: the built file is unchanged.
        let file = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!file.contains("<script>"))
    }

    @Test func servesOtherFilesAsTheyAre() {
        defer { try? FileManager.default.removeItem(at: folder) }
        let preview = preview()
        let css = preview.response(for: "/style.css")
        #expect(
            css
                == PreviewResponse(
                    status: 200, contentType: "text/css; charset=utf-8", body: Data("body { color: black; }".utf8)))
        #expect(preview.response(for: "/fonts/math.otf").contentType == "font/otf")
        let folderAnswer = preview.response(for: "/fonts")
        #expect(folderAnswer.status == 301 && folderAnswer.location == "/fonts/")
    }

    @Test func missingFilesAre404() {
        defer { try? FileManager.default.removeItem(at: folder) }
        let answer = preview().response(for: "/nope.html")
        #expect(answer.status == 404)
        #expect(answer.text.contains("/nope.html"))
        #expect(answer.text.contains("var served = 1;"))
        #expect(preview().response(for: "/nope.css").status == 404)
        #expect(Preview().response(for: "/").status == 404)  // nothing built yet
    }

    @Test(arguments: [
        "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/fonts/../../secret.txt",
        "/fonts/%2e%2e/%2e%2e/secret.txt", "/..%5csecret.txt", "/%2e%2e",
    ])
    func traversalCannotLeaveTheSite(path: String) {
        defer { try? FileManager.default.removeItem(at: folder) }
        let answer = preview().response(for: path)
        #expect(answer.status == 404)
        #expect(!answer.text.contains("TOP SECRET"))
    }

    @Test func symbolicLinksOutOfTheSiteAreRefused() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            at: site.appendingPathComponent("leak.txt"), withDestinationURL: folder.appendingPathComponent("secret.txt")
        )
        #expect(preview().response(for: "/leak.txt").status == 404)
    }

    @Test func reportsTheBuildNumber() {
        defer { try? FileManager.default.removeItem(at: folder) }
        let preview = preview()
        let answer = preview.response(for: "/__gradus/build")
        #expect(answer.contentType == "application/json")
        #expect(answer.text == #"{"build": 1, "ok": true}"#)
    }

    @Test func aFailedBuildReplacesEveryHTMLPageUntilTheNextGoodOne() {
        defer { try? FileManager.default.removeItem(at: folder) }
        let preview = preview()
        preview.failed(
            Diagnostics(SourceLocation(path: "content/a.md", line: 4, column: 2), "no value <x>"), stage: "render pages"
        )
        #expect(preview.response(for: "/__gradus/build").text == #"{"build": 2, "ok": false}"#)
        for path in ["/", "/index.html", "/missing.html"] {
            let page = preview.response(for: path)
            #expect(page.status == 500)
            #expect(page.contentType == "text/html; charset=utf-8")
            #expect(page.text.contains("<pre>content/a.md:4:2: error: no value &lt;x&gt;</pre>"))
            #expect(page.text.contains("var served = 2;"))
            #expect(page.text.contains("<p>The stage <em>render pages</em> failed.</p>"))
        }
        #expect(preview.response(for: "/style.css").status == 200)  // the last good build's assets

        let previous = preview.succeeded(site: site)
        #expect(previous == nil)  // same folder: nothing to delete
        let page = preview.response(for: "/")
        #expect(page.status == 200 && page.text.contains("<h1>Home</h1>") && page.text.contains("var served = 3;"))
    }
}
