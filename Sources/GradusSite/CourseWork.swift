import GradusLessons
import GradusPages
import GradusRuns

/// What a command's stages make from a course, stage by stage. Every list is indexed like `course.lessons`.
public struct CourseWork: Sendable {
    /// The course; a build lets go of each lesson's body once its page is rendered (see `Lesson.forgetBody`).
    public internal(set) var course: Course
    /// Each lesson's runs; nil until its examples ran (or when its page came from the cache). A lesson sharing
    /// another's examples gets that lesson's runs, executed once.
    public var runs: [LessonRun?]
    /// Each lesson's page taken from the cache; the build's stage that renders the others moves these into the site
    /// and lets them go.
    public var pages: [RenderedLesson?]
    /// The lessons whose pages were rendered by this build (the others came from the cache).
    public var rendered: [Int] = []
    /// How many examples were executed (a shared example once).
    public var examplesRun = 0
    /// The files of the site or of the handouts, relative to the output folder, when they are held in memory.
    public var files: [PageFile] = []
    /// The site being written into a staging folder beside the output folder, file by file, as the files are made
    /// (instead of `files`); swapped in by the stage that writes the output.
    var staging: OutputFolder.Staging?
    /// The paths of the files written, sorted: those of `files`, or those written to the staging folder.
    public var paths: [String] { staging.map { $0.paths.sorted() } ?? files.map(\.path).sorted() }
    /// What `gradus check` found, per lesson.
    public var checks: [SiteCheck.LessonResult] = []
    /// The cache key of each lesson, once computed.
    var keys: [String] = []
    /// Lessons outside `course.lessons`, known by what the cache's index keeps of them (see `CachedCourse`); each
    /// one's identity is its cache key.
    var cached: [SiteLesson] = []
    /// In a build with a cache: the header of the cache's index, and the index the previous build wrote (nil when
    /// there was none).
    var cacheHeader: String? = nil
    var previous: CourseIndex? = nil
    /// What the site's assembly made of each lesson of `course.lessons` (by index) and, by page path, of every lesson.
    var sites: [Int: SiteLesson] = [:]
    var assembled = AssembledSite()
    /// Removals the stages started on threads of their own once nothing depends on them (the previous site, unused
    /// cache entries); the command waits for them before it returns (see `finishTidying`).
    var tidying: [Background<Void>] = []

    /// Waits for every removal the stages started.
    mutating func finishTidying() {
        for removal in tidying { removal.wait() }
        tidying = []
    }

    public init(_ course: Course) {
        self.course = course
        self.runs = Array(repeating: nil, count: course.lessons.count)
        self.pages = Array(repeating: nil, count: course.lessons.count)
    }
}
