import GradusText

/// The article a course is built from (`source:` in `course.yaml`), cited on the course index and on every lesson
/// whose prose mentions it. Only what the article itself states belongs here; every field but the title may be absent.
public struct SourceCitation: Sendable, Equatable, Codable {
    /// The title, one text or one per language.
    public var titles: [String: String]
    public var author: String? = nil
    public var publisher: String? = nil
    public var date: String? = nil
    public var url: String? = nil

    public init(
        titles: [String: String], author: String? = nil, publisher: String? = nil, date: String? = nil,
        url: String? = nil
    ) {
        self.titles = titles
        self.author = author
        self.publisher = publisher
        self.date = date
        self.url = url
    }

    /// The title in `language`, else in `main`, else any.
    func title(in language: String, main: String) -> String {
        titles[language] ?? titles[main] ?? titles.values.sorted().first ?? ""
    }

    /// The citation line: "Source article: “Title”, Author, Publisher, Date, url", the url a link.
    func write(to out: inout HTMLWriter, words: Localization, main: String) {
        out.open("p", [.init("class", "source")])
        for segment in words.table.segments(.sourceCitation) {
            switch segment {
            case .text(let text): out.text(text, apostrophe: false)
            case .placeholder(_):
                out.element("cite", title(in: words.language, main: main))
                let details = [author, publisher, date].compactMap { $0 }
                if !details.isEmpty {
                    out.text(words(.settingsSeparator) + details.joined(separator: words(.settingsSeparator)))
                }
                if let url {
                    out.text(words(.settingsSeparator))
                    out.element("a", [.init("href", url)], url)
                }
            }
        }
        out.close("p")
        out.newline()
    }
}
