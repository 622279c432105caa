import GradusLessons
import GradusRuns

/// What the whole course is called, from the content folder's `course.yaml`.
public struct CourseInfo: Sendable, Equatable {
    public let title: String
    public let language: String
    public init(title: String, language: String = "en") {
        self.title = title
        self.language = language
    }
}

/// A file of the generated site: a path relative to the output folder and its text.
public struct PageFile: Sendable, Equatable {
    public let path: String
    public let contents: String
}

/// Renders every page of the site from the lessons' runs.
public enum SitePages {
    /// One page per lesson, the index and the stylesheet, in a stable order; every diagnostic of every lesson.
    public static func render(_ runs: [LessonRun], course: CourseInfo) throws(Diagnostics) -> [PageFile] {
        let ordered = runs.sorted { ($0.lesson.order, $0.lesson.slug) < ($1.lesson.order, $1.lesson.slug) }
        var files: [PageFile] = []
        var problems: [Diagnostic] = []
        for (i, run) in ordered.enumerated() {
            var page = LessonPage(run)
            do {
                let body = try page.render()
                let html = Layout.lesson(
                    run.lesson, body: body, course: course,
                    previous: i > 0 ? ordered[i - 1].lesson : nil,
                    next: i + 1 < ordered.count ? ordered[i + 1].lesson : nil)
                files.append(PageFile(path: run.lesson.slug + ".html", contents: html))
            } catch {
                problems += error.all
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        files.append(PageFile(path: "index.html", contents: Layout.index(ordered.map(\.lesson), course: course)))
        files.append(PageFile(path: "style.css", contents: Stylesheet.css))
        return files.sorted { $0.path < $1.path }
    }
}
