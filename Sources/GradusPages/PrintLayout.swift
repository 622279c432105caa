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

/// How handouts are laid out on paper: the paper, and where each lesson starts in its language's course handout
/// (known once a first printing has counted the pages; the table of contents then shows the numbers).
public struct PrintLayout: Sendable, Equatable {
    public var paper: Paper
    /// Language → lesson slug → the page of that language's course PDF the lesson starts on.
    public var startPages: [String: [String: Int]]

    public init(paper: Paper = .a4, startPages: [String: [String: Int]] = [:]) {
        self.paper = paper
        self.startPages = startPages
    }

    /// The page rules of a handout whose articles are `lessons`, in order: the paper and its margins, the course
    /// title in the top left corner of every page, each article on pages of its own name that carry its lesson title
    /// in the top right corner, and the page number (localised, e.g. "3 / 12") at the bottom.
    func pageCSS(course: String, lessons: [String], words: Localization) -> String {
        let number = words.table.segments(.pageNumber).map { segment in
            switch segment {
            case .text(let text): Escape.cssString(text)
            case .placeholder(let name): name == "pages" ? "counter(pages)" : "counter(page)"
            }
        }.joined(separator: " ")
        let box = "font: 8.5pt/1.2 system-ui, sans-serif; color: #555;"
        var css = """
            @page { size: \(paper.cssSize); margin: 16mm 15mm 15mm;
              @top-left { content: \(Escape.cssString(course)); \(box) vertical-align: bottom; padding-bottom: 3mm; }
              @bottom-center { content: \(number); \(box) vertical-align: top; padding-top: 3mm; } }

            """
        for (index, title) in lessons.enumerated() {
            css += """
                @page lesson-\(index + 1) { @top-right { content: \(Escape.cssString(title)); \(box) vertical-align: bottom; padding-bottom: 3mm; } }
                @media print { body.handout main > article:nth-of-type(\(index + 1)) { page: lesson-\(index + 1); } }

                """
        }
        return css
    }
}
