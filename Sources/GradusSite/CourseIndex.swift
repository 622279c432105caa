import Foundation
import GradusLessons
import GradusPages

/// What the cache remembers of a course between builds, in `course.index` beside the entries: for each lesson file, a
/// hash of its bytes and of the files its page depends on (the lesson whose examples it may share, its data files),
/// the key its page is cached under, and what the course needs of it without parsing it (its examples' count and
/// work). A build reads and hashes the lesson files and these dependencies; a lesson whose hash is unchanged and
/// whose page is in the cache is neither parsed nor rendered (see `CachedCourse`).
struct CourseIndex: Sendable {
    struct Entry: Sendable, Equatable {
        /// The lesson's file name in the content folder.
        let name: String
        /// The lesson files (by name) and the data files (relative to the content folder) its page depends on.
        let lessons: [String]
        let data: [String]
        /// The hash of the lesson's text and of its dependencies' (see `CourseIndex.state`).
        let state: String
        /// The key its page is cached under.
        let key: String
        /// Whether it declares its examples (rather than sharing another lesson's), how many and their work.
        let ownsExamples: Bool
        let examples: Int
        let work: Double
    }

    static let fileName = "course.index"
    static let format = "gradus-course-index-1\n"

    /// The hash of what every lesson depends on: the index's format, Gradus itself, the content folder as shown and
    /// `course.yaml` (its language, glossary and titles). An index with another header is not used.
    let header: String
    var entries: [String: Entry] = [:]

    static func header(content: URL) -> String {
        var hash = StableHash()
        hash.add(format)
        hash.add(LessonCache.toolIdentity)
        hash.add(content.relativePath)
        let courseFile = FileManager.default.contents(atPath: content.appendingPathComponent("course.yaml").path)
        hash.add(courseFile.map { "course.yaml\n" + String(decoding: $0, as: UTF8.self) } ?? "no course.yaml")
        return hash.hex
    }

    /// The hash of a lesson's text and its dependencies' texts (nil: the file is missing, is no lesson of the
    /// course, or cannot be read).
    static func state(name: String, text: String, lessons: [(String, String?)], data: [(String, String?)]) -> String {
        var hash = StableHash()
        hash.add(name)
        hash.add(text)
        for (kind, files) in [("lesson", lessons), ("data", data)] {
            for (path, text) in files {
                hash.add(kind)
                hash.add(path)
                hash.add(text.map { "+" + $0 } ?? "-")
            }
        }
        return hash.hex
    }

    // MARK: - Reading and writing

    func write(to folder: URL) {
        var out = CacheFields()
        out.raw(Self.format)
        out.string(header)
        out.int(entries.count)
        for entry in entries.values.sorted(by: { $0.name < $1.name }) {
            out.strings(entry.name, entry.state, entry.key)
            out.int(entry.lessons.count)
            for name in entry.lessons { out.string(name) }
            out.int(entry.data.count)
            for path in entry.data { out.string(path) }
            out.int(entry.ownsExamples ? 1 : 0)
            out.int(entry.examples)
            out.int(Int(bitPattern: UInt(entry.work.bitPattern)))
        }
        let file = folder.appendingPathComponent(Self.fileName)
        let partial = folder.appendingPathComponent(
            Self.fileName + LessonCache.partialMark + "\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(out.bytes).write(to: partial)
            guard rename(partial.path, file.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: partial)
        }
    }

    /// The index in `folder` when its header is `header`; an empty one otherwise.
    static func read(from folder: URL, header: String) -> CourseIndex {
        var index = CourseIndex(header: header)
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else {
            return index
        }
        var input = CacheReader([UInt8](data))
        guard input.raw(format), input.string() == header,
            let entries = input.list({ input -> Entry? in
                guard let texts = input.strings(3), let lessons = input.list({ $0.string() }),
                    let data = input.list({ $0.string() }), let owns = input.int(), let examples = input.int(),
                    let work = input.int()
                else { return nil }
                return Entry(
                    name: texts[0], lessons: lessons, data: data, state: texts[1], key: texts[2],
                    ownsExamples: owns == 1,
                    examples: examples, work: Double(bitPattern: UInt64(UInt(bitPattern: work))))
            }), input.isAtEnd
        else { return index }
        for entry in entries { index.entries[entry.name] = entry }
        return index
    }
}

extension CourseIndex {
    /// The entries of `lessons`, keyed as `keys` says, from the texts they were parsed from.
    static func entries(of lessons: [CourseLesson], keys: [String]) -> [Entry] {
        let byName = Dictionary(lessons.map { ($0.file.lastPathComponent, $0) }, uniquingKeysWith: { a, _ in a })
        return zip(lessons, keys).map { lesson, key in
            let name = lesson.file.lastPathComponent
            let lessonDependencies = Self.lessonDependencies(
                name: name, twin: lesson.twin.map { lessons[$0].file.lastPathComponent })
            // A lesson sharing another's examples reads that lesson's data files: they are its examples'.
            let dataPaths = lesson.lesson.dataFiles
            let texts = Dictionary(
                zip(dataPaths, lesson.dataFiles).map { ($0, $1.text) }, uniquingKeysWith: { a, _ in a })
            // Every data file was read when the lesson was parsed; if one was not, the entry never matches.
            let state =
                texts.count != dataPaths.count
                ? ""
                : Self.state(
                    name: name, text: lesson.lesson.source.text,
                    lessons: lessonDependencies.map { ($0, byName[$0]?.lesson.source.text) },
                    data: dataPaths.map { ($0, texts[$0]) })
            let owns = lesson.twin == nil
            return Entry(
                name: name, lessons: lessonDependencies, data: dataPaths, state: state, key: key, ownsExamples: owns,
                examples: owns ? lesson.lesson.examples.count : 0, work: work(of: lesson))
        }
    }

    /// The work of the examples a lesson runs for itself, its explore blocks' included; none when it shares them.
    static func work(of lesson: CourseLesson) -> Double {
        guard lesson.twin == nil else { return 0 }
        return (lesson.lesson.examples + lesson.lesson.exploreVariants.values).reduce(0) { $0 + $1.work }
    }

    /// The lesson files whose text decides which examples a lesson has: the one it shares them with, and for a
    /// translation `NAME.LANG.md` its twin `NAME.md` (which it shares them with when that declares examples).
    static func lessonDependencies(name: String, twin: String?) -> [String] {
        var names = twin.map { [$0] } ?? []
        let split = LanguageTag.split(fileName: name)
        if split.language != nil, !names.contains(split.slug + ".md") { names.append(split.slug + ".md") }
        return names
    }
}
