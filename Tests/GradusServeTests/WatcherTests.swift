import Foundation
import GradusServe
import GradusTestSupport
import Synchronization
import Testing

@Suite struct WatcherTests {
    @Test func reportsEachChangeOnce() {
        let value = Mutex(1)
        var watcher = Watcher { value.withLock { $0 } }
        #expect(!changed(&watcher))
        value.withLock { $0 = 2 }
        #expect(changed(&watcher))
        #expect(!changed(&watcher))
        value.withLock { $0 = 1 }
        #expect(changed(&watcher))
    }

    @Test func fingerprintSeesEditsAdditionsAndRemovals() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = folder.appendingPathComponent("a.md")
        try "one".write(to: lesson, atomically: true, encoding: .utf8)
        var watcher = Watcher.folder(folder)
        #expect(!changed(&watcher))

        try "one, two".write(to: lesson, atomically: true, encoding: .utf8)
        #expect(changed(&watcher))

        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "x".write(to: folder.appendingPathComponent("sub/b.md"), atomically: true, encoding: .utf8)
        #expect(changed(&watcher))

        try FileManager.default.removeItem(at: lesson)
        #expect(changed(&watcher))
        #expect(!changed(&watcher))
    }

    @Test func fingerprintSeesATouchAtTheSameSize() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = folder.appendingPathComponent("a.md")
        try "aaa".write(to: lesson, atomically: true, encoding: .utf8)
        let before = ContentFingerprint.of(folder)
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(-60)], ofItemAtPath: lesson.path)
        #expect(ContentFingerprint.of(folder) != before)
        #expect(ContentFingerprint.of(folder.appendingPathComponent("missing")).entries.isEmpty)
    }

    @Test func hiddenFilesAreNoEdit() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "aaa".write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let before = ContentFingerprint.of(folder)
        try "swap".write(to: folder.appendingPathComponent(".a.md.swp"), atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try "x".write(to: folder.appendingPathComponent(".git/index"), atomically: false, encoding: .utf8)
        #expect(ContentFingerprint.of(folder) == before)
        try "b".write(to: folder.appendingPathComponent("b.csv"), atomically: false, encoding: .utf8)
        #expect(ContentFingerprint.of(folder).entries.map(\.path) == ["/a.md", "/b.csv"])
    }
}

/// `watcher.changed()`, callable inside `#expect`.
func changed<F>(_ watcher: inout Watcher<F>) -> Bool { watcher.changed() }
