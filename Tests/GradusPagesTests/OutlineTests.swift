import Foundation
import GradusLessons
import GradusRuns
import GradusTestSupport
import Testing

@testable import GradusPages

/// A lesson page lists only its neighbours and loads the course outline from the shared `outline.js`, so its size
/// does not grow with the number of lessons.
struct OutlineTests {
    /// The files of a course of `count` lessons without examples, `lesson-000`, `lesson-001`, …; `title` names each.
    func site(_ count: Int, language: String = "en", title: ((Int) -> String)? = nil) throws
        -> [String: String]
    {
        let runs = try (0..<count).map { i in
            let text =
                "---\ntitle: \(yamlQuoted(title?(i) ?? "Lesson \(pad(i))"))\norder: \(i + 1)\nsummary: Page \(pad(i)).\n---\n\nText.\n"
            let lesson = try LessonParser.parse(
                SourceFile(path: "lesson-\(pad(i)).md", text: text), slug: "lesson-\(pad(i))", language: language)
            return Executor.run(lesson)
        }
        let files = try SitePages.render(runs, course: CourseInfo(title: "C", language: language))
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    func pad(_ i: Int) -> String { String(format: "%03d", i) }

    func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The entries of an `outline.js`: its data, read as JSON.
    func outline(_ script: String) throws -> [[String]] {
        let start = try #require(script.range(of: "window.gradusOutline = ")).upperBound
        let end = try #require(script.range(of: "\n];\n", range: start..<script.endIndex)).lowerBound
        let data = Data((script[start..<end] + "\n]").utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String]])
    }

    @Test func aPageIsTheSameSizeInACourseOf10And200Lessons() throws {
        let small = try site(10)
        let large = try site(200)
        for page in ["lesson-004.html", "lesson-000.html"] {
            let a = try #require(small[page])
            let b = try #require(large[page])
            // The only difference is the count in the phone menu's "5/10" against "5/200": one digit more.
            let position = page == "lesson-000.html" ? "1" : "5"
            #expect(a.replacingOccurrences(of: ">\(position)/10<", with: ">\(position)/200<") == b)
            #expect(b.utf8.count - a.utf8.count == 1)
        }
        // The outline itself grows with the course, once for all pages: one line per lesson.
        #expect(try outline(try #require(small["outline.js"])).count == 10)
        let entries = try outline(try #require(large["outline.js"]))
        #expect(entries.count == 200)
        #expect(entries[123] == ["Lesson 123", "lesson-123.html"])
    }

    @Test func withoutJavaScriptAPageLinksItsNeighboursAndTheIndex() throws {
        let pages = try site(10)
        let middle = try #require(pages["lesson-004.html"])
        let list =
            "<ol start=\"4\">\n<li><a href=\"lesson-003.html\">Lesson 003</a></li>\n<li><a href=\"lesson-004.html\" aria-current=\"page\">Lesson 004</a></li>\n<li><a href=\"lesson-005.html\">Lesson 005</a></li>\n</ol>\n<p class=\"all-lessons\"><a href=\"index.html\">All lessons</a></p>\n"
        // The sidebar and the phone menu both hold it; then the outline script runs on them.
        #expect(middle.components(separatedBy: list).count == 3)
        #expect(middle.contains(list + "</nav>\n<script src=\"outline.js\"></script>\n"))
        #expect(!middle.contains("lesson-002.html") && !middle.contains("lesson-006.html"))
        // The first lesson has no previous one, and its list starts at 1.
        let first = try #require(pages["lesson-000.html"])
        #expect(
            first.contains(
                "<ol>\n<li><a href=\"lesson-000.html\" aria-current=\"page\">Lesson 000</a></li>\n<li><a href=\"lesson-001.html\">Lesson 001</a></li>\n</ol>\n"
            ))
        let last = try #require(pages["lesson-009.html"])
        #expect(
            last.contains(
                "<ol start=\"9\">\n<li><a href=\"lesson-008.html\">Lesson 008</a></li>\n<li><a href=\"lesson-009.html\" aria-current=\"page\">Lesson 009</a></li>\n</ol>\n"
            ))
        // The index keeps every lesson.
        let index = try #require(pages["index.html"])
        #expect((0..<10).allSatisfy { index.contains("<a href=\"lesson-\(pad($0)).html\">") })
        // In Chinese the link to the index is in Chinese.
        let chinese = try site(3, language: "zh")
        #expect(try #require(chinese["lesson-001.html"]).contains("<a href=\"index.html\">全部课程</a>"))
    }

    @Test func titlesCannotBreakOutOfTheOutline() throws {
        let hostile = "</script><script>alert(\"x\")</script> & 'q' \\"
        let pages = try site(3) { $0 == 1 ? hostile : "Lesson \(pad($0))" }
        let script = try #require(pages["outline.js"])
        let start = try #require(script.range(of: "window.gradusOutline = ")).upperBound
        let data = script[start..<(try #require(script.range(of: "\n];\n")).upperBound)]
        // No markup in the data, and it reads back as the titles.
        #expect(!data.contains("<") && !data.contains(">") && !data.contains("&"))
        #expect(try outline(script).map(\.[0]) == ["Lesson 000", hostile, "Lesson 002"])
        // The page's own list escapes it as any text.
        #expect(
            try #require(pages["lesson-000.html"]).contains(
                "<a href=\"lesson-001.html\">&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"
            ))
    }

    @Test func linksInTheOutlineArePercentEncoded() {
        #expect(Outline.href("it's&more") == "it%27s%26more.html")
        #expect(Outline.href("página") == "p%C3%A1gina.html")
        #expect(Outline.href("plain-slug") == "plain-slug.html")
    }
}
