import Foundation
import GradusLessons

/// Data files under the content folder, for lessons that read CSV. A path that leaves the folder
/// (`..`, an absolute path, a link pointing outside) is refused.
struct ContentDataFiles: DataFiles {
    let root: URL
    /// How paths are shown in diagnostics: the content folder as given.
    let shownRoot: String

    func read(_ path: String) throws(DataFileError) -> SourceFile {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
            throw DataFileError("data files must be inside the content folder, given relative to it")
        }
        let file = root.appendingPathComponent(path)
        let base = root.resolvingSymlinksInPath().standardizedFileURL.path
        let real = file.resolvingSymlinksInPath().standardizedFileURL.path
        guard real.hasPrefix(base + "/") else { throw DataFileError("the file lies outside the content folder") }
        guard let data = FileManager.default.contents(atPath: file.path) else { throw DataFileError("no such file") }
        guard let text = String(data: data, encoding: .utf8) else { throw DataFileError("the file is not UTF-8 text") }
        return SourceFile(path: (shownRoot as NSString).appendingPathComponent(path), text: text)
    }
}
