import Foundation

/// The repository's root folder (this file is `Tests/GradusTestSupport/Folders.swift`).
public let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A new empty folder under the system's temporary folder, named `prefix-UUID`.
public func temporaryFolder(prefix: String = "gradus-test") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Copies the repository's `content/` into `folder/content` and returns that copy.
public func copyShippedContent(into folder: URL) throws -> URL {
    let target = folder.appendingPathComponent("content")
    try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("content"), to: target)
    return target
}

/// The folder `name` beside the calling test file (fixtures and golden files are read from the source tree, not
/// as resources).
public func folderBeside(_ filePath: String = #filePath, named name: String) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent(name)
}
