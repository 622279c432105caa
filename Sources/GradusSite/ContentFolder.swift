import Foundation
import GradusLessons
import GradusPages

/// Reads a content folder: `course.yaml` (optional) and the lesson files `*.md` at its top level.
struct ContentFolder: Sendable {
    let url: URL
    /// The folder's real path (symbolic links resolved), found once for every file read.
    let realPath: String
    /// The folder's path as given, standardized, with a slash; and as diagnostics show it (found once: a course may
    /// have thousands of files).
    private let root: String
    private let shownRoot: String

    init(url: URL) {
        self.url = url
        realPath = url.resolvingSymlinksInPath().standardizedFileURL.path
        root = url.standardizedFileURL.path + "/"
        shownRoot = url.relativePath
    }

    /// The lesson files, sorted by name so every build reads them in the same order.
    func lessonFiles() throws(Diagnostics) -> [URL] {
        try lessonNames().map { url.appendingPathComponent($0) }
    }

    /// The lesson files' names, sorted.
    func lessonNames() throws(Diagnostics) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw Diagnostics(
                SourceLocation(path: url.relativePath, line: 1, column: 1),
                "content folder '\(url.relativePath)' does not exist")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            throw Diagnostics(
                SourceLocation(path: url.relativePath, line: 1, column: 1), "cannot read the content folder")
        }
        let lessons = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
        for name in lessons where !Self.isSafeFileName(name) {
            throw Diagnostics(
                SourceLocation(path: displayPath(url.appendingPathComponent(name)), line: 1, column: 1),
                "a lesson file name may hold only letters, digits, '-', '_' and '.' (it becomes the page's address); rename the file"
            )
        }
        return lessons
    }

    /// The text of the lesson file `name` (a name `lessonNames` gave), as `source(of:)` reads it, without resolving
    /// paths when the file is a regular file of the folder (not a link); nil when it cannot be read. `folderPath` is
    /// `url.path`.
    func text(ofLesson name: String, in folderPath: String) -> String? {
        let path = folderPath + "/" + name
        var info = stat()
        guard lstat(path, &info) == 0, Int(info.st_size) <= WorkLimits.lessonBytes else { return nil }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return try? source(of: url.appendingPathComponent(name)).text
        }
        return FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
    }

    /// `displayPath` of the lesson files `names`.
    func displayPaths(ofLessons names: [String]) -> [String] {
        let shown = shownRoot as NSString
        return names.map { shown.appendingPathComponent($0) }
    }

    /// Letters, digits, `-`, `_` and `.`: a name that is a safe relative address as it stands (no `:` to make a
    /// scheme such as `javascript:`, no `/`, `?`, `#`, quotes or spaces).
    static func isSafeFileName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.hasPrefix("-")
            && name.unicodeScalars.allSatisfy { scalar in
                scalar == "-" || scalar == "_" || scalar == "." || scalar.properties.isAlphabetic
                    || scalar.properties.numericType == .decimal
            }
    }

    /// Reads a lesson file, refusing one whose real location is outside the content folder.
    func source(of file: URL) throws(Diagnostics) -> SourceFile {
        let full = file.standardizedFileURL.path
        let shown = displayPath(standardized: full, name: file.lastPathComponent)
        // A file listed in the folder itself and not a symbolic link is inside it; any other is resolved first.
        let listedHere =
            full.hasPrefix(root) && !full.dropFirst(root.count).contains("/") && !Self.isSymbolicLink(file.path)
        guard listedHere || file.resolvingSymlinksInPath().standardizedFileURL.path.hasPrefix(realPath + "/") else {
            throw Diagnostics(
                SourceLocation(path: shown, line: 1, column: 1), "the lesson file is outside the content folder")
        }
        // Its size is looked at before it is read: a lesson is kept in memory, with an index of its lines.
        var status = stat()
        if stat(file.path, &status) == 0, Int(status.st_size) > WorkLimits.lessonBytes {
            throw Diagnostics(
                SourceLocation(path: shown, line: 1, column: 1),
                "the lesson file holds \(status.st_size) bytes, more than a lesson file may hold "
                    + "(\(WorkLimits.lessonBytes >> 20) MB)")
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw Diagnostics(SourceLocation(path: shown, line: 1, column: 1), "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostics(SourceLocation(path: shown, line: 1, column: 1), "the file is not UTF-8 text")
        }
        return SourceFile(path: shown, text: text)
    }

    /// Whether `path` is a symbolic link (not followed); false when it cannot be read.
    static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }

    /// The path as diagnostics print it: the content folder as given, then the path inside it.
    func displayPath(_ file: URL) -> String {
        displayPath(standardized: file.standardizedFileURL.path, name: file.lastPathComponent)
    }

    /// `displayPath` of the file whose standardized path is `full` and whose name is `name`.
    private func displayPath(standardized full: String, name: String) -> String {
        let inside = full.hasPrefix(root) ? String(full.dropFirst(root.count)) : name
        return (shownRoot as NSString).appendingPathComponent(inside)
    }

    /// The course's title and language, from `course.yaml` when there is one.
    func course() throws(Diagnostics) -> CourseInfo {
        let file = url.appendingPathComponent("course.yaml")
        guard FileManager.default.fileExists(atPath: file.path) else { return CourseInfo(title: "Gradus course") }
        let source = try self.source(of: file)
        return try CourseFile.parse(source)
    }
}
