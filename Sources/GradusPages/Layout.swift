import GradusLessons

/// A trace offered for download: files `BASE.csv` and `BASE.json` beside the page.
struct Download {
    let example: String
    let base: String
}

/// Everything a lesson page shows besides the site's frame.
struct LessonLayout {
    let lesson: RenderedLesson
    let downloads: [Download]
    /// The lessons of the same language, in course order.
    let lessons: [RenderedLesson]
}

/// The HTML around a page's content.
enum Layout {
    static func document(
        title: String, site: SiteContext, alternates: [(language: String, href: String)], navigation: String = "", main: String
    ) -> String {
        let words = site.words
        var head = ""
        var switcher = ""
        for alternate in alternates {
            let language = HTML.escape(alternate.language)
            head += "<link rel=\"alternate\" hreflang=\"\(language)\" href=\"\(HTML.escape(alternate.href))\">\n"
            switcher += "<a lang=\"\(language)\" hreflang=\"\(language)\" href=\"\(HTML.escape(alternate.href))\">\(HTML.escape(Localization.name(of: alternate.language)))</a>"
        }
        let languages = switcher.isEmpty ? "" : "<nav class=\"languages\" aria-label=\"\(HTML.escape(words.otherLanguages))\">\(switcher)</nav>"
        return site.theme.render(
            PageFrame(
                language: site.language, title: title, root: site.root, siteTitle: site.title, head: head,
                languages: languages, navigation: navigation, main: main, footer: words.footer))
    }

    static func lesson(_ page: LessonLayout, site: SiteContext, previous: RenderedLesson?, next: RenderedLesson?) -> String {
        let lesson = page.lesson
        let words = site.words
        var main = "<article>\n<h1>\(HTML.escape(lesson.title))</h1>\n"
        if !lesson.summary.isEmpty { main += "<p class=\"summary\">\(HTML.escape(lesson.summary))</p>\n" }
        main += "<p class=\"meta\">\(HTML.escape(words.readingTime(lesson.readingMinutes)))</p>\n"
        let contents = lesson.sections.filter { $0.level == 2 }
        if contents.count >= 2 {
            main += "<nav class=\"toc\" aria-label=\"\(HTML.escape(words.contents))\">\n<p>\(HTML.escape(words.contents))</p>\n<ol>\n"
            for section in contents { main += "<li><a href=\"#\(section.id)\">\(section.html)</a></li>\n" }
            main += "</ol>\n</nav>\n"
        }
        main += lesson.body
        if !page.downloads.isEmpty {
            main += "<section class=\"downloads\">\n<h2 id=\"downloads\">\(HTML.escape(words.downloads))</h2>\n<ul>\n"
            for download in page.downloads {
                let base = HTML.escape(download.base)
                main += "<li>\(HTML.escape(download.example)): <a href=\"\(base).csv\" download>CSV</a> · <a href=\"\(base).json\" download>JSON</a></li>\n"
            }
            main += "</ul>\n"
            if let rerun = lesson.rerun {
                main += "<p>\(words.rerun(file: lesson.sourceFile, example: rerun.example, setting: rerun.setting))</p>\n"
            }
            main += "</section>\n"
        }
        main += "</article>\n"
        if previous != nil || next != nil {
            main += "<nav class=\"pager\" aria-label=\"\(HTML.escape(words.lessons))\">"
            if let previous {
                main += "<a rel=\"prev\" href=\"\(HTML.escape(previous.slug)).html\">← \(HTML.escape(previous.title))</a>"
            }
            if let next {
                main += "<a rel=\"next\" href=\"\(HTML.escape(next.slug)).html\">\(HTML.escape(next.title)) →</a>"
            }
            main += "</nav>\n"
        }
        var list = "<ol>\n"
        for other in page.lessons {
            let current = other.slug == lesson.slug ? " aria-current=\"page\"" : ""
            list += "<li><a href=\"\(HTML.escape(other.slug)).html\"\(current)>\(HTML.escape(other.title))</a></li>\n"
        }
        list += "</ol>\n"
        let label = HTML.escape(words.lessons)
        // Narrow screens have no room for the sidebar: the same list sits behind a disclosure above the
        // page instead, and the stylesheet shows one of the two.
        var navigation = "<nav class=\"course-menu\" aria-label=\"\(label)\">\n<details>\n<summary>\(label)"
        if let position = page.lessons.firstIndex(where: { $0.slug == lesson.slug }) {
            navigation += " <span class=\"position\">\(position + 1)/\(page.lessons.count)</span>"
        }
        navigation += "</summary>\n\(list)</details>\n</nav>\n"
        navigation += "<nav class=\"course\" aria-label=\"\(label)\">\n\(list)</nav>\n"
        return document(
            title: "\(lesson.title) · \(site.title)", site: site, alternates: site.alternates(of: lesson.slug),
            navigation: navigation, main: main)
    }

    static func index(_ lessons: [RenderedLesson], site: SiteContext) -> String {
        let words = site.words
        var main = "<h1>\(HTML.escape(site.title))</h1>\n<ol class=\"lessons\">\n"
        for lesson in lessons {
            main += "<li><a href=\"\(HTML.escape(lesson.slug)).html\">\(HTML.escape(lesson.title))</a>"
            main += " <span class=\"meta\">\(HTML.escape(words.readingTime(lesson.readingMinutes)))</span>"
            if !lesson.summary.isEmpty { main += "<p>\(HTML.escape(lesson.summary))</p>" }
            main += "</li>\n"
        }
        main += "</ol>\n"
        return document(title: site.title, site: site, alternates: site.alternates(of: nil), main: main)
    }
}
