import Foundation
import GradusLessons
import GradusPages

/// Writes a site so that the output folder is always complete: the new site is written beside it and swapped in.
struct OutputFolder {
    let url: URL

    func replace(with files: [PageFile]) throws(Diagnostics) {
        let manager = FileManager.default
        let parent = url.deletingLastPathComponent()
        let name = url.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).new-\(ProcessInfo.processInfo.processIdentifier)")
        let old = parent.appendingPathComponent(".\(name).old-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                let target = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: target)
            }
            if manager.fileExists(atPath: url.path) {
                try manager.moveItem(at: url, to: old)
                do {
                    try manager.moveItem(at: staging, to: url)
                } catch {
                    try? manager.moveItem(at: old, to: url)
                    throw error
                }
                try? manager.removeItem(at: old)
            } else {
                try manager.moveItem(at: staging, to: url)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw Diagnostics(
                SourceLocation(path: url.relativePath, line: 1, column: 1), "cannot write the site: \(error.localizedDescription)")
        }
    }
}
