import Foundation
import GradusSite
import GradusTestSupport
import Testing

/// The kitchen-sink lesson uses every feature of the lesson language; its page is compared byte for
/// byte with a golden copy, so any change in what Gradus writes fails here until the golden file is
/// rewritten (`GRADUS_UPDATE_GOLDEN=1 swift test --filter KitchenSink`) and the difference reviewed.
struct KitchenSinkTests {
    let fixture = repositoryRoot.appendingPathComponent("Tests/GradusSiteTests/KitchenSink")

    @Test func thePageEqualsItsGoldenCopy() throws {
        let folder = try temporaryFolder()
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: fixture.appendingPathComponent("content"), to: content)
        let output = folder.appendingPathComponent("output")
        let summary = try SiteBuild(content: content, output: output).run()
        #expect(summary.examples == 9)
        for name in ["kitchen-sink.html", "search-index.js", "data/kitchen-sink.mini.csv"] {
            let built = try Data(contentsOf: output.appendingPathComponent(name))
            let golden = fixture.appendingPathComponent("golden").appendingPathComponent(name)
            if ProcessInfo.processInfo.environment["GRADUS_UPDATE_GOLDEN"] == "1" {
                try FileManager.default.createDirectory(
                    at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
                try built.write(to: golden)
            }
            let expected = try Data(contentsOf: golden)
            #expect(built == expected, "\(name) differs from its golden copy")
        }
    }

    @Test func everyFeatureIsOnThePage() throws {
        let folder = try temporaryFolder()
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: fixture.appendingPathComponent("content"), to: content)
        let output = folder.appendingPathComponent("output")
        _ = try SiteBuild(content: content, output: output).run()
        let page = try String(contentsOf: output.appendingPathComponent("kitchen-sink.html"), encoding: .utf8)
        for marker in [
            "<figure class=\"data\">", "<figure class=\"iterations\">", "<figure class=\"step\">",
            "<figure class=\"compare\">",
            "<details class=\"claims\">", "<figure class=\"plot\">", "<aside class=\"callout note\">",
            "<aside class=\"callout tip\">",
            "<aside class=\"callout warning\">", "<section class=\"faq\">", "<mtable", "<munderover>", "<mfrac>",
            "<nav class=\"toc\"", "<figure class=\"table\">", "<code>price = $5 {{not a binding}}</code>",
            "<!-- raw HTML omitted -->",
            "9.53×10⁻⁵", "0.0001", "diverged at iteration", "The loss falls from 5.125 to 9.53×10⁻⁵.",
        ] {
            #expect(page.contains(marker), "missing: \(marker)")
        }
        #expect(!page.contains("{{seed"))
    }
}
