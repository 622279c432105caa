import Foundation
import GradusServe
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
        guard case .failed(let diagnostics) = builder.build(number: 5) else {
            Issue.record("a binding to a missing value should fail the build")
            return
        }
        #expect(diagnostics.description.contains("\(lessonName).md:"))
        #expect(!FileManager.default.fileExists(atPath: workspace.appendingPathComponent("site-5").path))
    }
}
