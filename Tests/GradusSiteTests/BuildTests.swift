import Foundation
import GradusLessons
import GradusSite
import GradusTestSupport
import Testing

struct BuildTests {
    @Test func buildsTheShippedContentWithTheReferenceNumbers() throws {
        let folder = try temporaryFolder()
        _ = try copyShippedContent(into: folder)
        let result = try gradus(["build"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let page = try String(
            contentsOf: folder.appendingPathComponent("output/gradient-descent.html"), encoding: .utf8)

        // Numbers computed independently by scripts/reference_seed_gd.py (NumPy), formatted as the page does.
        let fixture = repositoryRoot.appendingPathComponent("Tests/GradusOptimTests/Fixtures/seed_gd.json")
        let reference = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: fixture)) as? [String: Any])
        let iterations = try #require(reference["iterations"] as? [[String: Any]])
        let first = try #require(iterations[1]["theta"] as? [Double])
        let finalRecord = try #require(iterations.last)
        let finalLoss = try #require(finalRecord["loss"] as? Double)
        let finalTheta = try #require(finalRecord["theta"] as? [Double])
        #expect(page.contains(NumberFormat.default.format(first[0]).prose))  // 0.5875
        #expect(page.contains(NumberFormat.default.format(first[1]).prose))  // −0.3825
        #expect(page.contains("<td>\(NumberFormat.default.format(finalLoss).prose)</td>"))
        #expect(page.contains("(0.9547, 0.0337)") == (String(format: "%.4f", finalTheta[0]) == "0.9547"))
        #expect(page.contains("reached the iteration limit of 1000"))
        #expect(!page.contains("{{"))
        // The page tells a reader how to re-run its examples, with the path relative to the course's folder.
        #expect(page.contains("<code>gradus run content/gradient-descent.md --example seed</code>"))
        #expect(page.contains("<code>--set optimizer.lr=0.005</code>"))  // half the lesson's 0.01
        // … even when the content folder was given as an absolute path (the page stays the same on every machine).
        let absolute = try gradus(
            ["build", "--content", folder.appendingPathComponent("content").path, "--output", "output2", "--no-cache"],
            in: folder)
        #expect(absolute.status == 0, "\(absolute.stderr)")
        let again = try String(
            contentsOf: folder.appendingPathComponent("output2/gradient-descent.html"), encoding: .utf8)
        #expect(again == page)

        let index = try String(contentsOf: folder.appendingPathComponent("output/index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"gradient-descent.html\">"))
    }

    @Test func aFailedBuildPrintsOneDiagnosticAndLeavesTheOutputAlone() throws {
        let folder = try temporaryFolder()
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try brokenLesson.write(to: content.appendingPathComponent("broken.md"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "previous site".write(to: output.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        let before = try files(in: folder)

        let result = try gradus(["build"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "content/broken.md:9:25: error: unknown optimizer 'sgdd'; expected one of: gd, sgd, adam, adamw, adagrad, rmsprop, newton\n"
        )
        #expect(try files(in: folder) == before)
    }

    @Test func aMissingContentFolderIsOneDiagnostic() throws {
        let folder = try temporaryFolder()
        let result = try gradus(["build", "--content", "nowhere"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == "nowhere:1:1: error: content folder 'nowhere' does not exist\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("output").path))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let folder = try temporaryFolder()
        let content = try copyShippedContent(into: folder)
        let first = folder.appendingPathComponent("first")
        let second = folder.appendingPathComponent("second")
        _ = try SiteBuild(content: content, output: first).run()
        _ = try SiteBuild(content: content, output: second).run()
        let a = try files(in: first)
        #expect(!a.isEmpty)
        #expect(a == (try files(in: second)))
    }

    @Test func aLessonLinkedFromOutsideTheContentFolderIsRefused() throws {
        let folder = try temporaryFolder()
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let outside = folder.appendingPathComponent("secret.md")
        try "---\ntitle: S\norder: 1\n---\nsecret\n".write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            at: content.appendingPathComponent("linked.md"), withDestinationURL: outside)
        let failure = #expect(throws: StageFailure.self) {
            try SiteBuild(content: content, output: folder.appendingPathComponent("out")).run()
        }
        #expect(failure?.stage == "load content")
        let result = try gradus(["build"], in: folder)
        #expect(result.stderr == "content/linked.md:1:1: error: the lesson file is outside the content folder\n")
    }
}

struct RunCommandTests {
    @Test func printsATraceAsCSVAndJSON() throws {
        let folder = try temporaryFolder()
        _ = try copyShippedContent(into: folder)
        let csv = try gradus(
            ["run", "content/gradient-descent.md", "--example", "seed", "--format", "csv"], in: folder)
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "k,theta0,theta1,loss,gradient0,gradient1,gradient_norm,lr")
        #expect(lines[1] == "0,0.5,-0.5,5.125,-8.75,-11.75,14.650085323983612,0.01")
        #expect(lines.count == 1002)

        let json = try gradus(
            ["run", "content/gradient-descent.md", "--example", "seed", "--format", "json"], in: folder)
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["outcome"] as? String == "reached the iteration limit of 1000")
        let iterations = try #require(object["iterations"] as? [[String: Any]])
        #expect(iterations.count == 1001)
        #expect(iterations[1]["theta"] as? [Double] == [0.5875, -0.3825])
    }

    @Test func settingsCanBeChangedFromTheCommandLine() throws {
        let folder = try temporaryFolder()
        _ = try copyShippedContent(into: folder)
        let csv = try gradus(
            [
                "run", "content/gradient-descent.md", "--example", "seed", "--set", "optimizer.lr=0.05", "--set",
                "stop.max-iterations=2", "--format", "csv",
            ],
            in: folder)
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        // θ₁ = (0.5, −0.5) − 0.05·(−8.75, −11.75); the lr column shows the new rate.
        #expect(lines[2].hasPrefix("1,0.9375,0.08750000000000002,"))
        #expect(lines[2].hasSuffix(",0.05"))

        let bad = try gradus(
            ["run", "content/gradient-descent.md", "--example", "seed", "--set", "optimizer.lr=abc"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.stdout.isEmpty)
        #expect(
            bad.stderr
                == "content/gradient-descent.md:16:11: error: 'lr' must be a number\nnote: the example was read with --set optimizer.lr=abc\n"
        )

        let unreadable = try gradus(["run", "content/gradient-descent.md", "--set", "lr"], in: folder)
        #expect(unreadable.status == 64)
        #expect(unreadable.stderr.hasPrefix("Error: --set lr: write KEY=VALUE, e.g. optimizer.lr=0.1\n"))
    }

    @Test func severalExamplesAreOneJSONArrayAndCSVNeedsOne() throws {
        let folder = try temporaryFolder()
        _ = try copyShippedContent(into: folder)
        let json = try gradus(["run", "content/stochastic.md", "--format", "json"], in: folder)
        #expect(json.status == 0)
        let array = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(
            array.map { $0["example"] as? String } == [
                "batch", "sgd", "mini", "small", "decay", "full_budget", "mini_budget", "sgd_budget",
            ])
        let csv = try gradus(["run", "content/stochastic.md", "--format", "csv"], in: folder)
        #expect(csv.status == 64)
        #expect(
            csv.stderr.hasPrefix("Error: CSV is one table per example: choose one with --example (batch, sgd, mini,"))
    }

    @Test func anUnknownExampleIsAUsageError() throws {
        let folder = try temporaryFolder()
        _ = try copyShippedContent(into: folder)
        let result = try gradus(["run", "content/gradient-descent.md", "--example", "nope"], in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("no example named 'nope'"))
    }
}

/// A typo in `--output` must never delete someone's files.
struct OutputSafetyTests {
    @Test func refusesToReplaceTheContentTheCurrentFolderOrForeignFiles() throws {
        let folder = try temporaryFolder()
        _ = try copyShippedContent(into: folder)
        let lessons = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("content").path)
            .sorted()

        for output in ["content", ".", folder.path] {
            let result = try gradus(["build", "--output", output], in: folder)
            #expect(result.status == 1, "\(output)")
            #expect(result.stderr.contains("error: refusing to replace"), "\(output): \(result.stderr)")
        }
        let inside = try gradus(
            ["build", "--content", "content", "--output", "content/site", "--no-cache"], in: folder)
        #expect(inside.status == 0, "a site inside the content folder does not hold it: \(inside.stderr)")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("content/site"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("content").path).sorted()
                == lessons)

        // A folder gradus did not write is left alone; one it wrote is replaced.
        let foreign = folder.appendingPathComponent("photos")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try "holiday".write(to: foreign.appendingPathComponent("beach.txt"), atomically: true, encoding: .utf8)
        let refused = try gradus(["build", "--output", "photos"], in: folder)
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "photos:1:1: error: refusing to replace 'photos': it was not written by gradus (it has no .gradus-output); delete it yourself or choose another output folder\n"
        )
        #expect(try String(contentsOf: foreign.appendingPathComponent("beach.txt"), encoding: .utf8) == "holiday")
        #expect(try gradus(["build"], in: folder).status == 0)
        #expect(try gradus(["build", "--no-cache"], in: folder).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("output/.gradus-output").path))
        let handouts = try gradus(["handout", "--output", "photos"], in: folder)
        #expect(handouts.status == 1)
    }
}

struct LeftoverTests {
    /// A killed build's staging folder is cleared by the next build; one of a build still running is not.
    @Test func onlyDeadBuildsLeftoversAreRemoved() throws {
        let folder = try temporaryFolder()
        _ = try copyShippedContent(into: folder)
        let dead = folder.appendingPathComponent(".output.new-2147483646")
        let alive = folder.appendingPathComponent(".output.new-\(ProcessInfo.processInfo.processIdentifier)")
        for leftover in [dead, alive] {
            try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
        }
        #expect(try gradus(["build"], in: folder).status == 0)
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(FileManager.default.fileExists(atPath: alive.path))
    }
}
