import Foundation
import GradusLessons
import GradusPages
import GradusTestSupport
import Testing

@testable import GradusSite

/// A content folder with three lessons: two read CSV files, one has its data inline.
func csvContent() throws -> (folder: URL, content: URL) {
    let folder = try temporaryFolder()
    let content = folder.appendingPathComponent("content")
    try FileManager.default.createDirectory(
        at: content.appendingPathComponent("data"), withIntermediateDirectories: true)
    func lesson(_ name: String, data: String) throws {
        let text = """
            ---
            title: \(name)
            order: 1
            examples:
              - name: fit
                objective: linear-regression
                data: \(data)
                start: [0, 0]
                optimizer: {method: gd, lr: 0.05}
                stop: {max-iterations: 200}
            ---
            Final loss {{fit.final.loss}}.

            """
        try text.write(to: content.appendingPathComponent("\(name).md"), atomically: true, encoding: .utf8)
    }
    try "x1,x2,y\n1,2,1\n2,3,2\n3,4,3\n".write(
        to: content.appendingPathComponent("data/a.csv"), atomically: true, encoding: .utf8)
    try "x1,x2,y\n1,0,2\n0,1,3\n1,1,5\n".write(
        to: content.appendingPathComponent("data/b.csv"), atomically: true, encoding: .utf8)
    try lesson("alpha", data: "{csv: data/a.csv}")
    try lesson("beta", data: "{csv: data/b.csv}")
    try lesson("gamma", data: "{x: [[1, 0], [0, 1]], y: [1, 2]}")
    return (folder, content)
}

struct IncrementalTests {
    @Test func editingACSVFileRebuildsExactlyTheLessonsThatReadIt() throws {
        let (folder, content) = try csvContent()
        let build = SiteBuild(
            content: content, output: folder.appendingPathComponent("output"),
            cache: folder.appendingPathComponent("cache"))
        let first = try build.run()
        #expect(first.rerun.count == 3)
        let unchanged = try build.run()
        #expect(unchanged.rerun.isEmpty)
        #expect(unchanged.reused.count == 3)
        let before = try files(in: folder.appendingPathComponent("output"))

        try "x1,x2,y\n1,2,1\n2,3,2\n3,4,3.5\n".write(
            to: content.appendingPathComponent("data/a.csv"), atomically: true, encoding: .utf8)
        let edited = try build.run()
        #expect(edited.rerun == ["\(content.relativePath)/alpha.md"])
        #expect(edited.reused.count == 2)
        let after = try files(in: folder.appendingPathComponent("output"))
        #expect(after["alpha.html"] != before["alpha.html"])
        #expect(after["beta.html"] == before["beta.html"])
        #expect(after["gamma.html"] == before["gamma.html"])

        // A cached build gives the same bytes as a build from scratch.
        let fresh = folder.appendingPathComponent("fresh")
        _ = try SiteBuild(content: content, output: fresh).run()
        #expect(try files(in: fresh) == after)
    }

    @Test func editingALessonRebuildsOnlyThatLesson() throws {
        let (folder, content) = try csvContent()
        let build = SiteBuild(
            content: content, output: folder.appendingPathComponent("output"),
            cache: folder.appendingPathComponent("cache"))
        _ = try build.run()
        let gamma = content.appendingPathComponent("gamma.md")
        let text = try String(contentsOf: gamma, encoding: .utf8).replacingOccurrences(
            of: "Final loss", with: "The final loss")
        try text.write(to: gamma, atomically: true, encoding: .utf8)
        #expect(try build.run().rerun == ["\(content.relativePath)/gamma.md"])
    }

    @Test func csvMistakesAreDiagnosedInTheCSVFile() throws {
        let (folder, content) = try csvContent()
        try "x1,x2,y\n1,2,1\n2,3\n3,nan,3\n".write(
            to: content.appendingPathComponent("data/a.csv"), atomically: true, encoding: .utf8)
        let failure = #expect(throws: StageFailure.self) {
            try SiteBuild(content: content, output: folder.appendingPathComponent("o")).run()
        }
        #expect(failure?.stage == "load content")
        let result = try gradus(["build"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "content/data/a.csv:3:1: error: row has 2 values; the header names 3 columns\ncontent/data/a.csv:4:3: error: 'nan' is not finite\n"
        )
    }

    @Test func aCSVPathOutsideTheContentFolderIsRefused() throws {
        let (folder, content) = try csvContent()
        let beta = content.appendingPathComponent("beta.md")
        let text = try String(contentsOf: beta, encoding: .utf8).replacingOccurrences(
            of: "data/b.csv", with: "../secret.csv")
        try text.write(to: beta, atomically: true, encoding: .utf8)
        let result = try gradus(["build"], in: folder)
        #expect(
            result.stderr
                == "content/beta.md:7:17: error: cannot read '../secret.csv': data files must be inside the content folder, given relative to it\n"
        )
    }
}

struct ParallelBuildTests {
    @Test func oneThreadAndManyGiveTheSameBytes() throws {
        let folder = try temporaryFolder()
        let content = try copyShippedContent(into: folder)
        _ = try SiteBuild(content: content, output: folder.appendingPathComponent("one"), jobs: 1).run()
        _ = try SiteBuild(content: content, output: folder.appendingPathComponent("many"), jobs: 4).run()
        let one = try files(in: folder.appendingPathComponent("one"))
        #expect(one.count > 20)
        #expect(one == (try files(in: folder.appendingPathComponent("many"))))
    }
}

struct AtomicOutputTests {
    @Test func aBuildThatFailsWhileWritingLeavesThePreviousSite() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("output")
        try OutputFolder(url: output).replace(with: [
            PageFile(path: "index.html", contents: "old"), PageFile(path: "a/b.html", contents: "old b"),
        ])
        let before = try files(in: folder)
        var failing = OutputFolder(url: output)
        failing.failAfter = 1
        let files3 = (1...5).map { PageFile(path: "page\($0).html", contents: "new \($0)") }
        #expect(throws: Diagnostics.self) { try failing.replace(with: files3) }
        #expect(try files(in: folder) == before)
    }

    @Test func pagesAreWrittenBesideTheOutputAsTheyAreMadeAndSwappedInAtTheEnd() throws {
        let (folder, content) = try csvContent()
        let output = folder.appendingPathComponent("output")
        try OutputFolder(url: output).replace(with: [PageFile(path: "index.html", contents: "old")])
        let before = try files(in: output)
        let stages = SiteBuild(content: content, output: output).stages
        var work = try Pipeline(Array(stages.dropLast())).run(CourseWork(try Course.load(content: content)))
        // After assembling, every file is already on disk in the staging folder and none is held in memory; the
        // output folder is still the previous site.
        let staging = try #require(work.staging)
        #expect(work.files.isEmpty)
        #expect(try files(in: staging.url).keys.sorted() == work.paths)
        #expect(work.paths.contains("outline.js") && work.paths.filter { $0.hasSuffix(".html") }.count == 4)
        #expect(try files(in: output) == before)
        try Pipeline([try #require(stages.last)]).run(&work)
        #expect(try files(in: output).keys.sorted() == (work.paths + [OutputFolder.marker.path]).sorted())
        // The previous site, now at the staging path, is removed on a thread of its own: gone once waited for.
        work.finishTidying()
        #expect(!FileManager.default.fileExists(atPath: staging.url.path))
    }

    @Test func theSwapIsOneStep() throws {
        let folder = try temporaryFolder()
        let a = folder.appendingPathComponent("a")
        let b = folder.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: b, withIntermediateDirectories: true)
        try "in a".write(to: a.appendingPathComponent("f"), atomically: true, encoding: .utf8)
        try "in b".write(to: b.appendingPathComponent("f"), atomically: true, encoding: .utf8)
        #expect(AtomicSwap.exchange(a.path, b.path))
        #expect(try String(contentsOf: a.appendingPathComponent("f"), encoding: .utf8) == "in b")
        #expect(try String(contentsOf: b.appendingPathComponent("f"), encoding: .utf8) == "in a")
    }

    @Test func aKilledBuildLeavesThePreviousSiteComplete() throws {
        let (folder, content) = try csvContent()
        #expect(try gradus(["build"], in: folder).status == 0)
        let before = try files(in: folder.appendingPathComponent("output"))
        // A lesson slow enough to be killed while it runs: four examples of ten million iterations each.
        let example = """
              - name: NAME
                objective: linear-regression
                data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}
                start: [0.5, -0.5]
                optimizer: {method: gd, lr: 0.001}
                stop: {max-iterations: 10000000}

            """
        let examples = ["a", "b", "c", "d"].map { example.replacingOccurrences(of: "NAME", with: $0) }.joined()
        let slow = "---\ntitle: Slow\norder: 9\nexamples:\n\(examples)---\n{{a.final.loss}}\n"
        try slow.write(to: content.appendingPathComponent("slow.md"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = try gradusExecutable()
        process.arguments = ["build", "--no-cache"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.5)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try files(in: folder.appendingPathComponent("output")) == before)
    }
}
