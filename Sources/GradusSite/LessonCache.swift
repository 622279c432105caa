import Foundation
import GradusLessons
import GradusPages

/// Rendered lessons kept between builds, keyed by a hash of everything a lesson's page depends on:
/// its source, the data files it reads, its language, and Gradus itself (the executable, which holds
/// the theme); for a lesson sharing another's examples, also that lesson's source (its data files are the ones
/// the shared examples read). A lesson whose key is found is not run again.
struct LessonCache {
    /// Nil when caching is off.
    let folder: URL?

    /// Bumped when the cached format changes.
    static let format = "gradus-lesson-cache-3"

    func key(for lesson: CourseLesson, in course: Course) -> String {
        key(
            for: lesson.lesson, dataFiles: lesson.dataFiles, course: course.info,
            sharing: lesson.twin.map { course.lessons[$0].lesson.source })
    }

    func key(for lesson: Lesson, dataFiles: [SourceFile], course: CourseInfo, sharing twin: SourceFile? = nil) -> String
    {
        var hash = StableHash()
        hash.add(Self.format)
        hash.add(Self.toolIdentity)
        hash.add(course.language)
        hash.add(lesson.language)
        hash.add(lesson.slug)
        // The page shows the lesson file's path (`content/NAME.md`), which names the content folder.
        hash.add(lesson.source.path)
        hash.add(lesson.source.text)
        if let twin {
            hash.add("examples of")
            hash.add(twin.path)
            hash.add(twin.text)
        }
        for file in dataFiles {
            hash.add(file.path)
            hash.add(file.text)
        }
        // The glossary's terms and definitions are written into the page.
        for entry in course.glossary {
            hash.add(entry.term)
            hash.add(entry.chinese ?? "")
            for (language, definition) in entry.definitions.sorted(by: { $0.key < $1.key }) {
                hash.add(language)
                hash.add(definition)
            }
        }
        return hash.hex
    }

    /// The message of a build that found an entry unreadable after choosing to use it: the build is made again
    /// without the cache's index.
    static let unreadable = "a cache entry could not be read"

    /// Whether the entry `key` is in the cache at `folderPath` (`folder.path`).
    static func has(_ key: String, in folderPath: String) -> Bool {
        access(folderPath + "/" + key + "." + fileExtension, F_OK) == 0
    }

    /// The entries' file extension.
    static let fileExtension = "lesson"

    func load(_ key: String) -> RenderedLesson? {
        guard let folder,
            let data = FileManager.default.contents(
                atPath: folder.appendingPathComponent(key + "." + Self.fileExtension).path)
        else { return nil }
        return RenderedLesson(cacheBytes: [UInt8](data))
    }

    func store(_ lesson: RenderedLesson, as key: String) {
        guard let folder else { return }
        let data = Data(lesson.cacheBytes)
        let manager = FileManager.default
        try? manager.createDirectory(at: folder, withIntermediateDirectories: true)
        // Written beside and renamed into place; a write that fails (a full disk) leaves nothing behind, so the next
        // build neither reads half an entry nor finds the disk still full of it.
        let partial = folder.appendingPathComponent(
            key + "." + Self.fileExtension + Self.partialMark + "\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try data.write(to: partial)
            guard rename(partial.path, folder.appendingPathComponent(key + "." + Self.fileExtension).path) == 0 else {
                throw CocoaError(.fileWriteUnknown)
            }
        } catch {
            try? manager.removeItem(at: partial)
        }
    }

    /// Marks a file being written (followed by the writer's process id).
    static let partialMark = ".partial-"

    /// Removes the entries that no lesson of this build uses, and partial ones left by a build that was killed: the
    /// cache holds at most one entry per lesson. Only files whose names the cache gives are touched.
    func prune(keeping keys: Set<String>) {
        guard let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where Self.isEntryName(name) && !keys.contains(String(name.prefix { $0 != "." })) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// `HEX-HEX.lesson`, or such a name followed by `partialMark` and a process id; also `HEX-HEX.json`, the entries
    /// of the earlier JSON format, so that a build prunes them.
    static func isEntryName(_ name: String) -> Bool {
        // On bytes: a cache folder holds an entry per lesson, and every build that adds one looks at all names.
        let bytes = Array(name.utf8)
        guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")), let dash = bytes.firstIndex(of: UInt8(ascii: "-")),
            dash > 0, dash + 1 < dot
        else { return false }
        func isHex(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        }
        guard bytes[..<dash].allSatisfy(isHex), bytes[(dash + 1)..<dot].allSatisfy(isHex) else { return false }
        let suffix = String(decoding: bytes[(dot + 1)...], as: UTF8.self)
        return [fileExtension, "json"].contains { suffix == $0 || suffix.hasPrefix($0 + partialMark) }
    }

    /// The running executable's path, size and modification time: a new build of Gradus changes it.
    static let toolIdentity: String = {
        let path = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path)|\(size)|\(modified)"
    }()
}
