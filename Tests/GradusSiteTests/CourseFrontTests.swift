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
            "course.yaml:2:1: error: unknown key 'glossy' in course.yaml; expected title, language, source, introduction, audience, prerequisites, objectives, handouts, glossary"
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

/// `glossary:` in course.yaml, `{{ term … }}` in lessons and the glossary page.
struct GlossaryTests {
    static let yaml = """
        title: C
        glossary:
          - term: learning rate
            zh: 学习率
            definition: {en: The step "factor" <α>., zh: 步长因子。}
          - term: gradient
            definition: The vector of partial derivatives.

        """

    @Test func theGlossaryIsRead() throws {
        let info = try CourseFile.parse(SourceFile(path: "course.yaml", text: Self.yaml))
        #expect(
            info.glossary == [
                GlossaryEntry(
                    term: "learning rate", chinese: "学习率",
                    definitions: ["en": "The step \"factor\" <α>.", "zh": "步长因子。"]),
                GlossaryEntry(term: "gradient", definitions: ["en": "The vector of partial derivatives."]),
            ])
        #expect(info.glossary[0].anchor == "term-learning-rate")
    }

    @Test(arguments: [
        (
            "title: C\nglossary: {term: a}\n",
            "course.yaml:2:11: error: 'glossary' is a list of {term: …, zh: …, definition: …}"
        ),
        (
            "title: C\nglossary:\n  - {term: a}\n",
            "course.yaml:3:5: error: a glossary entry needs a 'term' and a 'definition'"
        ),
        (
            "title: C\nglossary:\n  - {term: a, definition: b, pinyin: c}\n",
            "course.yaml:3:30: error: unknown key 'pinyin' in a glossary entry; expected term, zh, definition"
        ),
        (
            "title: C\nglossary:\n  - {term: [a], definition: b}\n",
            "course.yaml:3:12: error: 'term' of a glossary entry must be a text"
        ),
        (
            "title: C\nglossary:\n  - {term: A b, definition: x}\n  - {term: a B, definition: y}\n",
            "course.yaml:4:5: error: the term 'a B' is already in the glossary"
        ),
    ])
    func mistakesAreReportedAtTheirPlace(yaml: String, expected: String) {
        do {
            _ = try CourseFile.parse(SourceFile(path: "course.yaml", text: yaml))
            Issue.record("no error for \(yaml)")
        } catch {
            #expect(error.description == expected)
        }
    }

    func site(_ body: String, zh: String? = nil) throws -> (status: Int32, stderr: String, folder: URL) {
        let folder = try temporaryFolder()
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Self.yaml.write(to: content.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        try LessonText.lesson(body: body).write(
            to: content.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        if let zh {
            try LessonText.lesson(body: zh).write(
                to: content.appendingPathComponent("a.zh.md"), atomically: true, encoding: .utf8)
        }
        let result = try gradus(["build", "--content", "content", "--output", "site", "--no-cache"], in: folder)
        return (result.status, result.stderr, folder.appendingPathComponent("site"))
    }

    @Test func termsLinkToTheGlossaryPageWithTheirDefinition() throws {
        let built = try site(
            "The {{ term Learning rate }} sets the step; the {{ term learning rate }} again, not in `{{ term code }}`.\n",
            zh: "{{ term 学习率 }}决定步长。\n")
        #expect(built.status == 0, "\(built.stderr)")
        let page = try String(contentsOf: built.folder.appendingPathComponent("a.html"), encoding: .utf8)
        let title = "title=\"The step &quot;factor&quot; &lt;α&gt;.\""
        #expect(
            page.contains(
                "<a class=\"term\" href=\"glossary.html#term-learning-rate\" \(title)><dfn>Learning rate</dfn></a> sets"
            ))
        #expect(
            page.contains(
                "the <a class=\"term\" href=\"glossary.html#term-learning-rate\" \(title)>learning rate</a> again"))
        #expect(page.contains("<code>{{ term code }}</code>"))
        let chinese = try String(contentsOf: built.folder.appendingPathComponent("zh/a.html"), encoding: .utf8)
        #expect(
            chinese.contains(
                "<a class=\"term\" href=\"glossary.html#term-learning-rate\" title=\"步长因子。\"><dfn>学习率</dfn></a>决定"))
        let glossary = try String(contentsOf: built.folder.appendingPathComponent("glossary.html"), encoding: .utf8)
        #expect(
            glossary.contains(
                "<dt id=\"term-gradient\"><dfn>gradient</dfn></dt>\n<dd>The vector of partial derivatives.</dd>"))
        #expect(
            glossary.contains(
                "<dt id=\"term-learning-rate\"><dfn>learning rate</dfn> <span class=\"other\" lang=\"zh\">学习率</span></dt>"
            ))
        #expect(glossary.contains("<h2>English–Chinese terms</h2>"))
        #expect(
            glossary.contains(
                "<tr><td><a href=\"#term-learning-rate\">learning rate</a></td><td lang=\"zh\">学习率</td></tr>"))
        let zhGlossary = try String(
            contentsOf: built.folder.appendingPathComponent("zh/glossary.html"), encoding: .utf8)
        #expect(
            zhGlossary.contains(
                "<dt id=\"term-learning-rate\"><dfn>学习率</dfn> <span class=\"other\" lang=\"en\">learning rate</span></dt>\n<dd>步长因子。</dd>"
            ))
        // A definition given only in English stands on the Chinese page too.
        #expect(zhGlossary.contains("<dd>The vector of partial derivatives.</dd>"))
        let index = try String(contentsOf: built.folder.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"glossary.html\">Glossary</a>"))
    }

    /// A lesson whose page would be the glossary's or the list of lessons' is refused, with a cache too.
    @Test(arguments: [
        (
            "glossary.md",
            "a course with a glossary (course.yaml) has its glossary page at glossary.html; rename this lesson"
        ),
        ("index.md", "the list of lessons is the page index.html; rename this lesson"),
        ("index.zh.md", "the list of lessons is the page index.html; rename this lesson"),
    ])
    func aLessonNamedLikeAPageOfTheSiteIsRefused(name: String, message: String) throws {
        let built = try site("Text.\n")
        #expect(built.status == 0, "\(built.stderr)")
        let folder = built.folder.deletingLastPathComponent()
        try LessonText.lesson(body: "Text.\n").write(
            to: folder.appendingPathComponent("content/" + name), atomically: true, encoding: .utf8)
        for cache in [["--no-cache"], []] {
            let result = try gradus(["build", "--content", "content", "--output", "site"] + cache, in: folder)
            #expect(result.status == 1)
            #expect(result.stderr == "content/\(name):1:1: error: \(message)\n")
        }
    }

    @Test func anUnknownTermIsAnErrorAtItsPlace() throws {
        let built = try site("Text.\n\nThe {{ term step size }}.\n")
        #expect(built.status == 1)
        #expect(
            built.stderr
                == "content/a.md:16:5: error: 'step size' is not in the glossary; its terms: learning rate, gradient\n")
        #expect(!FileManager.default.fileExists(atPath: built.folder.path))
    }
}
