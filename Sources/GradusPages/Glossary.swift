import GradusLessons
import GradusText

/// A term of the course's glossary (`glossary:` in `course.yaml`): the English term, its Chinese term, and its
/// definition in one language or per language.
public struct GlossaryEntry: Sendable, Equatable {
    public var term: String
    public var chinese: String?
    public var definitions: [String: String]

    public init(term: String, chinese: String? = nil, definitions: [String: String]) {
        self.term = term
        self.chinese = chinese
        self.definitions = definitions
    }

    /// The id of the entry on the glossary page: `learning rate` → `term-learning-rate`.
    public var anchor: String {
        "term-"
            + term.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: "-")
    }

    /// The term as a page in `language` names it: the Chinese term on a Chinese page (when there is one).
    func name(in language: String) -> String { language.hasPrefix("zh") ? chinese ?? term : term }

    /// The definition in `language`, else in `main`, else any.
    func definition(in language: String, main: String) -> String {
        definitions[language] ?? definitions[main] ?? definitions.values.sorted().first ?? ""
    }

    /// Whether the text of `{{ term … }}` names this entry: the English or the Chinese term, in any letter case.
    func matches(_ text: String) -> Bool { text.lowercased() == term.lowercased() || text == chinese }
}

/// The glossary page of one language: every term with its definition, then the English–Chinese term table.
enum GlossaryPage {
    static let file = "glossary.html"

    static func html(_ entries: [GlossaryEntry], site: SiteContext) -> String {
        let words = site.words
        // English terms alphabetically; Chinese ones keep course.yaml's order (code-point order means nothing there).
        let sorted =
            site.language.hasPrefix("zh")
            ? entries : entries.sorted { $0.term.lowercased() < $1.term.lowercased() }
        var main = HTMLWriter()
        main.element("h1", words(.glossary))
        main.newline()
        main.open("dl", [.init("class", "glossary")])
        main.newline()
        for entry in sorted {
            main.open("dt", [.init("id", entry.anchor)])
            main.element("dfn", entry.name(in: site.language))
            let other = site.language.hasPrefix("zh") ? entry.term : entry.chinese
            if let other, other != entry.name(in: site.language) {
                main.text(" ")
                main.element(
                    "span", [.init("class", "other"), .init("lang", site.language.hasPrefix("zh") ? "en" : "zh")], other
                )
            }
            main.close("dt")
            main.newline()
            main.element("dd", entry.definition(in: site.language, main: site.course.language))
            main.newline()
        }
        main.close("dl")
        main.newline()
        main.element("h2", words(.glossaryTable))
        main.newline()
        main.open("figure", [.init("class", "table")])
        main.open("table")
        main.open("thead")
        main.open("tr")
        main.element("th", [.init("scope", "col")], words(.glossaryEnglish))
        main.element("th", [.init("scope", "col")], words(.glossaryChinese))
        main.close("tr")
        main.close("thead")
        main.newline()
        main.open("tbody")
        for entry in entries.sorted(by: { $0.term.lowercased() < $1.term.lowercased() }) {
            main.open("tr")
            main.open("td")
            main.element("a", [.init("href", "#" + entry.anchor)], entry.term)
            main.close("td")
            main.element("td", [.init("lang", "zh")], entry.chinese ?? "")
            main.close("tr")
            main.newline()
        }
        main.close("tbody")
        main.close("table")
        main.close("figure")
        main.newline()
        return Layout.document(
            title: words(.glossary) + " · " + site.title, site: site, alternates: site.alternates(of: "glossary"),
            main: main.html)
    }
}
