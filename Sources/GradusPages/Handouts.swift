import Foundation
import GradusLessons
import GradusRuns
import GradusText

/// Self-contained handouts: one HTML file per lesson and one for the whole course, per language, with
/// the stylesheet, the math font and every figure inline, so a file can be emailed or printed offline.
public enum Handouts {
    /// `SLUG.html` for each lesson and `course.html`, under `LANG/` for languages other than the main one. The
    /// claims boxes are left out unless `claims` asks for them (then they are unfolded, for print). Exercises show
    /// room to answer; the teacher's edition (`exercises: .teacher`) is written as `SLUG.teacher.html` and
    /// `course.teacher.html`, with the answers and solutions. `layout` gives the paper and, once a printing has found
    /// them, the page each lesson starts on in the course handout (its table of contents and the links to the lesson
    /// show it) and the lesson at the top of each page (its header names it). Links are written for paper: see
    /// `PrintedLinks`.
    public static func render(
        _ runs: [LessonRun], course: CourseInfo, assets: SiteAssets = SiteAssets(), theme: Theme = .standard,
        claims: Bool = false, exercises: ExerciseMode = .student, layout: PrintLayout = PrintLayout()
    ) throws(Diagnostics) -> [PageFile] {
        let edition = exercises == .teacher ? ".teacher" : ""
        let css = stylesheet(assets: assets, theme: theme)
        var files: [PageFile] = []
        var problems: [Diagnostic] = []
        let languages = course.languages + Set(runs.map(\.lesson.language)).subtracting(course.languages).sorted()
        for language in languages {
            let ordered = inOrder(runs, language: language)
            guard !ordered.isEmpty else { continue }
            let folder = course.folder(of: language)
            let words = Localization(language: language)
            let title = course.title(in: language)
            var articles: [String] = []
            let startPages = layout.startPages[language] ?? [:]
            // The lessons of this document, which links to them reach inside it, and the page each starts on.
            let inCourse = Dictionary(
                ordered.map { ($0.lesson.slug, startPages[$0.lesson.slug]) }, uniquingKeysWith: { first, _ in first })
            for run in ordered {
                do {
                    var single = LessonPage(run)
                    single.use(course)
                    single.linksGlossary = false
                    single.showsClaims = claims
                    single.claimsOpen = claims
                    single.exercises = exercises
                    single.printedLinks = PrintedLinks()
                    let alone = try single.renderWithSections().html
                    files.append(
                        PageFile(
                            path: folder + run.lesson.slug + edition + ".html",
                            contents: document(
                                title: "\(run.lesson.title) · \(title)", language: language,
                                css: css
                                    + layout.pageCSS(
                                        course: title, lessons: [(run.lesson.slug, run.lesson.title)], words: words),
                                theme: theme,
                                body: Self.edition(exercises, words) + article(run.lesson, alone, words: words))))
                    var shared = LessonPage(run)
                    shared.use(course)
                    shared.linksGlossary = false
                    shared.idPrefix = run.lesson.slug + "-"
                    shared.showsClaims = claims
                    shared.claimsOpen = claims
                    shared.exercises = exercises
                    shared.printedLinks = PrintedLinks(lessons: inCourse, idPrefix: shared.idPrefix)
                    let body = try shared.renderWithSections().html
                    articles.append(article(run.lesson, body, words: words, id: run.lesson.slug))
                } catch {
                    problems += error.all
                }
            }
            var contents = HTMLWriter()
            contents.open("header", [.init("class", "handout")])
            contents.newline()
            contents.element("h1", title)
            contents.newline()
            course.front.write(to: &contents, words: words, main: course.language)
            if let source = course.source { source.write(to: &contents, words: words, main: course.language) }
            contents.open("nav", [.init("class", "toc"), .init("aria-label", words.lessons)])
            contents.newline()
            contents.open("ol")
            contents.newline()
            for run in ordered {
                contents.open("li")
                contents.element("a", [.init("href", "#" + run.lesson.slug)], run.lesson.title)
                if let page = startPages[run.lesson.slug] {
                    contents.element("span", [.init("class", "page")], String(page))
                }
                contents.close("li")
                contents.newline()
            }
            contents.close("ol")
            contents.newline()
            contents.close("nav")
            contents.newline()
            contents.element("p", [.init("class", "meta")], words.footer)
            contents.newline()
            contents.close("header")
            contents.newline()
            files.append(
                PageFile(
                    path: folder + "course" + edition + ".html",
                    contents: document(
                        title: title, language: language,
                        css: css
                            + layout.pageCSS(
                                course: title, lessons: ordered.map { ($0.lesson.slug, $0.lesson.title) },
                                pages: layout.running[language] ?? [], words: words),
                        theme: theme,
                        body: Self.edition(exercises, words) + contents.html + articles.joined())))
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return files.sorted { $0.path < $1.path }
    }

    /// A handout's stylesheet, with the math font inline.
    static func stylesheet(assets: SiteAssets, theme: Theme) -> String {
        var css = Stylesheet.css + Stylesheet.exercise + ExploreStyle.css + theme.extraCSS
        if let font = assets.mathFont {
            css = Stylesheet.fontFace(url: "data:font/otf;base64," + Data(font).base64EncodedString()) + css
        }
        return css + Stylesheet.handout
    }

    /// The line that marks a teacher's edition.
    static func edition(_ exercises: ExerciseMode, _ words: Localization) -> String {
        guard exercises == .teacher else { return "" }
        var out = HTMLWriter()
        out.element("p", [.init("class", "edition")], words(.teacherEdition))
        out.newline()
        return out.html
    }

    /// The runs of the lessons in `language`, in the order of the course handout.
    public static func inOrder(_ runs: [LessonRun], language: String) -> [LessonRun] {
        runs.filter { $0.lesson.language == language }
            .sorted { ($0.lesson.order, $0.lesson.slug) < ($1.lesson.order, $1.lesson.slug) }
    }

    /// A lesson as an article of a handout. The `id` (in the course handout) is its title's, which the table of
    /// contents and links go to: the PDF's destination for it is where the title is printed (the article's own box
    /// may start at the foot of the page before, when its title moves on to stay with its first lines).
    static func article(_ lesson: Lesson, _ body: String, words: Localization, id: String? = nil) -> String {
        var out = HTMLWriter()
        out.open("article")
        out.newline()
        Layout.heading(lesson.title, summary: lesson.summary, id: id, to: &out)
        out.raw(body)
        out.close("article")
        out.newline()
        return out.html
    }

    /// The handout through the theme's layout, with the stylesheet inline.
    static func document(title: String, language: String, css: String, theme: Theme, body: String) -> String {
        var style = HTMLWriter()
        style.open("style")
        style.newline()
        style.raw(css)
        style.close("style")
        style.newline()
        return theme.render(
            PageFrame(
                language: language, title: title, root: "", siteTitle: title, head: style.html, languages: "",
                navigation: "", main: body, footer: Localization(language: language).footer, handout: true))
    }
}
