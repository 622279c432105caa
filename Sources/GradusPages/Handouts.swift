import Foundation
import GradusLessons
import GradusRuns
import GradusText

/// Self-contained handouts: one HTML file per lesson and one for the whole course, per language, with
/// the stylesheet, the math font and every figure inline, so a file can be emailed or printed offline.
public enum Handouts {
    /// `SLUG.html` for each lesson and `course.html`, under `LANG/` for languages other than the main one. The
    /// claims boxes are left out unless `claims` asks for them (then they are unfolded, for print).
    public static func render(
        _ runs: [LessonRun], course: CourseInfo, assets: SiteAssets = SiteAssets(), theme: Theme = .standard,
        claims: Bool = false
    ) throws(Diagnostics) -> [PageFile] {
        var css = Stylesheet.css + ExploreStyle.css + theme.extraCSS
        if let font = assets.mathFont {
            css = Stylesheet.fontFace(url: "data:font/otf;base64," + Data(font).base64EncodedString()) + css
        }
        css += Stylesheet.handout
        var files: [PageFile] = []
        var problems: [Diagnostic] = []
        let languages = course.languages + Set(runs.map(\.lesson.language)).subtracting(course.languages).sorted()
        for language in languages {
            let ordered = runs.filter { $0.lesson.language == language }
                .sorted { ($0.lesson.order, $0.lesson.slug) < ($1.lesson.order, $1.lesson.slug) }
            guard !ordered.isEmpty else { continue }
            let folder = course.folder(of: language)
            let words = Localization(language: language)
            let title = course.title(in: language)
            var articles: [String] = []
            for run in ordered {
                do {
                    var single = LessonPage(run)
                    single.showsClaims = claims
                    single.claimsOpen = claims
                    let alone = try single.renderWithSections().html
                    files.append(
                        PageFile(
                            path: folder + run.lesson.slug + ".html",
                            contents: document(
                                title: "\(run.lesson.title) · \(title)", language: language, css: css, theme: theme,
                                body: article(run.lesson, alone, words: words))))
                    var shared = LessonPage(run)
                    shared.idPrefix = run.lesson.slug + "-"
                    shared.showsClaims = claims
                    shared.claimsOpen = claims
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
            contents.open("nav", [.init("class", "toc"), .init("aria-label", words.lessons)])
            contents.newline()
            contents.open("ol")
            contents.newline()
            for run in ordered {
                contents.open("li")
                contents.element("a", [.init("href", "#" + run.lesson.slug)], run.lesson.title)
                contents.close("li")
                contents.newline()
            }
            contents.close("ol")
            contents.newline()
            contents.close("nav")
            contents.newline()
            contents.close("header")
            contents.newline()
            files.append(
                PageFile(
                    path: folder + "course.html",
                    contents: document(
                        title: title, language: language, css: css, theme: theme,
                        body: contents.html + articles.joined())))
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return files.sorted { $0.path < $1.path }
    }

    static func article(_ lesson: Lesson, _ body: String, words: Localization, id: String? = nil) -> String {
        var out = HTMLWriter()
        out.open("article", id.map { [.init("id", $0)] } ?? [])
        out.newline()
        Layout.heading(lesson.title, summary: lesson.summary, to: &out)
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
