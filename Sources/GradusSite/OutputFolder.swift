import Foundation
import GradusLessons
import GradusPages

/// Writes a site so that the output folder is always complete: the new site is written beside it and swapped in.
struct OutputFolder {
    let url: URL

    /// Fails after writing this many files: for tests of a build that breaks half-way.
    var failAfter: Int? = nil

    func replace(with files: [PageFile]) throws(Diagnostics) {
        let manager = FileManager.default
        let parent = url.deletingLastPathComponent()
        let name = url.lastPathComponent
        removeLeftovers(in: parent, name: name)
        let staging = parent.appendingPathComponent(".\(name).new-\(ProcessInfo.processInfo.processIdentifier)")
        let old = parent.appendingPathComponent(".\(name).old-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for (count, file) in files.enumerated() {
                if let failAfter, count >= failAfter { throw CocoaError(.fileWriteUnknown) }
                let target = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: target)
            }
            if manager.fileExists(atPath: url.path) {
                if AtomicSwap.exchange(staging.path, url.path) {
                    // The previous site is now at the staging path.
                    try? manager.removeItem(at: staging)
                } else {
                    try manager.moveItem(at: url, to: old)
                    do {
                        try manager.moveItem(at: staging, to: url)
                    } catch {
                        try? manager.moveItem(at: old, to: url)
                        throw error
                    }
                    try? manager.removeItem(at: old)
                }
            } else {
                try manager.moveItem(at: staging, to: url)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw Diagnostics(
                SourceLocation(path: url.relativePath, line: 1, column: 1), "cannot write the site: \(error.localizedDescription)")
        }
    }

    /// Staging and old folders left by builds that were killed (`.NAME.new-PID`, `.NAME.old-PID`).
    func removeLeftovers(in parent: URL, name: String) {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries where entry.hasPrefix(".\(name).new-") || entry.hasPrefix(".\(name).old-") {
            try? manager.removeItem(at: parent.appendingPathComponent(entry))
        }
    }
}

/// Swaps two folders in one step with Linux's `renameat2(RENAME_EXCHANGE)`, so a reader (or a build
/// killed at any moment) sees either the old site or the new one, never none. Looked up at run time;
/// where it is missing, `exchange` returns false and the caller falls back to two renames.
enum AtomicSwap {
    typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    static let function: RenameAt2? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    static func exchange(_ a: String, _ b: String) -> Bool {
        guard let renameat2 = function else { return false }
        let currentDirectory: Int32 = -100  // AT_FDCWD
        let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE
        return renameat2(currentDirectory, a, currentDirectory, b, exchangeFlag) == 0
    }
}
