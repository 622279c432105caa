import GradusLessons

/// The HTML around a page's content.
enum Layout {
    static func document(title: String, site: SiteContext, alternates: [(language: String, href: String)], main: String) -> String {
        let words = site.words
        var head = ""
        var switcher = ""
        for alternate in alternates {
            let language = HTML.escape(alternate.language)
            head += "<link rel=\"alternate\" hreflang=\"\(language)\" href=\"\(HTML.escape(alternate.href))\">\n"
            switcher += "<a lang=\"\(language)\" hreflang=\"\(language)\" href=\"\(HTML.escape(alternate.href))\">\(HTML.escape(Localization.name(of: alternate.language)))</a>"
        }
        let nav = switcher.isEmpty ? "" : "<nav class=\"languages\" aria-label=\"\(HTML.escape(words.otherLanguages))\">\(switcher)</nav>"
        return """
            <!DOCTYPE html>
            <html lang="\(HTML.escape(site.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title))</title>
            <link rel="stylesheet" href="\(site.root)style.css">
            \(head)</head>
            <body>
            <header class="site"><a href="index.html">\(HTML.escape(site.title))</a>\(nav)</header>
            <main>
            \(main)</main>
            <footer class="site"><p>\(HTML.escape(words.footer))</p></footer>
            </body>
            </html>

            """
    }

    static func lesson(_ lesson: Lesson, body: String, site: SiteContext, previous: Lesson?, next: Lesson?) -> String {
        var main = "<article>\n<h1>\(HTML.escape(lesson.title))</h1>\n"
        if !lesson.summary.isEmpty { main += "<p class=\"summary\">\(HTML.escape(lesson.summary))</p>\n" }
        main += body
        main += "</article>\n"
        if previous != nil || next != nil {
            main += "<nav class=\"pager\" aria-label=\"\(HTML.escape(site.words.lessons))\">"
            if let previous {
                main += "<a rel=\"prev\" href=\"\(HTML.escape(previous.slug)).html\">← \(HTML.escape(previous.title))</a>"
            }
            if let next {
                main += "<a rel=\"next\" href=\"\(HTML.escape(next.slug)).html\">\(HTML.escape(next.title)) →</a>"
            }
            main += "</nav>\n"
        }
        return document(
            title: "\(lesson.title) · \(site.title)", site: site, alternates: site.alternates(of: lesson.slug), main: main)
    }

    static func index(_ lessons: [Lesson], site: SiteContext) -> String {
        var main = "<h1>\(HTML.escape(site.title))</h1>\n<ol class=\"lessons\">\n"
        for lesson in lessons {
            main += "<li><a href=\"\(HTML.escape(lesson.slug)).html\">\(HTML.escape(lesson.title))</a>"
            if !lesson.summary.isEmpty { main += "<p>\(HTML.escape(lesson.summary))</p>" }
            main += "</li>\n"
        }
        main += "</ol>\n"
        return document(title: site.title, site: site, alternates: site.alternates(of: nil), main: main)
    }
}
