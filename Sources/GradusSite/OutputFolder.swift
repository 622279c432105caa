import Foundation
import GradusLessons
import GradusPages

/// Writes a site so that the output folder is always complete: the new site is written beside it and swapped in.
struct OutputFolder {
    let url: URL

    /// Folders that the output folder may be neither equal to nor contain (the content folder).
    var protected: [URL] = []

    /// Fails after writing this many files: for tests of a build that breaks half-way.
    var failAfter: Int? = nil

    /// The path diagnostics show, when it is not `url`'s (the symbolic link the user named).
    var shownPath: String? = nil

    /// Written into every output folder: only a folder that holds it, or an empty one, is replaced as a whole.
    static let marker = PageFile(
        path: ".gradus-output",
        bytes: Array("This folder was written by gradus; the next build replaces all of it.\n".utf8))

    /// Refuses to replace a folder that is not a previous output: the content folder or one holding it, the current
    /// folder or one of its parents, or a non-empty folder without the marker (a typo in `--output` must never
    /// delete someone's files).
    /// - Parameter files: the files of the new site; a folder without the marker is taken for an earlier site only
    ///   when it holds `index.html`, `style.css` and `search-index.js` and every file in it is one of these.
    func checkReplaceable(writing files: [PageFile] = []) throws(Diagnostics) {
        let manager = FileManager.default
        let shown = shownPath ?? url.relativePath
        func refuse(_ why: String) -> Diagnostics {
            Diagnostics(SourceLocation(path: shown, line: 1, column: 1), "refusing to replace '\(shown)': \(why)")
        }
        let target = Self.canonical(url)
        func holds(_ other: URL) -> Bool {
            let path = Self.canonical(other)
            return path == target || path.hasPrefix(target == "/" ? "/" : target + "/")
        }
        for folder in protected where holds(folder) {
            throw refuse("it is or holds the content folder '\(folder.relativePath)'; choose another output folder")
        }
        if holds(URL(fileURLWithPath: manager.currentDirectoryPath)) {
            throw refuse("it is or holds the current folder; choose another output folder")
        }
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: url.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw refuse("it is a file, not a folder gradus wrote") }
        let entries = (try? manager.contentsOfDirectory(atPath: url.path)) ?? []
        guard !entries.isEmpty && !entries.contains(Self.marker.path) else { return }
        // A site from before the marker existed: the files every build writes, and nothing gradus would not write.
        let written = Set(files.map(\.path))
        let earlierSite = ["index.html", "style.css", "search-index.js"].allSatisfy(entries.contains)
        if earlierSite, let foreign = Self.firstFile(in: url, notIn: written) {
            throw refuse(
                "it has no \(Self.marker.path) and holds '\(foreign)', which gradus does not write; delete it yourself or choose another output folder"
            )
        }
        if !earlierSite {
            throw refuse(
                "it was not written by gradus (it has no \(Self.marker.path)); delete it yourself or choose another output folder"
            )
        }
    }

    /// The path (relative to `folder`) of a file or link in it that is not in `known`, if any.
    static func firstFile(in folder: URL, notIn known: Set<String>) -> String? {
        let manager = FileManager.default
        var pending = [""]
        while let relative = pending.popLast() {
            let here = relative.isEmpty ? folder : folder.appendingPathComponent(relative)
            guard let names = try? manager.contentsOfDirectory(atPath: here.path) else { return relative }
            for name in names.sorted() {
                let path = relative.isEmpty ? name : relative + "/" + name
                let full = folder.appendingPathComponent(path).path
                let attributes = try? manager.attributesOfItem(atPath: full)
                if attributes?[.type] as? FileAttributeType == .typeDirectory {
                    pending.append(path)
                } else if !known.contains(path) {
                    return path
                }
            }
        }
        return nil
    }

    /// The absolute path with symbolic links resolved and no trailing slash.
    static func canonical(_ url: URL) -> String {
        let path = url.standardizedFileURL.resolvingSymlinksInPath().path
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    func replace(with pages: [PageFile]) throws(Diagnostics) {
        // `--output link` where `link` is a symbolic link to a folder: the link stays, the folder it names is replaced.
        if (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil {
            let target = URL(fileURLWithPath: Self.canonical(url))
            guard (try? FileManager.default.destinationOfSymbolicLink(atPath: target.path)) == nil else {
                throw Diagnostics(
                    SourceLocation(path: url.relativePath, line: 1, column: 1),
                    "refusing to replace '\(url.relativePath)': it is a symbolic link that leads to no folder")
            }
            var resolved = OutputFolder(url: target, protected: protected, failAfter: failAfter)
            resolved.shownPath = url.relativePath
            return try resolved.replace(with: pages)
        }
        let files = pages + [Self.marker]
        try checkReplaceable(writing: files)
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
                SourceLocation(path: url.relativePath, line: 1, column: 1),
                "cannot write the site: \(error.localizedDescription)")
        }
    }

    /// Staging and old folders left by builds that were killed (`.NAME.new-PID`, `.NAME.old-PID`); a folder of a
    /// build that is still running (its process exists) is left to it.
    func removeLeftovers(in parent: URL, name: String) {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        let own = ProcessInfo.processInfo.processIdentifier
        for entry in entries where entry.hasPrefix(".\(name).new-") || entry.hasPrefix(".\(name).old-") {
            if let pid = Int32(entry.split(separator: "-").last ?? ""), pid != own, kill(pid, 0) == 0 || errno == EPERM
            {
                continue
            }
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
