import GradusLessons
import GradusRuns
import Testing

@testable import GradusPages

/// What keeps pages usable on a phone: the list of lessons behind a disclosure, a two-row header, boxes
/// that scroll sideways and show it, plots that keep a readable size.
struct PhoneLayoutTests {
    /// The pages of a course of three one-line lessons.
    func pages() throws -> [PageFile] {
        let runs = try ["first", "second", "third"].enumerated().map { i, slug in
            let text =
                seedFrontMatter.replacingOccurrences(of: "order: 1\n", with: "order: \(i + 1)\n")
                .replacingOccurrences(of: "title: Seed <lesson> & more\n", with: "title: Lesson \(slug)\n") + "text\n"
            return Executor.run(try LessonParser.parse(SourceFile(path: "\(slug).md", text: text), slug: slug))
        }
        return try SitePages.render(runs, course: CourseInfo(title: "C"))
    }

    func page(_ path: String) throws -> String {
        try #require(try pages().first { $0.path == path }).contents
    }

    /// The rules of `selector` outside any at-rule (the first block that opens with it).
    func rule(_ selector: String, in css: String = Stylesheet.css) throws -> Substring {
        let start = try #require(css.range(of: "\n" + selector + " {")).upperBound
        let end = try #require(css[start...].firstIndex(of: "}"))
        return css[start..<end]
    }

    /// The text of the at-rule that opens with `header`, up to its closing brace.
    func block(_ header: String) throws -> Substring {
        let css = Stylesheet.css
        let open = try #require(css.range(of: header + " {"))
        var depth = 1
        var index = open.upperBound
        while depth > 0 {
            let character = try #require(index < css.endIndex ? css[index] : nil)
            if character == "{" { depth += 1 }
            if character == "}" { depth -= 1 }
            index = css.index(after: index)
        }
        return css[open.upperBound..<index]
    }

    @Test func lessonPagesListTheLessonsBehindADisclosure() throws {
        let html = try page("second.html")
        let menu = try #require(
            html.range(
                of:
                    "<nav class=\"course-menu\" aria-label=\"Lessons\">\n<details>\n<summary>Lessons <span class=\"position\">2/3</span></summary>\n<ol>\n"
            ))
        let sidebar = try #require(html.range(of: "<nav class=\"course\" aria-label=\"Lessons\">\n<ol>\n"))
        let main = try #require(html.range(of: "<main>"))
        // The disclosure comes first, above the page; both lists hold the lesson's neighbours, mark this one and link
        // to the index (the outline script puts every lesson in their place).
        #expect(menu.lowerBound < sidebar.lowerBound && sidebar.lowerBound < main.lowerBound)
        let list =
            "<li><a href=\"first.html\">Lesson first</a></li>\n<li><a href=\"second.html\" aria-current=\"page\">Lesson second</a></li>\n<li><a href=\"third.html\">Lesson third</a></li>\n</ol>\n<p class=\"all-lessons\"><a href=\"index.html\">All lessons</a></p>\n"
        #expect(html.components(separatedBy: list).count == 3)
        #expect(html.contains("\(list)</details>\n</nav>\n<nav class=\"course\""))
    }

    @Test func theIndexHasNoLessonMenu() throws {
        #expect(!(try page("index.html")).contains("course-menu"))
    }

    @Test func theHeaderNamesItsTitle() throws {
        #expect(try page("first.html").contains("<header class=\"site\"><a class=\"title\" href=\"index.html\">C</a>"))
    }

    @Test func oneListShowsAtATime() throws {
        #expect(try rule("nav.course").contains("display: none"))
        let wide = try block("@media (min-width: 75rem)")
        #expect(wide.contains("nav.course { display: block;"))
        #expect(wide.contains("nav.course-menu { display: none; }"))
        let print = try block("@media print")
        #expect(print.contains("nav.course, nav.course-menu,"))
    }

    @Test func onPhonesTheHeaderWrapsAndTheSearchBoxFits() throws {
        let phone = try block("@media (max-width: 40rem)")
        #expect(phone.contains("header.site { flex-wrap: wrap;"))
        #expect(phone.contains("-webkit-line-clamp: 2"))
        #expect(phone.contains("div.search input { width: 100%; }"))
        #expect(try rule("nav.languages").contains("white-space: nowrap"))
    }

    @Test func wideBoxesScrollAndShowAShadowAtTheCutSide() throws {
        let selector =
            "math[display=\"block\"], figure.iterations, figure.data, figure.compare, figure.table, figure.plot, details.plot-data, pre"
        let shadows = try rule(selector)
        #expect(shadows.contains("no-repeat local"))
        #expect(shadows.contains("no-repeat scroll"))
        for box in [
            "math[display=\"block\"]", "figure.iterations, figure.data, figure.compare, figure.table",
            "figure.plot, details.plot-data", "pre",
        ] {
            #expect(try rule(box).contains("overflow-x: auto"), "\(box) does not scroll")
        }
    }

    @Test func phonesShowThePlotDrawnForThem() throws {
        #expect(try rule("figure.plot div.plot-narrow").contains("display: none"))
        let phone = try block("@media (max-width: 40rem)")
        #expect(phone.contains("figure.plot div.plot-wide { display: none; }"))
        #expect(phone.contains("figure.plot div.plot-narrow { display: block; }"))
        #expect(phone.contains("figure.plot div.plot-narrow svg { width: 100%; }"))
        // Print shows the wide drawing whatever the paper's width.
        let print = try block("@media print")
        #expect(print.contains("figure.plot div.plot-wide { display: block; }"))
        #expect(print.contains("figure.plot div.plot-narrow { display: none; }"))
    }

    @Test func onPhonesComparisonsBecomeCardsWithTheOutcomeFirst() throws {
        let phone = try block("@media (max-width: 40rem)")
        #expect(phone.contains("figure.compare thead { position: absolute;"))
        #expect(phone.contains("figure.compare tbody tr { display: flex; flex-direction: column;"))
        #expect(phone.contains("figure.compare td::before { content: attr(data-label);"))
        #expect(phone.contains("figure.compare td.outcome { order: -1;"))
    }

    @Test func longDisplayFormulasWrapAtTheirBreaks() throws {
        #expect(try rule("mrow.lines").contains("display: flex; flex-wrap: wrap;"))
    }

    @Test func theStylesheetsBracesBalance() {
        var depth = 0
        for character in Stylesheet.css {
            if character == "{" { depth += 1 }
            if character == "}" { depth -= 1 }
            #expect(depth >= 0)
        }
        #expect(depth == 0)
    }
}
