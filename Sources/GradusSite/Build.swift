import Foundation
import GradusLessons
import GradusPages
import GradusRuns

/// `gradus build`: the course, then the stages reuse cached pages → run examples → render pages (and put them into
/// the site, written into a staging folder) → write output.
public struct SiteBuild: Sendable {
    public let content: URL
    public let output: URL
    /// Where rendered lessons are kept between builds; nil for no cache.
    public var cache: URL?
    /// How many examples and pages may be worked on at once (the output is the same for any number).
    public var jobs: Int
    /// The folder the previous build with this cache wrote, when it is not `output`: its unchanged files are kept.
    public var keeping: URL? = nil

    public init(content: URL, output: URL, cache: URL? = nil, jobs: Int = 1) {
        self.content = content
        self.output = output
        self.cache = cache
        self.jobs = max(1, jobs)
    }

    /// The cache folder a build of `output` uses by default: `.gradus-cache` beside it.
    public static func defaultCache(for output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".gradus-cache")
    }

    /// What a build made.
    public struct Summary: Sendable {
        public let lessons: Int
        /// The examples the course runs: those of every lesson that declares its own (a shared example counts once).
        public let examples: Int
        /// The examples executed by this build (none for lessons taken from the cache).
        public let examplesRun: Int
        public let files: [String]
        /// The lesson files whose examples were run and pages rendered in this build.
        public let rerun: [String]
        /// The lesson files taken from the cache.
        public let reused: [String]
    }

    /// The stages of a build, in order.
    public var stages: [Stage<CourseWork>] {
        [
            .reuseCachedPages(cache: cache), .runExamples(jobs: jobs),
            .renderSite(writingBeside: output, jobs: jobs, cache: cache, keeping: keeping), .writeOutput(to: output),
        ]
    }

    /// Builds the site from a loaded course. On any error nothing in the output folder changes.
    public func run(_ course: consuming Course) throws(StageFailure) -> Summary {
        try run(course, reused: [], previous: nil, sources: [:])
    }

    /// Builds the site from the lessons of `course` and the lessons `reused` from the cache, keeping what it can of
    /// the site the `previous` index describes; then, with a cache, writes its new index (see `CourseIndex`).
    /// The course is consumed: the stages let go of each lesson's body once its page is made. `sources` are the
    /// lesson files' stamps the new index keeps.
    func run(
        _ course: consuming Course, reused: [CachedCourse.Reused], previous: CourseIndex?,
        sources: [String: SourceStamp]
    ) throws(StageFailure) -> Summary {
        var work = CourseWork(course)
        work.cached = reused.map(\.site)
        work.cacheHeader = cache == nil ? nil : previous?.header ?? CourseIndex.header(content: content)
        work.previous = previous
        defer { work.finishTidying() }
        try Pipeline(stages).run(&work)
        if let cache, let header = work.cacheHeader {
            index(of: work, reused: reused, header: header, sources: sources).write(to: cache)
        }
        let course = work.course
        let rendered = Set(work.rendered.map { course.lessons[$0].file.lastPathComponent })
        let folder = ContentFolder(url: course.content)
        let names = (course.lessons.map(\.file.lastPathComponent) + reused.map(\.name)).sorted()
        return Summary(
            lessons: names.count, examples: course.exampleCount + reused.reduce(0) { $0 + $1.entry.examples },
            examplesRun: work.examplesRun, files: work.paths,
            rerun: folder.displayPaths(ofLessons: names.filter { rendered.contains($0) }),
            reused: folder.displayPaths(ofLessons: names.filter { !rendered.contains($0) }))
    }

    /// The cache's index after a build: every lesson's entry with what the site's assembly made of it, and the stamps
    /// of the files as written.
    func index(of work: CourseWork, reused: [CachedCourse.Reused], header: String, sources: [String: SourceStamp])
        -> CourseIndex
    {
        var index = CourseIndex(header: header)
        index.output = OutputFolder.canonical(output)
        index.read = work.previous?.read ?? []
        let info = work.course.info
        let stamps = work.staging?.stamps ?? [:]
        index.entries.reserveCapacity(reused.count + work.course.lessons.count)
        // A lesson taken from the previous index whose stamp, files and their stamps are unchanged keeps its entry
        // as it was read, and its bytes (see `Entry.written`).
        for lesson in reused {
            var entry = lesson.entry
            let source = sources[entry.name]
            if let made = entry.made, entry.written != nil, source == entry.source,
                work.assembled.lessons[entry.page] == made,
                made.files.map({ stamps[$0] }) == entry.stamps
            {
                index.entries[entry.name] = entry
                continue
            }
            entry.written = nil
            complete(&entry, site: lesson.site, source: source)
        }
        for (offset, entry) in CourseIndex.entries(of: work.course.lessons, keys: work.keys).enumerated() {
            guard let site = work.sites[offset] else { continue }
            var entry = entry
            complete(&entry, site: site, source: sources[entry.name])
        }
        for (path, made) in work.assembled.siteFiles {
            if let stamp = stamps[path] { index.siteFiles[path] = (made, stamp) }
        }
        /// The entry with what the site's assembly made of its lesson.
        func complete(_ entry: inout CourseIndex.Entry, site: SiteLesson, source: SourceStamp?) {
            entry.site = site
            entry.source = source
            entry.page = info.folder(of: site.listing.language) + site.listing.slug + ".html"
            entry.made = work.assembled.lessons[entry.page]
            entry.stamps = (entry.made?.files ?? []).compactMap { stamps[$0] }
            index.entries[entry.name] = entry
        }
        return index
    }

    /// Loads the course and builds the site. On any error nothing in the output folder changes. With a cache, only
    /// the lessons that changed since the cache was written are parsed (see `CachedCourse`), and only their pages
    /// and those around them are made again.
    public func run() throws(StageFailure) -> Summary {
        if let cache, let loaded = CachedCourse.load(content: content, cache: cache) {
            do {
                return try run(
                    loaded.course, reused: loaded.reused, previous: loaded.index, sources: loaded.sources)
            } catch  where error.diagnostics.all.contains(where: { $0.message == LessonCache.unreadable }) {
                // An entry the index counted on is damaged: build as if the cache had no index.
            }
        }
        return try run(Course.loading(content, jobs: jobs))
    }
}

extension Course {
    /// `load(content:)` as the first stage of a command: its failure names the stage "load content".
    public static func loading(_ content: URL, jobs: Int = 1) throws(StageFailure) -> Course {
        do {
            return try load(content: content, jobs: jobs)
        } catch {
            throw StageFailure(stage: "load content", diagnostics: error)
        }
    }
}

extension SiteBuild {
    /// Whether `url` is a folder (the CLI checks `--content` before starting a long-running command).
    public static func isFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
