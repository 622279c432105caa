import Foundation
import GradusTestSupport
import Testing

/// The Python a lesson shows about the source article's shape bug, run as printed in each language: it must print the
/// (4, 4) shape and stop with exactly the error the lesson quotes below it.
@Suite struct LessonCodeBlockTests {
    @Test(
        .enabled(if: Python.hasNumPy, "needs python3 with numpy (CI installs it)"),
        arguments: ["gradient-descent.md", "gradient-descent.zh.md"])
    func theArticlesShapeBugFailsAsTheLessonSays(file: String) throws {
        let text = try String(
            contentsOf: repositoryRoot.appendingPathComponent("content/\(file)"), encoding: .utf8)
        let python = try #require(Self.fenced("python", in: text), "\(file) shows no Python block")
        let quoted = try #require(Self.fenced("text", in: text), "\(file) quotes no error")
        let folder = try temporaryFolder(prefix: "gradus-article")
        defer { try? FileManager.default.removeItem(at: folder) }
        let failure = try #require(throws: PythonFailure.self) { try Python.run(python, in: folder) }
        let lastLine = failure.message.split(separator: "\n").last.map(String.init) ?? ""
        #expect(lastLine.trimmingCharacters(in: .whitespaces) == quoted.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(failure.output == "(4, 4)\n")
    }

    /// The body of the first fenced block of `language` in `text`.
    static func fenced(_ language: String, in text: String) -> String? {
        guard let start = text.range(of: "```\(language)\n") else { return nil }
        guard let end = text.range(of: "\n```", range: start.upperBound..<text.endIndex) else { return nil }
        return String(text[start.upperBound..<end.lowerBound]) + "\n"
    }
}
