import Foundation
import GradusTestSupport
import Testing

@testable import GradusSite

struct FileBytesTests {
    @Test func aWrittenFileIsReadBackWholeAndAShorterOneReplacesIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("file.bin").path
        // Larger than one read of the first chunk would need to be, with every byte value.
        let long = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try FileBytes.write(long, to: path)
        #expect(FileBytes.read(path) == long)
        try FileBytes.write(Array("short".utf8), to: path)
        #expect(FileBytes.read(path) == Array("short".utf8))
        try FileBytes.write([], to: path)
        #expect(FileBytes.read(path) == [])
    }

    @Test func onlyARegularFileIsRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(FileBytes.read(folder.path) == nil)
        #expect(FileBytes.read(folder.appendingPathComponent("missing").path) == nil)
        #expect(throws: (any Error).self) {
            try FileBytes.write([1], to: folder.appendingPathComponent("no/such/folder").path)
        }
    }
}
