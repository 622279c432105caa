import Foundation
import Testing

/// The repository's root folder.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A new empty folder under the system's temporary folder.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gradus-serve-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Copies the repository's `content/` into `folder/content`.
func copyShippedContent(into folder: URL) throws -> URL {
    let target = folder.appendingPathComponent("content")
    try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("content"), to: target)
    return target
}

/// The shipped lesson every test edits.
let lessonName = "gradient-descent"

/// Appends `text` to the shipped lesson in `content`.
func appendToLesson(_ text: String, in content: URL) throws {
    let file = content.appendingPathComponent("\(lessonName).md")
    let source = try String(contentsOf: file, encoding: .utf8)
    try (source + "\n" + text + "\n").write(to: file, atomically: true, encoding: .utf8)
}

/// A binding to a value that does not exist: the build fails on it.
let brokenBinding = "This number does not exist: {{ nosuch.final.loss }} <&>."

/// Polls `condition` every 50 ms for up to `seconds` (builds are slow on a busy debug machine).
func eventually(within seconds: Double = 60, _ condition: () async throws -> Bool) async throws -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(50))
    }
    return try await condition()
}
