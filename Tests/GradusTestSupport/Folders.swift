import Foundation

/// The repository's root folder (this file is `Tests/GradusTestSupport/Folders.swift`).
public let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A new empty folder named `prefix-UUID`, in a folder of the test process's own under the system's temporary
/// folder. That folder goes when the process exits, so a test that does not remove its folder leaves nothing behind.
public func temporaryFolder(prefix: String = "gradus-test") throws -> URL {
    let url = TestFolders.root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// `gradus-tests-PID` under the system's temporary folder: every folder one test process makes.
private enum TestFolders {
    static let prefix = "gradus-tests-"

    static func folder(of process: Int32) -> String {
        (NSTemporaryDirectory() as NSString).appendingPathComponent(prefix + String(process))
    }

    static let root: URL = {
        // The folders of earlier test processes that did not exit (killed, crashed).
        let base = NSTemporaryDirectory()
        for name in (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? [] where name.hasPrefix(prefix) {
            guard let process = Int32(name.dropFirst(prefix.count)), process != getpid(),
                kill(process, 0) != 0, errno == ESRCH
            else { continue }
            try? FileManager.default.removeItem(atPath: folder(of: process))
        }
        let path = folder(of: getpid())
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: TestFolders.folder(of: getpid())) }
        return URL(fileURLWithPath: path, isDirectory: true)
    }()
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
