import Foundation
import GradusSite
import GradusTestSupport
import Testing

struct CheckTests {
    @Test func theShippedContentMatchesItsGoldenValues() throws {
        let results = try SiteCheck(content: repositoryRoot.appendingPathComponent("content")).run(update: false)
        #expect(!results.isEmpty)
        for result in results {
            #expect(result.differences != nil, "\(result.lesson) has no golden file: run gradus check --update")
            for difference in result.differences ?? [] { Issue.record("\(difference)") }
        }
    }

    @Test func aChangedValueIsReportedWithThePlacesThatShowIt() throws {
        let folder = try temporaryFolder()
        let content = try copyShippedContent(into: folder)
        let golden = content.appendingPathComponent("gradient-descent.golden")
        var text = try String(contentsOf: golden, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("seed.final.loss = ") })
        text = text.replacingOccurrences(of: String(line), with: "seed.final.loss = 9.6e-05")
        try text.write(to: golden, atomically: true, encoding: .utf8)

        let result = try gradus(["check", "--junit", "report.xml"], in: folder)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        let first = try #require(lines.first)
        #expect(
            first.hasPrefix(
                "content/gradient-descent.md:8:5: error: example 'seed', iteration 1000, final.loss: golden 9.6e-05, now 9.53307"
            ))
        #expect(
            lines.dropFirst().contains {
                $0.contains(": note: the page shows it here:") && $0.contains("{{seed.final.loss | sig 3}}")
            })
        let report = try String(contentsOf: folder.appendingPathComponent("report.xml"), encoding: .utf8)
        #expect(report.contains("<testsuites name=\"gradus check\" tests=\"14\" failures=\"1\">"))
        #expect(report.contains("final.loss: golden 9.6e-05"))

        let update = try gradus(["check", "--update"], in: folder)
        #expect(update.status == 0)
        #expect(update.stdout.contains("- seed.final.loss = 9.6e-05"))
        #expect(try gradus(["check"], in: folder).status == 0)
    }

    @Test func aMissingGoldenFileFailsTheCheck() throws {
        let folder = try temporaryFolder()
        let content = try copyShippedContent(into: folder)
        try FileManager.default.removeItem(at: content.appendingPathComponent("gradient-descent.golden"))
        let result = try gradus(["check"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("no golden file content/gradient-descent.golden"))
    }

    @Test func toleranceComesFromTheExample() throws {
        let folder = try temporaryFolder()
        let content = try copyShippedContent(into: folder)
        let golden = content.appendingPathComponent("gradient-descent.golden")
        let text = try String(contentsOf: golden, encoding: .utf8)
            .replacingOccurrences(of: "seed.iter[0].loss = 5.125", with: "seed.iter[0].loss = 5.1250001")
        try text.write(to: golden, atomically: true, encoding: .utf8)
        #expect(try gradus(["check"], in: folder).status == 1)
        let lesson = content.appendingPathComponent("gradient-descent.md")
        let source = try String(contentsOf: lesson, encoding: .utf8)
            .replacingOccurrences(of: "    stop:\n", with: "    check: {rtol: 1e-6}\n    stop:\n")
        try source.write(to: lesson, atomically: true, encoding: .utf8)
        #expect(try gradus(["check"], in: folder).status == 0)
    }
}
