import Foundation
import GradusLessons
import GradusTestSupport
import GradusText
import Testing

@testable import GradusPages
@testable import GradusSite

/// `introduction`, `audience`, `prerequisites`, `objectives` and `handouts` in course.yaml: the course's front page.
struct CourseFrontTests {
    func parse(_ yaml: String, path: String = "course.yaml") throws(Diagnostics) -> CourseInfo {
        try CourseFile.parse(SourceFile(path: path, text: yaml))
    }

    @Test func theFrontMatterIsReadPerLanguage() throws {
        let info = try parse(
            """
            title: C
            introduction: {en: "First.\\n\\nSecond <b>.", zh: 介绍}
            audience: Everyone
            objectives: {en: [One, Two], zh: [一]}
            """)
        #expect(info.front.introduction == ["en": "First.\n\nSecond <b>.", "zh": "介绍"])
        #expect(info.front.audience == ["en": "Everyone"])
        #expect(info.front.prerequisites.isEmpty)
        #expect(info.front.objectives == ["en": ["One", "Two"], "zh": ["一"]])
        var out = HTMLWriter()
        info.front.write(to: &out, words: Localization(language: "en"), main: "en")
        #expect(
            out.html.contains("<p class=\"introduction\">First.</p>\n<p class=\"introduction\">Second &lt;b&gt;.</p>"))
        #expect(out.html.contains("<h2>Who this course is for</h2>\n<p>Everyone</p>"))
        #expect(!out.html.contains("What you should know first"))
        #expect(out.html.contains("<ul class=\"objectives\"><li>One</li><li>Two</li></ul>"))
        var chinese = HTMLWriter()
        info.front.write(to: &chinese, words: Localization(language: "zh"), main: "en")
        #expect(chinese.html.contains("<p class=\"introduction\">介绍</p>"))
        #expect(chinese.html.contains("<h2>适合谁学习</h2>\n<p>Everyone</p>"), "falls back to the main language")
    }

    @Test(arguments: [
        (
            "title: C\nobjectives: One\n",
            "course.yaml:2:13: error: 'objectives' is a list of texts, or one per language ({en: …, zh: …})"
        ),
        (
            "title: C\naudience: [a]\n",
            "course.yaml:2:11: error: 'audience' is a text, or one per language ({en: …, zh: …})"
        ),
        (
            "title: C\nobjectives: {en: [a, ' ']}\n",
            "course.yaml:2:18: error: 'objectives' in 'en' must be a list of texts that is not empty"
        ),
        (
            "title: C\nintroduction: {english: A}\n",
            "course.yaml:2:16: error: 'introduction' maps language tags such as en or zh to values"
        ),
        (
            "title: C\nglossy: A\n",
            "course.yaml:2:1: error: unknown key 'glossy' in course.yaml; expected title, language, source, introduction, audience, prerequisites, objectives, handouts"
        ),
        (
            "title: C\nhandouts: no-such-folder\n",
            "course.yaml:2:11: error: the handouts folder 'no-such-folder' (relative to course.yaml) does not exist; write it with 'gradus handout --pdf' before building"
        ),
    ])
    func mistakesAreReportedAtTheirPlace(yaml: String, expected: String) {
        do {
            _ = try parse(yaml)
            Issue.record("no error for \(yaml)")
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func theIndexLinksTheHandoutsThatExistAndShipsThem() throws {
        let folder = try temporaryFolder()
        let content = try copyShippedContent(into: folder)
        let handouts = folder.appendingPathComponent("handouts")
        try FileManager.default.createDirectory(
            at: handouts.appendingPathComponent("zh"), withIntermediateDirectories: true)
        try Data("%PDF-1.4 course".utf8).write(to: handouts.appendingPathComponent("course.pdf"))
        try Data("%PDF-1.4 lesson".utf8).write(to: handouts.appendingPathComponent("newton.pdf"))
        try Data("<html>".utf8).write(to: handouts.appendingPathComponent("zh/course.html"))
        let yaml = try String(contentsOf: content.appendingPathComponent("course.yaml"), encoding: .utf8)
        try (yaml + "handouts: ../handouts\n").write(
            to: content.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("site")
        let result = try gradus(
            ["build", "--content", content.path, "--output", output.path, "--no-cache"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"handouts/course.pdf\">The whole course as a PDF"))
        #expect(!index.contains("handouts/course.html"), "links a handout that is not there")
        #expect(index.contains("<a class=\"pdf\" href=\"handouts/newton.pdf\">PDF</a>"))
        #expect(!index.contains("handouts/gradient-descent.pdf"))
        #expect(index.contains("<h2>What you will be able to do</h2>"))
        let chinese = try String(contentsOf: output.appendingPathComponent("zh/index.html"), encoding: .utf8)
        #expect(chinese.contains("<a href=\"../handouts/zh/course.html\">整门课程的单个网页"))
        #expect(!chinese.contains("handouts/zh/course.pdf"))
        #expect(chinese.contains("<h2>学完之后你能做到</h2>"))
        let shipped = try Data(contentsOf: output.appendingPathComponent("handouts/newton.pdf"))
        #expect(shipped == Data("%PDF-1.4 lesson".utf8))
    }
}
