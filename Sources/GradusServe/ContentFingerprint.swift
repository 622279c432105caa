import Foundation

/// A cheap summary of a folder tree: every file's relative path, size and modification time.
/// Two fingerprints differ when a file is added, removed, renamed, resized or touched. Hidden files and folders are
/// left out, as the build leaves them out: an editor's swap file, or the temporary file of an atomic save, is no edit.
public struct ContentFingerprint: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public let path: String
        public let size: Int
        public let modified: Double
    }

    public let entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The fingerprint of `folder` now; empty when the folder is missing.
    public static func of(_ folder: URL) -> ContentFingerprint {
        let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey]
        guard
            let files = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
        else {
            return ContentFingerprint(entries: [])
        }
        let base = folder.standardizedFileURL.path
        var entries: [Entry] = []
        for case let file as URL in files {
            guard let values = try? file.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else {
                continue
            }
            let path = String(file.standardizedFileURL.path.dropFirst(base.count))
            entries.append(
                Entry(
                    path: path, size: values.fileSize ?? 0,
                    modified: values.contentModificationDate?.timeIntervalSinceReferenceDate ?? 0))
        }
        return ContentFingerprint(entries: entries.sorted { $0.path < $1.path })
    }
}
