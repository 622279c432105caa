import Foundation
import GradusLessons
import GradusPages
import GradusRuns

/// A whole build: content folder → lessons → runs → pages → output folder.
public struct SiteBuild {
    public let content: URL
    public let output: URL
    /// Where rendered lessons are kept between builds; nil for no cache.
    public var cache: URL?
    /// How many lessons may run at once (the output is the same for any number).
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
        public let examples: Int
        public let files: [String]
        /// The lesson files whose examples were run and pages rendered in this build.
        public let rerun: [String]
        /// The lesson files taken from the cache.
        public let reused: [String]
    }

    /// Builds the site. On any error nothing in the output folder changes.
    public func run() throws(Diagnostics) -> Summary {
        let folder = ContentFolder(url: content)
        let course = try folder.course()
        let theme = try ThemeFolder.load(content: content)
        let lessons = try parseLessons(in: folder, course: course).map(\.lesson)
        let store = LessonCache(folder: cache)
        let data = ContentDataFiles(root: folder.url, shownRoot: folder.url.relativePath)
        var keys: [String] = []
        var rendered: [RenderedLesson?] = []
        for lesson in lessons {
            var files: [SourceFile] = []
            for path in lesson.dataFiles {
                if let file = try? data.read(path) { files.append(file) }
            }
            let key = store.key(for: lesson, dataFiles: files, course: course)
            keys.append(key)
            rendered.append(store.load(key))
        }
        let missing = rendered.indices.filter { rendered[$0] == nil }
        let results = Parallel.map(missing.map { lessons[$0] }, jobs: jobs) { lesson in
            Result { () throws(Diagnostics) -> RenderedLesson in try SitePages.renderLesson(Executor.run(lesson)) }
        }
        var problems: [Diagnostic] = []
        for (index, result) in zip(missing, results) {
            switch result {
            case .success(let lesson):
                rendered[index] = lesson
                store.store(lesson, as: keys[index])
            case .failure(let error): problems += error.all
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        let files = SitePages.assemble(
            rendered.compactMap { $0 }, course: course, assets: Assets.load(content: content), theme: theme)
        try OutputFolder(url: output, protected: [content]).replace(with: files)
        let missingSet = Set(missing)
        return Summary(
            lessons: lessons.count, examples: lessons.reduce(0) { $0 + $1.examples.count }, files: files.map(\.path),
            rerun: lessons.indices.filter { missingSet.contains($0) }.map { lessons[$0].source.path },
            reused: lessons.indices.filter { !missingSet.contains($0) }.map { lessons[$0].source.path })
    }

    /// Every lesson file of the folder, parsed, with its file.
    func parseLessons(in folder: ContentFolder, course: CourseInfo) throws(Diagnostics) -> [(file: URL, lesson: Lesson)] {
        var lessons: [(file: URL, lesson: Lesson)] = []
        var problems: [Diagnostic] = []
        for file in try folder.lessonFiles() {
            do {
                let source = try folder.source(of: file)
                let name = LanguageTag.split(fileName: file.lastPathComponent)
                let data = ContentDataFiles(root: folder.url, shownRoot: folder.url.relativePath)
                lessons.append(
                    (file, try LessonParser.parse(
                        source, slug: name.slug, language: name.language ?? course.language, dataFiles: data)))
            } catch {
                problems += error.all
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return lessons
    }
}

/// Loads one lesson file for `gradus run`.
public enum LessonFile {
    /// Reads and parses one lesson file; `overrides` change example settings first (`gradus run --set`).
    public static func load(_ file: URL, overrides: ExampleOverrides = .none) throws(Diagnostics) -> Lesson {
        let folder = ContentFolder(url: file.deletingLastPathComponent())
        let source = try folder.source(of: file)
        let name = LanguageTag.split(fileName: file.lastPathComponent)
        return try LessonParser.parse(
            source, slug: name.slug, language: name.language ?? "en",
            dataFiles: ContentDataFiles(root: folder.url, shownRoot: folder.url.relativePath), overrides: overrides)
    }
}

extension SiteBuild {
    /// Whether `url` is a folder (the CLI checks `--content` before starting a long-running command).
    public static func isFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
