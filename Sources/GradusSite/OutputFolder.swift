import Foundation
import GradusLessons
import GradusPages

/// Writes a site so that the output folder is always complete: the new site is written beside it and swapped in.
struct OutputFolder: Sendable {
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
    /// - Parameter files: the paths of the new site's files; a folder without the marker is taken for an earlier site
    ///   only when it holds `index.html`, `style.css` and `search-index.js` and every file in it is one of these
    ///   (nil: not known yet, and only the first condition is checked).
    func checkReplaceable(writing files: [String]?) throws(Diagnostics) {
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
        let earlierSite = ["index.html", "style.css", "search-index.js"].allSatisfy(entries.contains)
        if earlierSite, let files, let foreign = Self.firstFile(in: url, notIn: Set(files)) {
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

    /// Replaces the output folder with `pages`, as a whole and in one step.
    func replace(with pages: [PageFile]) throws(Diagnostics) {
        var staging = try begin()
        for page in pages { try staging.write(page) }
        try staging.commit()
    }

    /// Starts a new site beside the output folder (after refusing a folder that may not be replaced): its files are
    /// written into the staging folder as they are made, and `commit` swaps it in. Until then the output folder is
    /// untouched; a staging folder that is never committed is removed by `abandon`, or by the next build.
    func begin() throws(Diagnostics) -> Staging {
        // `--output link` where `link` is a symbolic link to a folder: the link stays, the folder it names is replaced.
        if (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil {
            let target = URL(fileURLWithPath: Self.canonical(url))
            guard (try? FileManager.default.destinationOfSymbolicLink(atPath: target.path)) == nil else {
                throw Diagnostics(
                    SourceLocation(path: url.relativePath, line: 1, column: 1),
                    "refusing to replace '\(url.relativePath)': it is a symbolic link that leads to no folder")
            }
            var resolved = OutputFolder(url: target, protected: protected, failAfter: failAfter)
            resolved.shownPath = shownPath ?? url.relativePath
            return try resolved.begin()
        }
        // The files are not known yet: an earlier site without the marker is checked again against them at the end.
        try checkReplaceable(writing: nil)
        let parent = url.deletingLastPathComponent()
        removeLeftovers(in: parent, name: url.lastPathComponent)
        var staging = Staging(
            folder: self,
            url: parent.appendingPathComponent(
                ".\(url.lastPathComponent).new-\(ProcessInfo.processInfo.processIdentifier)"))
        do {
            try? FileManager.default.removeItem(at: staging.url)
            try FileManager.default.createDirectory(at: staging.url, withIntermediateDirectories: true)
        } catch {
            throw staging.failure(error)
        }
        staging.folders.insert("")
        return staging
    }

    /// A new site being written beside the output folder.
    struct Staging: Sendable {
        let folder: OutputFolder
        let url: URL
        /// The paths written so far, in the order they were written.
        private(set) var paths: [String] = []
        /// The folders made so far, relative to `url`.
        fileprivate var folders: Set<String> = []
        /// With `stamping`, the size and modification time of every file written or kept, by path.
        var stamping = false
        private(set) var stamps: [String: FileStamp] = [:]

        /// `url.path`.
        private let root: String
        /// The staging folder and the previous site's, opened for `keep`.
        private var handles: (staging: FolderHandle?, previous: FolderHandle?) = (nil, nil)

        fileprivate init(folder: OutputFolder, url: URL) {
            self.folder = folder
            self.url = url
            self.root = url.path
        }

        /// Writes one file of the new site; on failure the staging folder is removed.
        mutating func write(_ file: PageFile) throws(Diagnostics) {
            do {
                if let failAfter = folder.failAfter, paths.count >= failAfter { throw CocoaError(.fileWriteUnknown) }
                let target = url.appendingPathComponent(file.path)
                try makeParent(of: file.path)
                try FileBytes.write(file.bytes, to: target.path)
                paths.append(file.path)
                if stamping { stamps[file.path] = FileStamp(path: target.path) }
            } catch {
                throw failure(error)
            }
        }

        private mutating func makeParent(of path: String) throws {
            let parent = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
            if !folders.contains(parent) {
                try FileManager.default.createDirectory(
                    at: url.appendingPathComponent(parent), withIntermediateDirectories: true)
                folders.insert(parent)
            }
        }

        /// Puts the files at `paths` of the folder at `previous` (the output folder a build of gradus wrote) into the new
        /// site as hard links, when each is still as `stamps` says it was written: the same size and modification
        /// time. Nothing is ever written through such a link; every file a build makes is a new one. False, and no
        /// file kept, when one of them is not (the caller then makes them again).
        ///
        /// The two folders are opened once and the files named relative to them: a build keeps thousands.
        mutating func keep(_ paths: [String], stamps expected: [FileStamp], from previous: String) -> Bool {
            if handles.previous?.path != previous { handles.previous = FolderHandle(previous) }
            if handles.staging == nil { handles.staging = FolderHandle(root) }
            guard let from = handles.previous?.descriptor, let to = handles.staging?.descriptor else { return false }
            var linked: [String] = []
            var fine = paths.count == expected.count
            for (path, stamp) in zip(paths, expected) where fine {
                fine =
                    (folder.failAfter.map { self.paths.count + linked.count < $0 } ?? true)
                    && FileStamp(path, in: from) == stamp && (try? makeParent(of: path)) != nil
                    && linkat(from, path, to, path, 0) == 0
                if fine { linked.append(path) }
            }
            guard fine else {
                for path in linked { unlinkat(to, path, 0) }
                return false
            }
            self.paths += linked
            if stamping { for (path, stamp) in zip(paths, expected) { stamps[path] = stamp } }
            return true
        }

        /// Adds the marker and puts the new site in the output folder's place in one step (see `AtomicSwap`). The
        /// previous site is then removed, on a thread of its own when the caller takes the returned removal to wait
        /// for (a build writes its cache's index meanwhile); a build killed before it is done leaves a folder that
        /// the next build removes (see `removeLeftovers`).
        @discardableResult
        mutating func commit() throws(Diagnostics) -> Background<Void>? {
            try write(OutputFolder.marker)
            do {
                try folder.checkReplaceable(writing: paths)
            } catch {
                abandon()
                throw error
            }
            let manager = FileManager.default
            let output = folder.url
            let old = output.deletingLastPathComponent().appendingPathComponent(
                ".\(output.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
            do {
                if manager.fileExists(atPath: output.path) {
                    if AtomicSwap.exchange(url.path, output.path) {
                        // The previous site is now at the staging path.
                        let previous = url
                        return Background { try? FileManager.default.removeItem(at: previous) }
                    } else {
                        try manager.moveItem(at: output, to: old)
                        do {
                            try manager.moveItem(at: url, to: output)
                        } catch {
                            try? manager.moveItem(at: old, to: output)
                            throw error
                        }
                        try? manager.removeItem(at: old)
                    }
                } else {
                    try manager.moveItem(at: url, to: output)
                }
            } catch {
                throw failure(error)
            }
            return nil
        }

        /// Removes the staging folder; the output folder stays as it was.
        func abandon() { try? FileManager.default.removeItem(at: url) }

        fileprivate func failure(_ error: any Error) -> Diagnostics {
            abandon()
            let shown = folder.shownPath ?? folder.url.relativePath
            return Diagnostics(
                SourceLocation(path: shown, line: 1, column: 1), "cannot write the site: \(error.localizedDescription)")
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

/// A folder opened to name files relative to it (`linkat`, `fstatat`), closed when no copy of its handle is left; nil
/// when it cannot be opened.
final class FolderHandle: Sendable {
    let path: String
    let descriptor: Int32

    init?(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }
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
