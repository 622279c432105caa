import GradusLessons
import Testing

@testable import GradusPages
@testable import GradusRuns

/// Handouts are framed by the theme's layout, like the site's pages.
struct HandoutLayoutTests {
    func handouts(theme: Theme) throws -> [String: String] {
        let text = seedFrontMatter + "Body with {{seed.iterations}} steps.\n"
        let lesson = try LessonParser.parse(SourceFile(path: "l.md", text: text), slug: "l")
        let files = try Handouts.render([Executor.run(lesson)], course: CourseInfo(title: "C & D"), theme: theme)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test func theStandardLayoutGivesASelfContainedHandout() throws {
        let files = try handouts(theme: .standard)
        let page = try #require(files["l.html"])
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
        #expect(page.contains("<title>Seed &lt;lesson&gt; &amp; more · C &amp; D</title>\n<style>\n"))
        #expect(
            page.contains(
                "</style>\n</head>\n<body class=\"handout\">\n<main>\n<article>\n<h1>Seed &lt;lesson&gt; &amp; more</h1>\n"
            ))
        #expect(!page.contains("search.js") && !page.contains("<header class=\"site\">") && !page.contains("style.css"))
        #expect(page.contains("<p>Body with 1000 steps.</p>\n</article>\n</main>\n<footer class=\"site\">"))
        let course = try #require(files["course.html"])
        #expect(
            course.contains(
                "<header class=\"handout\">\n<h1>C &amp; D</h1>\n<nav class=\"toc\" aria-label=\"Lessons\">\n<ol>\n<li><a href=\"#l\">"
            ))
        #expect(course.contains("<article>\n<h1 id=\"l\">Seed &lt;lesson&gt; &amp; more</h1>\n"))
    }

    @Test func aCoursesLayoutFramesItsHandoutsToo() throws {
        let layout =
            "<html>{{#handout}}<!-- handout -->{{/handout}}{{{head_html}}}<body>{{{main_html}}}</body></html>\n"
        let files = try handouts(theme: Theme(layout: layout, layoutPath: "theme/layout.mustache"))
        let page = try #require(files["l.html"])
        #expect(page.hasPrefix("<html><!-- handout --><style>\n"))
        #expect(page.hasSuffix("</article>\n</body></html>\n"))
    }

    /// Two lessons, the second linking to the first, to the web and to a heading of its own, laid out as if a first
    /// printing had found lesson `a` on pages 2–4 and `b` from the top of page 5.
    func printed() throws -> [String: String] {
        let first = try LessonParser.parse(
            SourceFile(path: "a.md", text: "---\ntitle: Alpha\norder: 1\n---\n\nFirst.\n"), slug: "a")
        let second = try LessonParser.parse(
            SourceFile(
                path: "b.md",
                text: """
                    ---
                    title: Beta
                    order: 2
                    ---

                    ## Intro

                    See the [previous lesson](a.html), [its end](a.html#end), [the guide](https://example.org/guide/),
                    <https://example.org/x>, [the intro](#intro) and [a download](b.csv).

                    """), slug: "b")
        let layout = PrintLayout(
            paper: .letter, startPages: ["en": ["a": 2, "b": 5]], running: ["en": ["", "a", "a", "a", "b"]])
        let files = try Handouts.render(
            [Executor.run(first), Executor.run(second)], course: CourseInfo(title: "C"), layout: layout)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test func theCourseHeaderNamesTheLessonAtEachPagesTop() throws {
        let files = try printed()
        let course = try #require(files["course.html"])
        #expect(
            course.contains(
                "@counter-style georgian { system: fixed; symbols: \"\" \"Alpha\" \"Alpha\" \"Alpha\" \"Beta\"; fallback: gradus-none; }"
            ))
        #expect(course.contains("@top-right { content: counter(page, georgian);"))
        #expect(course.contains("@page { size: letter; margin:"))
        #expect(course.contains("<li><a href=\"#b\">Beta</a><span class=\"page\">5</span></li>"))
        // A lesson's own handout names it on every page.
        #expect(try #require(files["b.html"]).contains("@top-right { content: \"Beta\";"))
        #expect(!(try #require(files["b.html"]).contains("@counter-style")))
    }

    @Test func linksArePrintedWithTheirPageOrAddress() throws {
        let files = try printed()
        let course = try #require(files["course.html"])
        // In the course, a link to another lesson goes to it in the document and prints the page it starts on.
        #expect(course.contains("<a href=\"#a\">previous lesson</a><span class=\"link-target\"> (p. 2)</span>"))
        #expect(course.contains("<a href=\"#a-end\">its end</a><span class=\"link-target\"> (p. 2)</span>"))
        // A web link prints its short address; one whose text is its address prints nothing more.
        #expect(
            course.contains(
                "<a href=\"https://example.org/guide/\">the guide</a><span class=\"link-target\"> (example.org/guide)</span>"
            ))
        #expect(course.contains("<a href=\"https://example.org/x\">https://example.org/x</a>,"))
        // A heading of the lesson is found under the lesson's prefix; other links are as on the web.
        #expect(course.contains("<a href=\"#b-intro\">the intro</a> and <a href=\"b.csv\">a download</a>."))
        // A lesson's own handout links to the other's handout beside it, with no page.
        let own = try #require(files["b.html"])
        #expect(own.contains("<a href=\"a.html\">previous lesson</a>, "))
        #expect(own.contains("<a href=\"#intro\">the intro</a>"))
        #expect(own.contains("the guide</a><span class=\"link-target\"> (example.org/guide)</span>"))
    }
}

/// A lesson page printed from the browser: a web link prints its short address after it, as in the handouts, and one
/// whose text is the address prints nothing more; on screen the address is hidden.
struct WebPagePrintedLinksTests {
    @Test func aWebLinkPrintsItsShortAddressUnlessItsTextIsTheAddress() throws {
        let lesson = try LessonParser.parse(
            SourceFile(
                path: "b.md",
                text: """
                    ---
                    title: Beta
                    order: 1
                    ---

                    Read [the guide](https://example.org/guide/), <https://example.org/x>, [the intro](#intro) and
                    [a lesson](a.html).

                    """), slug: "b")
        let page = try SitePages.renderLesson(Executor.run(lesson)).body
        #expect(
            page.contains(
                "<a href=\"https://example.org/guide/\">the guide</a><span class=\"link-target\"> (example.org/guide)</span>"
            ))
        #expect(page.contains("<a href=\"https://example.org/x\">https://example.org/x</a>,"))
        #expect(page.contains("<a href=\"#intro\">the intro</a> and"))
        #expect(page.contains("<a href=\"a.html\">a lesson</a>."))
        // The stylesheet hides the note on screen and shows it in print; no address is added by CSS.
        #expect(Stylesheet.css.contains("span.link-target { display: none; }"))
        #expect(Stylesheet.css.contains("span.link-target { display: inline;"))
        #expect(!Stylesheet.css.contains("attr(href)"))
    }
}
