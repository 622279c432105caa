import Foundation
import GradusServe
import GradusTestSupport
import Testing

@Suite struct PreviewBuilderTests {
    @Test func buildsIntoNumberedFoldersOfTheWorkspace() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try copyShippedContent(into: folder)
        let workspace = folder.appendingPathComponent("workspace")
        let builder = PreviewBuilder(content: content, workspace: workspace)

        guard case .built(let site, let seconds) = builder.build(number: 4) else {
            Issue.record("the shipped content should build")
            return
        }
        #expect(site.path == workspace.appendingPathComponent("site-4").path)
        #expect(seconds >= 0)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("output").path))

        try appendToLesson(brokenBinding, in: content)
        guard case .failed(let failure) = builder.build(number: 5) else {
            Issue.record("a binding to a missing value should fail the build")
            return
        }
        #expect(failure.diagnostics.description.contains("\(lessonName).md:"))
        #expect(failure.stage == "render pages")
        #expect(!FileManager.default.fileExists(atPath: workspace.appendingPathComponent("site-5").path))
    }

    @Test func aTranslationWithoutExamplesIsPreviewedWithItsTwins() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try copyShippedContent(into: folder)
        // The shipped translation declares no examples: it takes those of gradient-descent.md.
        let source = try String(contentsOf: content.appendingPathComponent("\(lessonName).zh.md"), encoding: .utf8)
        let frontMatter = try #require(
            source.range(of: "\n---\n", range: source.index(after: source.startIndex)..<source.endIndex))
        #expect(!source[..<frontMatter.lowerBound].contains("\nexamples:"))
        let builder = PreviewBuilder(content: content, workspace: folder.appendingPathComponent("workspace"))
        guard case .built(let site, _) = builder.build(number: 1) else {
            Issue.record("a translation sharing its twin's examples should build")
            return
        }
        let page = try String(contentsOf: site.appendingPathComponent("zh/\(lessonName).html"), encoding: .utf8)
        #expect(page.contains("达到迭代上限 1000 次"))
        #expect(!page.contains("{{"))
    }

    @Test func aRebuildKeepsTheServedSitesUnchangedFilesAndMakesTheEditedPage() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        for name in ["one", "two"] {
            try "---\ntitle: \(name)\norder: 1\n---\nThe lesson \(name).\n".write(
                to: content.appendingPathComponent("\(name).md"), atomically: true, encoding: .utf8)
        }
        let builder = PreviewBuilder(content: content, workspace: folder.appendingPathComponent("workspace"))
        guard case .built(let first, _) = builder.build(number: 1) else {
            Issue.record("the lessons should build")
            return
        }
        try "---\ntitle: two\norder: 1\n---\nThe lesson two, edited.\n".write(
            to: content.appendingPathComponent("two.md"), atomically: true, encoding: .utf8)
        guard case .built(let second, _) = builder.build(number: 2, previous: first) else {
            Issue.record("the edited lessons should build")
            return
        }
        func inode(_ site: URL, _ page: String) throws -> Int? {
            try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(page).path)[
                .systemFileNumber] as? Int
        }
        #expect(try inode(first, "one.html") == inode(second, "one.html"))
        #expect(try inode(first, "two.html") != inode(second, "two.html"))
        #expect(try String(contentsOf: second.appendingPathComponent("two.html"), encoding: .utf8).contains("edited"))
        #expect(
            try String(contentsOf: first.appendingPathComponent("two.html"), encoding: .utf8).contains("edited")
                == false)
    }
}
