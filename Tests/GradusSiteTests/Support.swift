import Foundation
import GradusSite
import GradusTestSupport
import Testing

/// Every file under `folder`, by relative path.
func files(in folder: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let base = folder.standardizedFileURL.path + "/"
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
    else { return result }
    for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true
    {
        result[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
    }
    return result
}

/// The result of running the `gradus` executable.
struct CommandResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// The `gradus` executable built beside the test bundle.
func gradusExecutable() throws -> URL {
    let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var directory = testBinary.deletingLastPathComponent()
    while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("gradus").path) {
        guard directory.path != "/" else { throw CocoaError(.fileNoSuchFile) }
        directory = directory.deletingLastPathComponent()
    }
    return directory.appendingPathComponent("gradus")
}

/// Runs the `gradus` executable built beside the test bundle.
func gradus(_ arguments: [String], in folder: URL, environment: [String: String]? = nil) throws -> CommandResult {
    let result = try runProcess(gradusExecutable().path, arguments, in: folder, environment: environment)
    return CommandResult(status: result.status, stdout: result.stdout, stderr: result.stderr)
}

/// A lesson file with a deliberate mistake at a known place.
let brokenLesson = """
    ---
    title: Broken
    order: 1
    examples:
      - name: seed
        objective: linear-regression
        data: {x: [[1, 2], [2, 3]], y: [1, 2]}
        start: [0, 0]
        optimizer: {method: sgdd, lr: 0.1}
        stop: {max-iterations: 5}
    ---
    Text.

    """

/// Builds a course of the one lesson `l.md` and expects exactly one diagnostic, `expected` (the content folder's path
/// left out), on one line, within 10 s, and no output folder.
func expectOneDiagnostic(
    building lesson: String, named name: String, expected: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let content = folder.appendingPathComponent("content")
    try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
    try lesson.write(to: content.appendingPathComponent("l.md"), atomically: true, encoding: .utf8)
    let started = Date()
    do {
        _ = try SiteBuild(content: content, output: folder.appendingPathComponent("output")).run()
        Issue.record("\(name): the build succeeded", sourceLocation: sourceLocation)
    } catch {
        let message = error.description.replacingOccurrences(of: content.relativePath + "/", with: "")
        #expect(message == expected, sourceLocation: sourceLocation)
        #expect(error.diagnostics.all.count == 1, sourceLocation: sourceLocation)
        #expect(!error.description.contains("\n"), sourceLocation: sourceLocation)
    }
    #expect(Date().timeIntervalSince(started) < 10, sourceLocation: sourceLocation)
    #expect(
        !FileManager.default.fileExists(atPath: folder.appendingPathComponent("output").path),
        sourceLocation: sourceLocation)
}
