import GradusText

/// The paper a handout is printed on.
public enum Paper: String, Sendable, CaseIterable {
    case a4, letter

    /// The size as CSS `@page` names it.
    var cssSize: String {
        switch self {
        case .a4: "A4"
        case .letter: "letter"
        }
    }
}

/// How handouts are laid out on paper: the paper, and, once a first printing has counted the pages, where each lesson
/// starts in its language's course handout (the table of contents and the links between lessons show the numbers)
/// and which lesson each page of it belongs to (the running header names it).
public struct PrintLayout: Sendable, Equatable {
    public var paper: Paper
    /// Language → lesson slug → the page of that language's course PDF the lesson starts on.
    public var startPages: [String: [String: Int]]
    /// Language → for each page of that language's course PDF, the slug of the lesson at the top of that page (""
    /// before the first lesson).
    public var running: [String: [String]]

    public init(paper: Paper = .a4, startPages: [String: [String: Int]] = [:], running: [String: [String]] = [:]) {
        self.paper = paper
        self.startPages = startPages
        self.running = running
    }

    /// The page rules of a handout: the paper and its margins, the course title in the top left corner of every
    /// page, the page number (localised, e.g. "3 / 12") at the bottom, and the lesson's title in the top right corner.
    /// A lesson's own handout names it on every page. In the course handout the lessons follow each other without a
    /// page break (a page of its own for each lesson's end would leave a part-empty page each), so a page names the
    /// lesson at its top, from `pages` (a first printing's slug per page) through a counter style that maps page
    /// numbers to titles: Chromium has no running elements or `string-set`, and named pages would break the page.
    func pageCSS(course: String, lessons: [(slug: String, title: String)], pages: [String] = [], words: Localization)
        -> String
    {
        let number = words.table.segments(.pageNumber).map { segment in
            switch segment {
            case .text(let text): Escape.cssString(text)
            case .placeholder(let name): name == "pages" ? "counter(pages)" : "counter(page)"
            }
        }.joined(separator: " ")
        let box = "font: 8.5pt/1.2 system-ui, sans-serif; color: #555;"
        let titles = Dictionary(lessons.map { ($0.slug, $0.title) }) { first, _ in first }
        var lesson = ""
        var styles = ""
        if lessons.count == 1 {
            lesson = Escape.cssString(lessons[0].title)
        } else if !pages.isEmpty {
            // The style is named `georgian`, which a page may redefine (CSS Counter Styles 3 reserves only decimal,
            // disc, square, circle and the disclosure styles), because the W3C validator takes only CSS 2.1's list
            // style names in `counter()`. A handout numbers nothing in Georgian.
            lesson = "counter(page, georgian)"
            let symbols = pages.map { Escape.cssString(titles[$0] ?? "") }.joined(separator: " ")
            styles = """
                @counter-style georgian { system: fixed; symbols: \(symbols); fallback: gradus-none; }
                @counter-style gradus-none { system: cyclic; symbols: ""; }

                """
        }
        let right =
            lesson.isEmpty
            ? "" : "\n  @top-right { content: \(lesson); \(box) vertical-align: bottom; padding-bottom: 3mm; }"
        return styles + """
            @page { size: \(paper.cssSize); margin: 16mm 15mm 15mm;
              @top-left { content: \(Escape.cssString(course)); \(box) vertical-align: bottom; padding-bottom: 3mm; }\(right)
              @bottom-center { content: \(number); \(box) vertical-align: top; padding-top: 3mm; } }

            """
    }
}
