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
        #expect(course.contains("<article id=\"l\">\n"))
    }

    @Test func aCoursesLayoutFramesItsHandoutsToo() throws {
        let layout =
            "<html>{{#handout}}<!-- handout -->{{/handout}}{{{head_html}}}<body>{{{main_html}}}</body></html>\n"
        let files = try handouts(theme: Theme(layout: layout, layoutPath: "theme/layout.mustache"))
        let page = try #require(files["l.html"])
        #expect(page.hasPrefix("<html><!-- handout --><style>\n"))
        #expect(page.hasSuffix("</article>\n</body></html>\n"))
    }
}
