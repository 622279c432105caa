import Foundation
import GradusTestSupport
import Testing

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
func eventually(within seconds: Double = 240, _ condition: () async throws -> Bool) async throws -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(50))
    }
    return try await condition()
}
