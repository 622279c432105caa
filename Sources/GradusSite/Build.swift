import Foundation
import GradusLessons
import GradusPages
import GradusRuns

/// `gradus build`: the course, then the stages reuse cached pages → run examples → render pages → assemble site →
/// write output.
public struct SiteBuild: Sendable {
    public let content: URL
    public let output: URL
    /// Where rendered lessons are kept between builds; nil for no cache.
    public var cache: URL?
    /// How many examples and pages may be worked on at once (the output is the same for any number).
    public var jobs: Int

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
            .reuseCachedPages(cache: cache), .runExamples(jobs: jobs), .renderPages(jobs: jobs, cache: cache),
            .assembleSite(writingBeside: output), .writeOutput(to: output),
        ]
    }

    /// Builds the site from a loaded course. On any error nothing in the output folder changes.
    public func run(_ course: Course) throws(StageFailure) -> Summary {
        let work = try Pipeline(stages).run(CourseWork(course))
        let rendered = Set(work.rendered)
        let lessons = course.lessons.indices
        return Summary(
            lessons: course.lessons.count, examples: course.exampleCount, examplesRun: work.examplesRun,
            files: work.paths,
            rerun: lessons.filter { rendered.contains($0) }.map { course.lessons[$0].lesson.source.path },
            reused: lessons.filter { !rendered.contains($0) }.map { course.lessons[$0].lesson.source.path })
    }

    /// Loads the course and builds the site. On any error nothing in the output folder changes.
    public func run() throws(StageFailure) -> Summary {
        try run(Course.loading(content, jobs: jobs))
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
