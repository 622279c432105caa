import Foundation
import GradusLessons
import GradusSite
import Testing

struct ThemeTests {
    @Test func aCourseCanReplaceTheLayoutAndAddCSS() throws {
        let (folder, content) = try csvContent()
        let theme = content.appendingPathComponent("theme")
        try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
        try """
        <!DOCTYPE html><html lang="{{lang}}"><head><meta charset="utf-8"><title>{{title}} (school)</title>
        <link rel="stylesheet" href="{{root}}style.css"></head>
        <body><div class="school-banner">{{site_title}}</div>{{{main_html}}}</body></html>

        """.write(to: theme.appendingPathComponent("layout.mustache"), atomically: true, encoding: .utf8)
        try ".school-banner { background: #003366; }\n".write(
            to: theme.appendingPathComponent("style.css"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("output")
        _ = try SiteBuild(content: content, output: output).run()
        let page = try String(contentsOf: output.appendingPathComponent("alpha.html"), encoding: .utf8)
        #expect(
            page.hasPrefix(
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>alpha · Gradus course (school)</title>"
            ))
        #expect(page.contains("<div class=\"school-banner\">Gradus course</div><article>"))
        #expect(page.contains("Final loss "))
        let css = try String(contentsOf: output.appendingPathComponent("style.css"), encoding: .utf8)
        #expect(css.hasSuffix(".school-banner { background: #003366; }\n"))
    }

    @Test func textIsEscapedByTheTemplate() throws {
        let (folder, content) = try csvContent()
        try "title: \"Q&A <course>\"\n".write(
            to: content.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("output")
        _ = try SiteBuild(content: content, output: output).run()
        let page = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("<title>Q&amp;A &lt;course&gt;</title>"))
    }

    @Test func aBrokenTemplateIsADiagnosticAtItsPlace() throws {
        let (folder, content) = try csvContent()
        let theme = content.appendingPathComponent("theme")
        try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
        try "<html>\n<body>{{#lessons}}\n</body>\n".write(
            to: theme.appendingPathComponent("layout.mustache"), atomically: true, encoding: .utf8)
        let result = try gradus(["build"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("content/theme/layout.mustache:"))
        #expect(result.stderr.contains(": error: the layout template does not parse"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("output").path))
    }
}
