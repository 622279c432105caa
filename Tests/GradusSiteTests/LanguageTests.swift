import Foundation
import GradusSite
import GradusTestSupport
import Testing

struct LanguageTests {
    func twoLanguageContent() throws -> URL {
        let folder = try temporaryFolder()
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try "language: en\ntitle: {en: Course, zh: 课程}\n".write(
            to: content.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        let example = """
            examples:
              - name: seed
                objective: linear-regression
                data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}
                start: [0.5, -0.5]
                optimizer: {method: gd, lr: 0.01}
                stop: {max-iterations: 1000}

            """
        try "---\ntitle: Descent\norder: 1\n\(example)---\nThe run {{seed.outcome}}; J = {{seed.final.loss | sig 4}}.\n"
            .write(
                to: content.appendingPathComponent("descent.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: 梯度下降\norder: 1\n\(example)---\n运行{{seed.outcome}}；J = {{seed.final.loss | sig 4}}。\n".write(
            to: content.appendingPathComponent("descent.zh.md"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aMalformedCourseFileIsReportedAtItsLine() throws {
        let folder = try twoLanguageContent()
        try "language: en\ntitle:\n  en: Course\n zh: 课程\n".write(
            to: folder.appendingPathComponent("content/course.yaml"), atomically: true, encoding: .utf8)
        let result = try gradus(["build"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("content/course.yaml:4:"))
        #expect(result.stderr.contains("error: malformed YAML: "))
        #expect(result.stderr.contains("(check the indentation of this line and the one above"))
    }

    @Test func eachLanguageGetsItsPagesLinkedToTheOther() throws {
        let folder = try twoLanguageContent()
        let result = try gradus(["build"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let output = folder.appendingPathComponent("output")
        let english = try String(contentsOf: output.appendingPathComponent("descent.html"), encoding: .utf8)
        let chinese = try String(contentsOf: output.appendingPathComponent("zh/descent.html"), encoding: .utf8)
        #expect(english.contains("<html lang=\"en\">"))
        #expect(chinese.contains("<html lang=\"zh\">"))
        #expect(english.contains("<a lang=\"zh\" hreflang=\"zh\" href=\"zh/descent.html\">中文</a>"))
        #expect(chinese.contains("<a lang=\"en\" hreflang=\"en\" href=\"../descent.html\">English</a>"))
        #expect(chinese.contains("<link rel=\"stylesheet\" href=\"../style.css\">"))
        #expect(english.contains("The run reached the iteration limit of 1000; J = 9.533×10⁻⁵."))
        #expect(chinese.contains("运行达到迭代上限 1000 次；J = 9.533×10⁻⁵。"))
        #expect(chinese.contains("<title>梯度下降 · 课程</title>"))
        let index = try String(contentsOf: output.appendingPathComponent("zh/index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"descent.html\">梯度下降</a>"))
    }

    @Test func eachLanguageHasItsOwnGoldenFile() throws {
        let folder = try twoLanguageContent()
        #expect(try gradus(["check", "--update"], in: folder).status == 0)
        let content = folder.appendingPathComponent("content")
        #expect(FileManager.default.fileExists(atPath: content.appendingPathComponent("descent.golden").path))
        #expect(FileManager.default.fileExists(atPath: content.appendingPathComponent("descent.zh.golden").path))
        #expect(try gradus(["check"], in: folder).status == 0)
    }
}
