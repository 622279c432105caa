import Foundation
import GradusLessons
import GradusRuns

/// Self-contained handouts: one HTML file per lesson and one for the whole course, per language, with
/// the stylesheet, the math font and every figure inline, so a file can be emailed or printed offline.
public enum Handouts {
    /// `SLUG.html` for each lesson and `course.html`, under `LANG/` for languages other than the main one.
    public static func render(
        _ runs: [LessonRun], course: CourseInfo, assets: SiteAssets = SiteAssets(), theme: Theme = .standard
    ) throws(Diagnostics) -> [PageFile] {
        var css = Stylesheet.css + theme.extraCSS
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
                    let alone = try single.renderWithSections().html
                    files.append(
                        PageFile(
                            path: folder + run.lesson.slug + ".html",
                            contents: document(title: "\(run.lesson.title) · \(title)", language: language, css: css,
                                body: article(run.lesson, alone, words: words))))
                    var shared = LessonPage(run)
                    shared.idPrefix = run.lesson.slug + "-"
                    let body = try shared.renderWithSections().html
                    articles.append(article(run.lesson, body, words: words, id: run.lesson.slug))
                } catch {
                    problems += error.all
                }
            }
            var contents = "<header class=\"handout\">\n<h1>\(HTML.escape(title))</h1>\n<nav class=\"toc\" aria-label=\"\(HTML.escape(words.lessons))\">\n<ol>\n"
            for run in ordered {
                contents += "<li><a href=\"#\(HTML.escape(run.lesson.slug))\">\(HTML.escape(run.lesson.title))</a></li>\n"
            }
            contents += "</ol>\n</nav>\n</header>\n"
            files.append(
                PageFile(
                    path: folder + "course.html",
                    contents: document(title: title, language: language, css: css, body: contents + articles.joined())))
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return files.sorted { $0.path < $1.path }
    }

    static func article(_ lesson: Lesson, _ body: String, words: Localization, id: String? = nil) -> String {
        var out = "<article" + (id.map { " id=\"\(HTML.escape($0))\"" } ?? "") + ">\n<h1>\(HTML.escape(lesson.title))</h1>\n"
        if !lesson.summary.isEmpty { out += "<p class=\"summary\">\(HTML.escape(lesson.summary))</p>\n" }
        return out + body + "</article>\n"
    }

    static func document(title: String, language: String, css: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(HTML.escape(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>\(HTML.escape(title))</title>
        <style>
        \(css)</style>
        </head>
        <body class="handout">
        <main>
        \(body)</main>
        <footer class="site"><p>\(HTML.escape(Localization(language: language).footer))</p></footer>
        </body>
        </html>

        """
    }
}
