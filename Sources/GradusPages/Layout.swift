import GradusLessons

/// The HTML around a page's content.
enum Layout {
    static func document(title: String, course: CourseInfo, main: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(HTML.escape(course.language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <link rel="stylesheet" href="style.css">
        </head>
        <body>
        <header class="site"><a href="index.html">\(HTML.escape(course.title))</a></header>
        <main>
        \(main)</main>
        <footer class="site"><p>Built by Gradus. Every number on this page was computed when the page was built.</p></footer>
        </body>
        </html>

        """
    }

    static func lesson(_ lesson: Lesson, body: String, course: CourseInfo, previous: Lesson?, next: Lesson?) -> String {
        var main = "<article>\n<h1>\(HTML.escape(lesson.title))</h1>\n"
        if !lesson.summary.isEmpty { main += "<p class=\"summary\">\(HTML.escape(lesson.summary))</p>\n" }
        main += body
        main += "</article>\n"
        if previous != nil || next != nil {
            main += "<nav class=\"pager\" aria-label=\"Lessons\">"
            if let previous {
                main += "<a rel=\"prev\" href=\"\(HTML.escape(previous.slug)).html\">← \(HTML.escape(previous.title))</a>"
            }
            if let next {
                main += "<a rel=\"next\" href=\"\(HTML.escape(next.slug)).html\">\(HTML.escape(next.title)) →</a>"
            }
            main += "</nav>\n"
        }
        return document(title: "\(lesson.title) · \(course.title)", course: course, main: main)
    }

    static func index(_ lessons: [Lesson], course: CourseInfo) -> String {
        var main = "<h1>\(HTML.escape(course.title))</h1>\n<ol class=\"lessons\">\n"
        for lesson in lessons {
            main += "<li><a href=\"\(HTML.escape(lesson.slug)).html\">\(HTML.escape(lesson.title))</a>"
            if !lesson.summary.isEmpty { main += "<p>\(HTML.escape(lesson.summary))</p>" }
            main += "</li>\n"
        }
        main += "</ol>\n"
        return document(title: course.title, course: course, main: main)
    }
}
