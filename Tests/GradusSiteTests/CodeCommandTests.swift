import Foundation
import GradusTestSupport
import Testing

/// `gradus code FILE` prints a lesson's listings in the lesson's language.
@Suite struct CodeCommandTests {
    @Test(arguments: [("newton.md", false), ("newton.zh.md", true)])
    func theListingsSpeakTheLessonsLanguage(file: String, chinese: Bool) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for flavour in ["numpy", "pytorch"] {
            let result = try gradus(
                ["code", repositoryRoot.appendingPathComponent("content/\(file)").path, "--flavour", flavour],
                in: folder)
            try #require(result.status == 0, "\(result.stderr)")
            let prose = PythonProse(result.stdout).sentences
            #expect(prose.count >= 10, "\(file) --flavour \(flavour): \(prose.count) comments")
            let english = prose.filter { !PythonProse.isChinese($0) }
            if chinese {
                #expect(english.isEmpty, "\(file) --flavour \(flavour): English prose \(english)")
            } else {
                #expect(
                    english.count * 2 > prose.count, "\(file) --flavour \(flavour): \(english.count) of \(prose.count)")
            }
        }
    }
}
