import Foundation
import GradusSite
import GradusTestSupport
import Testing

/// Whether headless Chromium is on this machine (CI installs it).
let chromiumInstalled = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains {
    FileManager.default.isExecutableFile(atPath: $0)
}

struct HandoutTests {
    @Test func handoutsAreSelfContained() throws {
        let folder = try temporaryFolder()
        let content = try copyShippedContent(into: folder)
        let output = folder.appendingPathComponent("handouts")
        let written = try SiteHandouts(content: content, output: output).run(pdf: false)
        #expect(written.contains("course.html"))
        #expect(written.contains("gradient-descent.html"))
        for path in written where path.hasSuffix(".html") {
            let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            #expect(!html.contains("<link"), "\(path) links a file")
            #expect(!html.contains("<script"), "\(path) has a script")
            #expect(!html.contains("src=\""), "\(path) loads a file")
            // Every url(…) in the inline stylesheet is a data: URL.
            for range in html.ranges(of: "url(") {
                #expect(html[range.upperBound...].hasPrefix("\"data:"), "\(path) refers to an external file")
            }
            #expect(html.contains("<style>"))
            #expect(html.contains("<math"))
            #expect(html.contains("<svg"))
        }
    }

    @Test func theCourseHandoutHoldsEveryLessonWithUniqueIDs() throws {
        let folder = try temporaryFolder()
        let content = try copyShippedContent(into: folder)
        let output = folder.appendingPathComponent("handouts")
        _ = try SiteHandouts(content: content, output: output).run(pdf: false)
        let html = try String(contentsOf: output.appendingPathComponent("course.html"), encoding: .utf8)
        #expect(html.contains("<article>\n<h1 id=\"gradient-descent\">"))
        #expect(html.contains("<li><a href=\"#gradient-descent\">"))
        var ids: [Substring: Int] = [:]
        for range in html.ranges(of: " id=\"") {
            let rest = html[range.upperBound...]
            if let end = rest.firstIndex(of: "\"") { ids[rest[..<end], default: 0] += 1 }
        }
        #expect(!ids.isEmpty)
        #expect(ids.filter { $0.value > 1 }.isEmpty, "duplicate ids: \(ids.filter { $0.value > 1 }.keys.sorted())")
    }

    @Test func withoutChromiumThePDFCommandSaysWhatToInstall() throws {
        let folder = try temporaryFolder()
        _ = try copyShippedContent(into: folder)
        let result = try gradus(["handout", "--pdf"], in: folder, environment: ["PATH": "/nonexistent"])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "chromium:1:1: error: PDF handouts need headless Chromium, which is not installed; on Debian: sudo apt-get install chromium\n"
        )
    }
}
