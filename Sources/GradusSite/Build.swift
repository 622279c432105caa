import Foundation
import GradusLessons
import GradusPages
import GradusRuns

/// A whole build: content folder → lessons → runs → pages → output folder.
public struct SiteBuild {
    public let content: URL
    public let output: URL

    public init(content: URL, output: URL) {
        self.content = content
        self.output = output
    }

    /// What a build made.
    public struct Summary: Sendable {
        public let lessons: Int
        public let examples: Int
        public let files: [String]
    }

    /// Builds the site. On any error nothing in the output folder changes.
    public func run() throws(Diagnostics) -> Summary {
        let folder = ContentFolder(url: content)
        let course = try folder.course()
        let lessons = try parseLessons(in: folder, course: course).map(\.lesson)
        let runs = lessons.map(Executor.run)
        let files = try SitePages.render(runs, course: course, assets: Assets.load(content: content))
        try OutputFolder(url: output).replace(with: files)
        return Summary(lessons: lessons.count, examples: runs.reduce(0) { $0 + $1.runs.count }, files: files.map(\.path))
    }

    /// Every lesson file of the folder, parsed, with its file.
    func parseLessons(in folder: ContentFolder, course: CourseInfo) throws(Diagnostics) -> [(file: URL, lesson: Lesson)] {
        var lessons: [(file: URL, lesson: Lesson)] = []
        var problems: [Diagnostic] = []
        for file in try folder.lessonFiles() {
            do {
                let source = try folder.source(of: file)
                let name = LanguageTag.split(fileName: file.lastPathComponent)
                lessons.append(
                    (file, try LessonParser.parse(source, slug: name.slug, language: name.language ?? course.language)))
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
    public static func load(_ file: URL) throws(Diagnostics) -> Lesson {
        let folder = ContentFolder(url: file.deletingLastPathComponent())
        let source = try folder.source(of: file)
        let name = LanguageTag.split(fileName: file.lastPathComponent)
        return try LessonParser.parse(source, slug: name.slug, language: name.language ?? "en")
    }
}
