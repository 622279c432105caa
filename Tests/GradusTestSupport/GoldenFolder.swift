import Foundation
import Testing

/// A folder of golden files: expected outputs committed beside the tests and compared byte for byte.
///
/// With the environment variable `GRADUS_UPDATE_GOLDEN=1`, `check` (re)writes the file instead of comparing.
public struct GoldenFolder: Sendable {
    public let directory: URL

    public init(_ directory: URL) { self.directory = directory }

    /// The folder `name` beside the calling test file.
    public init(besides filePath: String = #filePath, named name: String = "Golden") {
        self.init(folderBeside(filePath, named: name))
    }

    public static var updating: Bool { ProcessInfo.processInfo.environment["GRADUS_UPDATE_GOLDEN"] == "1" }

    /// The names of the files whose name ends with `suffix`, without it, sorted.
    public func names(withSuffix suffix: String) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(suffix) }.map { String($0.dropLast(suffix.count)) }.sorted()
    }

    public func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path)
    }

    /// A golden file's text (UTF-8, invalid bytes replaced).
    public func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: directory.appendingPathComponent(name)), as: UTF8.self)
    }

    /// Expects `actual` to equal the golden file `name`; records an issue when the file is missing.
    public func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if Self.updating {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? read(name) else {
            Issue.record("Missing golden file \(name); run with GRADUS_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        #expect(
            actual == expected, "differs from \(directory.lastPathComponent)/\(name)", sourceLocation: sourceLocation)
    }
}
