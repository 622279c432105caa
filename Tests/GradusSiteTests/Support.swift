import Foundation
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
    let process = Process()
    process.executableURL = try gradusExecutable()
    process.arguments = arguments
    process.currentDirectoryURL = folder
    if let environment { process.environment = environment }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
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
