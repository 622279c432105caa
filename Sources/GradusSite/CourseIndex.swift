import Foundation
import GradusLessons
import GradusPages

/// What the cache remembers of a course between builds, in `course.index` beside the entries: for each lesson file, a
/// hash of its bytes and of the files its page depends on (the lesson whose examples it may share, its data files),
/// the key its page is cached under, and what the course needs of it without parsing it (its examples' count and
/// work). A build reads and hashes the lesson files and these dependencies; a lesson whose hash is unchanged and
/// whose page is in the cache is neither parsed nor rendered (see `CachedCourse`).
struct CourseIndex: Sendable {
    struct Entry: Sendable {
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
        /// The stamp of the lesson file when it was read for the state, when that stamp can be trusted to change with
        /// the file (see `SourceStamp`); nil when not known.
        var source: SourceStamp? = nil
        /// What the other pages need of the lesson; its page's path in the site, what its files were made from and
        /// their sizes and modification times as written (nil before the site was assembled).
        var site: SiteLesson? = nil
        var page: String = ""
        var made: AssembledLesson? = nil
        var stamps: [FileStamp] = []
        /// Where the entry's bytes are in `CourseIndex.read`, while it is as read: they are written again as they are.
        var written: Range<Int>? = nil
    }

    static let fileName = "course.index"
    static let format = "gradus-course-index-5\n"

    /// The output folder (canonical path) whose files the entries' `made` and `stamps` describe.
    var output = ""

    /// The hash of what every lesson depends on: the index's format, Gradus itself, the content folder as shown and
    /// `course.yaml` (its language, glossary and titles). An index with another header is not used.
    let header: String
    var entries: [String: Entry] = [:]
    /// The files of the whole site the assembly made or kept (the languages' index pages and outlines), by path: what
    /// each was made from, and its size and modification time as written.
    var siteFiles: [String: (made: AssembledLesson, stamp: FileStamp)] = [:]
    /// The bytes of the index file the entries were read from (empty for a new index): where `Entry.written` is.
    var read: [UInt8] = []

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
        // Its size, near enough: most of it is the lessons' search lines.
        out.reserve(entries.values.reduce(4096) { $0 + ($1.written == nil ? 1024 + ($1.site?.search.count ?? 0) : 0) })
        out.raw(Self.format)
        out.strings(header, output)
        out.int(entries.count)
        // The file in pieces: runs of the entries as read, and the bytes written between them.
        var pieces: [ArraySlice<UInt8>] = []
        var run: Range<Int>? = nil
        func endRun() {
            guard let range = run else { return }
            pieces += [out.bytes[...], read[range]]
            out = CacheFields()
            run = nil
        }
        for entry in entries.values.sorted(by: { $0.name < $1.name }) {
            if let written = entry.written, written.upperBound <= read.count {
                if let range = run, range.upperBound == written.lowerBound {
                    run = range.lowerBound..<written.upperBound
                } else {
                    endRun()
                    run = written
                }
                continue
            }
            endRun()
            out.strings(entry.name, entry.state, entry.key)
            out.int(entry.lessons.count)
            for name in entry.lessons { out.string(name) }
            out.int(entry.data.count)
            for path in entry.data { out.string(path) }
            out.int(entry.ownsExamples ? 1 : 0)
            out.int(entry.examples)
            out.int(Int(bitPattern: UInt(entry.work.bitPattern)))
            if let source = entry.source {
                for number in [1, source.size, source.modified, source.changed, source.file] { out.int(number) }
            } else {
                out.int(0)
            }
            guard let site = entry.site, let made = entry.made, made.files.count == entry.stamps.count else {
                out.int(0)
                continue
            }
            out.int(1)
            let listing = site.listing
            out.strings(listing.slug, listing.language, listing.title)
            out.int(listing.order)
            out.string(listing.summary)
            out.int(listing.readingMinutes)
            out.bytes(site.search)
            out.int(site.traces.count)
            for trace in site.traces {
                out.strings(trace.example, trace.label)
                out.int(trace.csv)
                out.int(trace.json)
                out.optional(trace.hash)
            }
            out.strings(entry.page, made.inputs)
            out.int(made.files.count)
            for (file, stamp) in zip(made.files, entry.stamps) {
                out.string(file)
                out.int(stamp.size)
                out.int(stamp.modified)
            }
        }
        endRun()
        out.int(siteFiles.count)
        for (path, file) in siteFiles.sorted(by: { $0.key < $1.key }) {
            out.strings(path, file.made.inputs)
            out.int(file.stamp.size)
            out.int(file.stamp.modified)
        }
        let file = folder.appendingPathComponent(Self.fileName)
        let partial = folder.appendingPathComponent(
            Self.fileName + LessonCache.partialMark + "\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileBytes.write(pieces: pieces + [out.bytes[...]], to: partial.path)
            guard rename(partial.path, file.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: partial)
        }
    }

    /// The index in `folder` when its header is `header`; an empty one otherwise.
    static func read(from folder: URL, header: String) -> CourseIndex {
        var index = CourseIndex(header: header)
        guard let data = FileBytes.read(folder.appendingPathComponent(fileName).path) else { return index }
        var input = CacheReader(data)
        guard input.raw(format), input.string() == header, let output = input.string(),
            let entries = input.list({ input -> Entry? in
                let start = input.position
                guard let texts = input.strings(3), let lessons = input.list({ $0.string() }),
                    let data = input.list({ $0.string() }), let owns = input.int(), let examples = input.int(),
                    let work = input.int(), let stamped = input.int()
                else { return nil }
                var entry = Entry(
                    name: texts[0], lessons: lessons, data: data, state: texts[1], key: texts[2],
                    ownsExamples: owns == 1,
                    examples: examples, work: Double(bitPattern: UInt64(UInt(bitPattern: work))))
                if stamped == 1 {
                    guard let size = input.int(), let modified = input.int(), let changed = input.int(),
                        let file = input.int()
                    else { return nil }
                    entry.source = SourceStamp(size: size, modified: modified, changed: changed, file: file)
                }
                guard let assembled = input.int() else { return nil }
                guard assembled == 1 else {
                    entry.written = start..<input.position
                    return entry
                }
                guard let site = readSite(&input, key: entry.key), let made = input.strings(2),
                    let files = input.list({ input -> (String, FileStamp)? in
                        guard let path = input.string(), let size = input.int(), let modified = input.int() else {
                            return nil
                        }
                        return (path, FileStamp(size: size, modified: modified))
                    })
                else { return nil }
                entry.site = site
                entry.page = made[0]
                entry.made = AssembledLesson(inputs: made[1], files: files.map(\.0))
                entry.stamps = files.map(\.1)
                entry.written = start..<input.position
                return entry
            }),
            let siteFiles = input.list({ input -> (String, AssembledLesson, FileStamp)? in
                guard let texts = input.strings(2), let size = input.int(), let modified = input.int() else {
                    return nil
                }
                return (
                    texts[0], AssembledLesson(inputs: texts[1], files: [texts[0]]),
                    FileStamp(size: size, modified: modified)
                )
            }), input.isAtEnd
        else { return index }
        for (path, made, stamp) in siteFiles { index.siteFiles[path] = (made, stamp) }
        index.output = output
        index.entries.reserveCapacity(entries.count)
        for entry in entries { index.entries[entry.name] = entry }
        index.read = data
        return index
    }
}

extension CourseIndex {
    static func readSite(_ input: inout CacheReader, key: String) -> SiteLesson? {
        guard let texts = input.strings(3), let order = input.int(), let summary = input.string(),
            let minutes = input.int(), let search = input.bytes(),
            let traces = input.list({ input -> TraceMark? in
                guard let names = input.strings(2), let csv = input.int(), let json = input.int(),
                    let hash = input.optional()
                else { return nil }
                return TraceMark(example: names[0], label: names[1], csv: csv, json: json, hash: hash)
            })
        else { return nil }
        let listing = LessonListing(
            slug: texts[0], language: texts[1], title: texts[2], order: order, summary: summary, readingMinutes: minutes
        )
        return SiteLesson(listing: listing, search: search, traces: traces, identity: key)
    }

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

/// A lesson file's size, modification and change times (in nanoseconds) and inode, as a build found them before
/// reading it. A later build takes the file as unchanged, without reading it, while all four are the same. The change
/// time cannot be set by any tool (copying a file's dates keeps its modification time, not this), and a stamp is only
/// kept when the file's last change is older than a second before the build began looking: a change within the same
/// tick of the file system's clock, after the file was read, then still shows as a later change time.
struct SourceStamp: Sendable, Equatable {
    let size: Int
    let modified: Int
    let changed: Int
    let file: Int

    init(size: Int, modified: Int, changed: Int, file: Int) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.file = file
    }

    /// The stamp of the regular file at `path` now; nil when there is none.
    init?(path: String) { self.init(path, in: AT_FDCWD) }

    /// The stamp of the regular file at `path`, relative to the open folder `folder`.
    init?(_ path: String, in folder: Int32) {
        var info = stat()
        guard fstatat(folder, path, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == S_IFREG else {
            return nil
        }
        size = Int(info.st_size)
        modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        changed = Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec)
        file = Int(bitPattern: UInt(info.st_ino))
    }

    /// The wall clock now, in nanoseconds since 1970 (the file system's times are on the same clock).
    static var now: Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
    }

    /// Whether a later build may trust the stamp: the file was last changed more than a second before `started`.
    func isSettled(before started: Int) -> Bool { changed < started - 1_000_000_000 }
}

/// A file's size and modification time (in nanoseconds) as a build wrote it: a later build keeps the file only while
/// both are unchanged, so a file changed by anyone else is made again.
struct FileStamp: Sendable, Equatable {
    let size: Int
    let modified: Int

    init(size: Int, modified: Int) {
        self.size = size
        self.modified = modified
    }

    /// The stamp of the file at `path` now; nil when there is no regular file there.
    init?(path: String) { self.init(path, in: AT_FDCWD) }

    /// The stamp of the file at `path`, relative to the open folder `folder`.
    init?(_ path: String, in folder: Int32) {
        guard let stamp = SourceStamp(path, in: folder) else { return nil }
        self.init(size: stamp.size, modified: stamp.modified)
    }
}
