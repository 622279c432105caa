import Foundation
import GradusLessons
import GradusPages
import GradusRuns
import GradusSite
import GradusTestSupport
import Testing

/// A lesson with one small explore block: four learning rates × a 3 × 3 grid of starts on a 2-D bowl.
let exploreLesson = """
    ---
    title: Explore
    order: 1
    examples:
      - name: bowl
        objective: {name: quadratic, condition_number: 4, center: [2, 1.5]}
        start: [-1, 0]
        optimizer: {method: sgd, lr: 0.2}
        stop: {max-iterations: 300, gradient-tolerance: 1e-8, diverge-above: 1e6}
    ---
    Text.

    ```gradus explore
    example: bowl
    lr: [0.05, 0.2, 0.45, 0.6]
    start: {grid: {x: [-1, 1, 3], y: [-1, 1, 3]}}
    initial: {lr: 0.2, start: [0, 0]}
    claims:
      - every lr >= 0.2 and lr < 0.5 converges
      - every lr > 0.5 diverges
    ```

    """

/// The runs of `lesson`'s first explore block as the page writes them: the JSON inside `<script class=explore-data>`.
func exploreData(_ html: String) throws -> [String: Any] {
    let marker = "class=\"explore-data\">"
    let start = try #require(html.range(of: marker))
    let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    let json = try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8))
    return try #require(json as? [String: Any])
}

/// Builds a course of the one lesson `l.md` (and its translation, when given) and returns the output folder.
func buildExploreCourse(_ lesson: String, translation: String? = nil) throws -> (folder: URL, output: URL) {
    let folder = try temporaryFolder()
    let content = folder.appendingPathComponent("content")
    try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
    try lesson.write(to: content.appendingPathComponent("l.md"), atomically: true, encoding: .utf8)
    if let translation {
        try translation.write(to: content.appendingPathComponent("l.zh.md"), atomically: true, encoding: .utf8)
    }
    let output = folder.appendingPathComponent("output")
    _ = try SiteBuild(content: content, output: output).run()
    return (folder, output)
}

struct ExploreTests {
    /// The explore block's mistakes, each one diagnostic at its place, after the front matter of `exploreLesson`
    /// (ten lines): the block starts on line 11 and its first key stands on line 12.
    static let front = exploreLesson.components(separatedBy: "Text.")[0]

    static let cases: [(name: String, block: String, expected: String)] = [
        (
            "no setting", "example: bowl\n",
            "l.md:11:1: error: an explore block varies at least one setting: 'lr: […]', 'momentum: […]' or 'start: …'"
        ),
        (
            "unknown key", "example: bowl\nbeta: [0.9]\n",
            "l.md:13:1: error: unknown key 'beta' in an explore block; expected one of: example, lr, momentum, start, initial, claims, title, x, y"
        ),
        (
            "no example", "lr: [0.1]\n",
            "l.md:11:1: error: the explore block needs 'example: NAME'"
        ),
        (
            "unknown example", "example: nope\nlr: [0.1]\n",
            "l.md:12:10: error: no example named 'nope' in this lesson; its examples: bowl"
        ),
        (
            "lr not a list", "example: bowl\nlr: 0.1\n",
            "l.md:13:5: error: 'lr' is a list of values, e.g. '[0.01, 0.05, 0.1]'"
        ),
        (
            "value twice", "example: bowl\nlr: [0.1, 0.2, 0.1]\n",
            "l.md:13:16: error: 'lr' lists 0.1 twice"
        ),
        (
            "value not a number", "example: bowl\nmomentum: [0, fast]\n",
            "l.md:13:15: error: a value of 'momentum' must be a number"
        ),
        (
            "too many runs", "example: bowl\nlr: [0.1, 0.2]\nstart: {grid: {x: [0, 1, 15], y: [0, 1, 14]}}\n",
            "l.md:11:1: error: the explore block asks for 420 runs (2 × 210); the limit is 400: use fewer values"
        ),
        (
            "grid count", "example: bowl\nstart: {grid: {x: [0, 1, 1], y: [0, 1, 3]}}\n",
            "l.md:13:19: error: 'x' is [low, high, count] with low < high and a count from 2 to 100"
        ),
        (
            "grid axis missing", "example: bowl\nstart: {grid: {x: [0, 1, 3]}}\n",
            "l.md:13:15: error: a start grid needs 'y: [low, high, count]'"
        ),
        (
            "start neither list nor grid", "example: bowl\nstart: {points: [[0, 0]]}\n",
            "l.md:13:8: error: 'start' is a list of points or '{grid: {x: [low, high, count], y: […]}}'"
        ),
        (
            "initial not listed", "example: bowl\nlr: [0.1, 0.2]\ninitial: {lr: 0.3}\n",
            "l.md:14:15: error: 'initial' lr must be one of the values the block lists"
        ),
        (
            "invalid combination", "example: bowl\nlr: [0.1, -1]\n",
            "l.md:13:5: error: with lr = -1, example 'bowl' is not valid: 'lr' must be ≥ 0, got -1.0"
        ),
        (
            "wrong start size", "example: bowl\nstart: [[0, 0], [1, 2, 3]]\n",
            "l.md:13:8: error: with start = [1, 2, 3], example 'bowl' is not valid: 'start' has 3 values; the objective has 2 parameters"
        ),
        (
            "claim unknown setting", "example: bowl\nlr: [0.1, 0.2]\nclaims:\n  - every momentum < 0.5 converges\n",
            "l.md:15:5: error: cannot read the claim 'every momentum < 0.5 converges': 'momentum' is not a setting of this block (it varies lr)"
        ),
        (
            "claim value not listed",
            "example: bowl\nlr: [0.1, 0.2]\nmomentum: [0, 0.9]\nclaims:\n  - momentum 0.5 needs fewer iterations than momentum 0\n",
            "l.md:16:5: error: cannot read the claim 'momentum 0.5 needs fewer iterations than momentum 0': 0.5 is not one of the values of 'momentum'"
        ),
        (
            "claim about nothing", "example: bowl\nlr: [0.1, 0.2]\nclaims:\n  - every lr > 5 converges\n",
            "l.md:15:5: error: the claim 'every lr > 5 converges' is about no combination of this block"
        ),
        (
            "claim does not hold", "example: bowl\nlr: [0.1, 0.2]\nclaims:\n  - every lr >= 0.1 diverges\n",
            "l.md:15:5: error: the claim 'every lr >= 0.1 diverges' does not hold for lr = 0.1: converged at iteration 186 by the gradient norm test"
        ),
    ]

    @Test(arguments: cases.map(\.name))
    func eachMistakeIsOneDiagnosticAtItsPlace(name: String) throws {
        let testCase = try #require(Self.cases.first { $0.name == name })
        try expectOneDiagnostic(
            building: Self.front + "```gradus explore\n" + testCase.block + "```\n", named: name,
            expected: testCase.expected)
    }

    @Test func aOneParameterExampleCannotBeExplored() throws {
        let lesson = """
            ---
            title: T
            order: 1
            examples:
              - name: wave
                objective: wavy
                start: [0.5]
                optimizer: {method: gd, lr: 0.01}
                stop: {max-iterations: 10}
            ---
            ```gradus explore
            example: wave
            lr: [0.01, 0.02]
            ```

            """
        try expectOneDiagnostic(
            building: lesson, named: "1-D",
            expected:
                "l.md:11:1: error: an explore block draws the paths on a contour map: example 'wave' needs two parameters"
        )
    }

    /// Every combination is the example with its settings overridden, exactly as `gradus run --set` runs it: the
    /// page's numbers (iterations, final loss) are those of that run.
    @Test func everyCombinationIsTheExampleRunWithItsSettings() throws {
        let (folder, output) = try buildExploreCourse(exploreLesson)
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = try String(contentsOf: output.appendingPathComponent("l.html"), encoding: .utf8)
        let data = try exploreData(html)
        let runs = try #require(data["runs"] as? [[String: Any]])
        #expect(data["sizes"] as? [Int] == [4, 9])
        #expect(data["initial"] as? [Int] == [1, 4])
        #expect(runs.count == 36)
        let rates = ["0.05", "0.2", "0.45", "0.6"]
        let grid = ["-1", "0", "1"]
        let file = folder.appendingPathComponent("content/l.md")
        let words = Localization(language: "en")
        for (index, run) in runs.enumerated() where index % 5 == 0 || index == runs.count - 1 {
            let (lr, cell) = (index / 9, index % 9)
            let overrides = try ExampleOverrides(
                example: "bowl",
                parsing: ["optimizer.lr=\(rates[lr])", "start=[\(grid[cell % 3]), \(grid[cell / 3])]"])
            let traces = try LessonTraces(file: file, overrides: overrides)
            let direct = try #require(try traces.run(example: "bowl").first)
            #expect(run["n"] as? Int == direct.trace.iterationCount, "combination \(index)")
            // JSONSerialization reads a number to about 15 digits; the page writes Swift's shortest exact text.
            let loss = try #require(run["finalLoss"] as? Double)
            #expect(isApproximatelyEqual(loss, direct.trace.final.loss, relative: 1e-14), "combination \(index)")
            #expect(run["iterations"] as? String == words.iterationCount(direct.trace.iterationCount))
            #expect(run["outcome"] as? String == words.outcome(direct.trace.outcome), "combination \(index)")
        }
    }

    /// Without the script a page still shows the first combination and a few chosen ones as small multiples, and the
    /// controls are hidden until the script shows them.
    @Test func thePageIsCompleteWithoutItsScript() throws {
        let (folder, output) = try buildExploreCourse(exploreLesson)
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = try String(contentsOf: output.appendingPathComponent("l.html"), encoding: .utf8)
        #expect(html.contains("<div class=\"explore-controls\" hidden>"))
        #expect(html.components(separatedBy: "<figure class=\"explore-multiple\">").count - 1 == 4)
        // The caption of the combination shown first, in words: α = 0.2 from (0, 0).
        #expect(html.contains("<span data-f=\"settings\">α = 0.2, start = (0, 0)</span>"))
        for label in ["α = 0.05, start = (−1, −1)", "α = 0.6, start = (1, 1)"] {
            #expect(html.contains("-title\">\(label)</title>"), "\(label)")
        }
        #expect(html.components(separatedBy: "<script>").count - 1 == 1, "the script is written once")
        #expect(!html.contains("fetch("))
    }

    /// A translation that shares its twin's examples explores the same settings; another combination is one
    /// diagnostic at the block.
    @Test func aTranslationExploresItsTwinsCombinations() throws {
        let translation = """
            ---
            title: 探索
            order: 1
            ---
            ```gradus explore
            example: bowl
            lr: [0.05, 0.3]
            ```

            """
        do {
            _ = try buildExploreCourse(exploreLesson, translation: translation)
            Issue.record("the build succeeded")
        } catch let error as StageFailure {
            #expect(error.diagnostics.all.count == 1, "\(error.description)")
            #expect(
                error.description.hasSuffix(
                    "l.zh.md:5:1: error: this explore block's combination optimizer.lr=0.05 has no run: a translation explores the settings its twin's page explores"
                ), "\(error.description)")
        }
        let same = translation.replacingOccurrences(
            of: "lr: [0.05, 0.3]\n",
            with: "lr: [0.05, 0.2, 0.45, 0.6]\nstart: {grid: {x: [-1, 1, 3], y: [-1, 1, 3]}}\n")
        let (folder, output) = try buildExploreCourse(exploreLesson, translation: same)
        defer { try? FileManager.default.removeItem(at: folder) }
        let en = try exploreData(String(contentsOf: output.appendingPathComponent("l.html"), encoding: .utf8))
        let zh = try exploreData(String(contentsOf: output.appendingPathComponent("zh/l.html"), encoding: .utf8))
        let enRuns = try #require(en["runs"] as? [[String: Any]])
        let zhRuns = try #require(zh["runs"] as? [[String: Any]])
        #expect(enRuns.count == zhRuns.count)
        for (a, b) in zip(enRuns, zhRuns) {
            #expect(a["n"] as? Int == b["n"] as? Int)
            #expect(a["p"] as? [Int] == b["p"] as? [Int])
        }
        #expect(zhRuns.first?["outcome"] as? String == "达到迭代上限 300 次")
    }
}
