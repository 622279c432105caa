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

    /// The fingerprint of `folder` now; empty when the folder is missing. Read with `readdir` and `stat` (a folder of
    /// a thousand lessons in about a millisecond, so that it can be taken often); links are followed to files, not
    /// into folders.
    public static func of(_ folder: URL) -> ContentFingerprint {
        let root = folder.standardizedFileURL.path
        var entries: [Entry] = []
        var pending = [""]
        while let relative = pending.popLast() {
            guard let directory = opendir(root + relative) else { continue }
            defer { closedir(directory) }
            while let item = readdir(directory) {
                let name = withUnsafeBytes(of: item.pointee.d_name) { bytes in
                    String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let path = relative + "/" + name
                var info = stat()
                guard lstat(root + path, &info) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFDIR {
                    pending.append(path)
                    continue
                }
                if info.st_mode & S_IFMT == S_IFLNK, stat(root + path, &info) != 0 { continue }
                guard info.st_mode & S_IFMT == S_IFREG else { continue }
                entries.append(
                    Entry(
                        path: path, size: Int(info.st_size),
                        modified: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9))
            }
        }
        return ContentFingerprint(entries: entries.sorted { $0.path < $1.path })
    }
}
