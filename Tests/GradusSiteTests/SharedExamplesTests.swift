import Foundation
import GradusLessons
import GradusTestSupport
import Testing

@testable import GradusSite

/// A course in English and Chinese whose Chinese lesson declares no examples: it takes its twin's.
/// The twin has two examples, one reading `data/points.csv`.
func sharedExampleContent(zhExamples: Bool = false) throws -> (folder: URL, content: URL) {
    let folder = try temporaryFolder()
    let content = folder.appendingPathComponent("content")
    try FileManager.default.createDirectory(
        at: content.appendingPathComponent("data"), withIntermediateDirectories: true)
    try "language: en\ntitle: {en: Course, zh: 课程}\n".write(
        to: content.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
    try "x1,x2,y\n1,2,1\n2,3,2\n3,4,3\n4,5,4\n".write(
        to: content.appendingPathComponent("data/points.csv"), atomically: true, encoding: .utf8)
    try
        "---\ntitle: Descent\norder: 1\n\(sharedExamples)---\nThe run {{seed.outcome}}; J = {{seed.final.loss | sig 4}}.\n"
        .write(to: content.appendingPathComponent("descent.md"), atomically: true, encoding: .utf8)
    try
        "---\ntitle: 梯度下降\norder: 1\n\(zhExamples ? sharedExamples : "")---\n运行{{seed.outcome}}；J = {{seed.final.loss | sig 4}}；{{fit.iterations}} 次。\n"
        .write(to: content.appendingPathComponent("descent.zh.md"), atomically: true, encoding: .utf8)
    return (folder, content)
}

let sharedExamples = """
    examples:
      - name: seed
        objective: linear-regression
        data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}
        start: [0.5, -0.5]
        optimizer: {method: gd, lr: 0.01}
        stop: {max-iterations: 1000}
      - name: fit
        objective: linear-regression
        data: {csv: data/points.csv}
        start: [0, 0]
        optimizer: {method: gd, lr: 0.02}
        stop: {max-iterations: 50}

    """

struct SharedExamplesTests {
    @Test func aTranslationWithoutExamplesRunsItsTwinsOnce() throws {
        let (folder, content) = try sharedExampleContent()
        let summary = try SiteBuild(content: content, output: folder.appendingPathComponent("output")).run()
        #expect(summary.lessons == 2)
        #expect(summary.examples == 2)
        #expect(summary.examplesRun == 2)
        let chinese = try String(contentsOf: folder.appendingPathComponent("output/zh/descent.html"), encoding: .utf8)
        #expect(chinese.contains("运行达到迭代上限 1000 次；J = 9.533×10⁻⁵；50 次。"))

        let result = try gradus(["build", "--output", "cli"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("built 2 lessons (2 examples) into cli/: "))
    }

    @Test func sharingGivesTheSameSiteAsRepeatingTheExamples() throws {
        let shared = try sharedExampleContent()
        let repeated = try sharedExampleContent(zhExamples: true)
        let one = try SiteBuild(content: shared.content, output: shared.folder.appendingPathComponent("output")).run()
        let two = try SiteBuild(content: repeated.content, output: repeated.folder.appendingPathComponent("output"))
            .run()
        #expect(one.examplesRun == 2)
        #expect(two.examplesRun == 4)
        #expect(
            try files(in: shared.folder.appendingPathComponent("output"))
                == files(in: repeated.folder.appendingPathComponent("output")))
    }

    @Test func aBindingToAMissingExampleIsAnErrorInTheTranslation() throws {
        let (folder, content) = try sharedExampleContent()
        try "---\ntitle: 梯度下降\norder: 1\n---\n运行 {{seed.outcome}}，{{nope.final.loss}}。\n".write(
            to: content.appendingPathComponent("descent.zh.md"), atomically: true, encoding: .utf8)
        let result = try gradus(["build"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "content/descent.zh.md:5:21: error: no example named 'nope' in this lesson; its examples: seed, fit\n"
        )
    }

    @Test func editingTheTwinOrItsDataRebuildsTheTranslation() throws {
        let (folder, content) = try sharedExampleContent()
        let build = SiteBuild(
            content: content, output: folder.appendingPathComponent("output"),
            cache: folder.appendingPathComponent("cache"))
        _ = try build.run()
        let english = "\(content.relativePath)/descent.md"
        let chinese = "\(content.relativePath)/descent.zh.md"

        // The translation alone changed: its page is made again from one run of the twin's examples.
        let zh = content.appendingPathComponent("descent.zh.md")
        try (try String(contentsOf: zh, encoding: .utf8) + "\n补充。\n").write(to: zh, atomically: true, encoding: .utf8)
        let translated = try build.run()
        #expect(translated.rerun == [chinese])
        #expect(translated.examplesRun == 2)

        // The twin's examples changed: both pages change.
        let en = content.appendingPathComponent("descent.md")
        let text = try String(contentsOf: en, encoding: .utf8).replacingOccurrences(of: "lr: 0.01", with: "lr: 0.02")
        try text.write(to: en, atomically: true, encoding: .utf8)
        let edited = try build.run()
        #expect(edited.rerun == [english, chinese])
        #expect(edited.examplesRun == 2)
        let page = try String(contentsOf: folder.appendingPathComponent("output/zh/descent.html"), encoding: .utf8)
        #expect(!page.contains("J = 9.533×10⁻⁵"))

        // The data file the twin's examples read changed: both pages change.
        try "x1,x2,y\n1,2,1\n2,3,2\n3,4,3\n4,5,5\n".write(
            to: content.appendingPathComponent("data/points.csv"), atomically: true, encoding: .utf8)
        #expect(try build.run().rerun == [english, chinese])
        #expect(try build.run().rerun.isEmpty)
    }

    @Test func examplesFromNamesTheLessonExplicitly() throws {
        let (folder, content) = try sharedExampleContent()
        try "---\ntitle: Abstieg\norder: 1\nexamples-from: descent.md\n---\nJ = {{seed.final.loss | sig 4}}.\n".write(
            to: content.appendingPathComponent("abstieg.de.md"), atomically: true, encoding: .utf8)
        let summary = try SiteBuild(content: content, output: folder.appendingPathComponent("output")).run()
        #expect(summary.lessons == 3)
        #expect(summary.examples == 2)
        #expect(summary.examplesRun == 2)
        let german = try String(contentsOf: folder.appendingPathComponent("output/de/abstieg.html"), encoding: .utf8)
        #expect(german.contains("J = 9.533×10⁻⁵."))
    }

    static let mistakes: [(name: String, file: String, text: String, expected: String)] = [
        (
            "no twin", "alone.zh.md", "---\ntitle: 单独\norder: 2\n---\n见 {{seed.final.loss}}。\n",
            "content/alone.zh.md:5:3: error: this translation declares no examples and has no twin content/alone.md to take them from; add 'examples:' or the twin"
        ),
        (
            "missing lesson", "alone.zh.md",
            "---\ntitle: 单独\norder: 2\nexamples-from: missing.md\n---\n见 {{seed.final.loss}}。\n",
            "content/alone.zh.md:4:16: error: 'examples-from' names content/missing.md, which is not a lesson file of the content folder"
        ),
        (
            "itself", "self.md", "---\ntitle: Self\norder: 2\nexamples-from: self.md\n---\nText.\n",
            "content/self.md:4:16: error: a lesson cannot take its examples from itself"
        ),
        (
            "no examples there", "other.md", "---\ntitle: Other\norder: 2\nexamples-from: plain.md\n---\nText.\n",
            "content/other.md:4:16: error: content/plain.md declares no examples of its own; name the lesson that declares them"
        ),
        (
            "both", "both.md", "---\ntitle: Both\norder: 2\nexamples-from: descent.md\n\(sharedExamples)---\nText.\n",
            "content/both.md:4:16: error: a lesson either declares 'examples' or takes them with 'examples-from', not both"
        ),
        (
            "a path", "path.zh.md", "---\ntitle: 路径\norder: 2\nexamples-from: ../descent.md\n---\nText.\n",
            "content/path.zh.md:4:16: error: 'examples-from' names a lesson file beside this one, e.g. path.md"
        ),
    ]

    @Test(arguments: mistakes.map(\.name))
    func sharingMistakesAreDiagnosedAtTheirPlace(name: String) throws {
        let mistake = try #require(Self.mistakes.first { $0.name == name })
        let (folder, content) = try sharedExampleContent()
        try "---\ntitle: Plain\norder: 3\n---\nText.\n".write(
            to: content.appendingPathComponent("plain.md"), atomically: true, encoding: .utf8)
        try mistake.text.write(to: content.appendingPathComponent(mistake.file), atomically: true, encoding: .utf8)
        let result = try gradus(["build"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == mistake.expected + "\n")
    }

    @Test func aTranslationWithoutTwinOrBindingsIsALessonWithoutExamples() throws {
        let (folder, content) = try sharedExampleContent()
        try "---\ntitle: 只有文字\norder: 2\n---\n没有数字。\n".write(
            to: content.appendingPathComponent("words.zh.md"), atomically: true, encoding: .utf8)
        let summary = try SiteBuild(content: content, output: folder.appendingPathComponent("output")).run()
        #expect(summary.lessons == 3)
        #expect(summary.examples == 2)
    }

    @Test func checkNeedsNoGoldenFileForASharingTranslation() throws {
        let (folder, content) = try sharedExampleContent()
        let update = try gradus(["check", "--update"], in: folder)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(FileManager.default.fileExists(atPath: content.appendingPathComponent("descent.golden").path))
        #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("descent.zh.golden").path))
        let check = try gradus(["check"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(
            check.stdout
                == "content/descent.md: ok (seed, fit)\ncontent/descent.zh.md: ok (examples of content/descent.md, checked with its golden file)\n"
        )
    }

    @Test func aSharingTranslationsOwnGoldenFileIsStillChecked() throws {
        let (folder, content) = try sharedExampleContent(zhExamples: true)
        #expect(try gradus(["check", "--update"], in: folder).status == 0)
        // The examples move to the twin; the translation's golden file, kept, is checked against the shared runs.
        let zh = content.appendingPathComponent("descent.zh.md")
        let text = try String(contentsOf: zh, encoding: .utf8).replacingOccurrences(of: sharedExamples, with: "")
        try text.write(to: zh, atomically: true, encoding: .utf8)
        let check = try gradus(["check"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("content/descent.zh.md: ok (seed, fit)\n"))

        let golden = content.appendingPathComponent("descent.zh.golden")
        let values = try String(contentsOf: golden, encoding: .utf8).replacingOccurrences(
            of: "fit.iterations = 50", with: "fit.iterations = 49")
        try values.write(to: golden, atomically: true, encoding: .utf8)
        let failed = try gradus(["check"], in: folder)
        #expect(failed.status == 1)
        #expect(failed.stderr.hasPrefix("content/descent.md:11:5: error: example 'fit', iterations: golden 49, now 50"))
    }

    @Test func runOnATranslationUsesItsLanguageAndItsTwinsExamples() throws {
        let (folder, _) = try sharedExampleContent()
        let table = try gradus(["run", "content/descent.zh.md", "--example", "seed"], in: folder)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.hasPrefix("seed: 达到迭代上限 1000 次\n"))
        let english = try gradus(["run", "content/descent.md", "--example", "seed"], in: folder)
        #expect(english.stdout.hasPrefix("seed: reached the iteration limit of 1000\n"))
        // The same numbers: the translation runs its twin's example.
        #expect(table.stdout.split(separator: "\n").dropFirst() == english.stdout.split(separator: "\n").dropFirst())

        let set = try gradus(
            ["run", "content/descent.zh.md", "--example", "fit", "--set", "stop.max-iterations=2", "--format", "csv"],
            in: folder)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.split(separator: "\n").count == 4)  // the header and iterations 0, 1, 2
        let bad = try gradus(
            ["run", "content/descent.zh.md", "--example", "fit", "--set", "optimizer.lr=abc"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("content/descent.md:15:"))
    }

    @Test func aChineseCoursesMainLessonRunsInChinese() throws {
        let (folder, content) = try sharedExampleContent()
        try "language: zh\ntitle: 课程\n".write(
            to: content.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        let table = try gradus(["run", "content/descent.md", "--example", "seed"], in: folder)
        #expect(table.stdout.hasPrefix("seed: 达到迭代上限 1000 次\n"))
    }

    @Test func handoutsShowTheSharedValues() throws {
        let (folder, _) = try sharedExampleContent()
        let result = try gradus(["handout"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let handout = try String(contentsOf: folder.appendingPathComponent("handouts/zh/descent.html"), encoding: .utf8)
        #expect(handout.contains("运行达到迭代上限 1000 次；J = 9.533×10⁻⁵；50 次。"))
    }

    /// The shipped course's translations share their twins' examples: the same site as a copy whose every `.zh.md`
    /// repeats its twin's `examples:` (as the course did before), with half the examples run, and no zh golden files.
    @Test func theShippedCourseWithSharedExamplesBuildsTheSameSite() throws {
        let folder = try temporaryFolder()
        let content = try copyShippedContent(into: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: content.path)
        for name in names where name.hasSuffix(".zh.md") {
            #expect(!names.contains(name.replacingOccurrences(of: ".md", with: ".golden")))
            let file = content.appendingPathComponent(name)
            let source = try String(contentsOf: file, encoding: .utf8)
            let close = try #require(
                source.range(of: "\n---\n", range: source.index(after: source.startIndex)..<source.endIndex))
            #expect(!source[..<close.lowerBound].contains("\nexamples:"))
            let twin = try String(
                contentsOf: content.appendingPathComponent(name.replacingOccurrences(of: ".zh.md", with: ".md")),
                encoding: .utf8)
            // The twin's `examples:` block (the last key of its front matter) written into the translation.
            let start = try #require(twin.range(of: "\nexamples:\n"))
            let end = try #require(twin.range(of: "\n---\n", range: start.upperBound..<twin.endIndex))
            // A translation that declares its own examples no longer takes its twin's notation either: repeat that too.
            let notation = twin.split(separator: "\n").first { $0.hasPrefix("notation:") }.map { "\n" + $0 } ?? ""
            try
                (String(source[..<close.lowerBound]) + notation + String(twin[start.lowerBound..<end.lowerBound])
                + String(source[close.lowerBound...]))
                .write(to: file, atomically: true, encoding: .utf8)
        }
        let repeated = try SiteBuild(content: content, output: folder.appendingPathComponent("repeated"), jobs: 2).run()
        let shipped = try SiteBuild(
            content: repositoryRoot.appendingPathComponent("content"), output: folder.appendingPathComponent("shipped"),
            jobs: 2
        ).run()
        #expect(shipped.examples * 2 == repeated.examples)
        #expect(shipped.examplesRun * 2 == repeated.examplesRun)
        #expect(
            try files(in: folder.appendingPathComponent("repeated"))
                == files(in: folder.appendingPathComponent("shipped")))
        let checks = try SiteCheck(content: repositoryRoot.appendingPathComponent("content"), jobs: 2).run(
            update: false)
        #expect(checks.count == 14)
        #expect(checks.allSatisfy { $0.passed })
        #expect(checks.filter { $0.sharedWith != nil }.count == 7)
    }
}
