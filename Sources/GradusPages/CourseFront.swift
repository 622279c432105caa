import GradusText

/// What the course's front page says before its lessons (`course.yaml`: `introduction`, `audience`,
/// `prerequisites`, `objectives`), each one text, or one per language; shown on the index page and the course handout.
public struct CourseFront: Sendable, Equatable {
    /// What the course is about; blank lines separate paragraphs.
    public var introduction: [String: String] = [:]
    /// Who the course is written for.
    public var audience: [String: String] = [:]
    /// What a reader should know before starting.
    public var prerequisites: [String: String] = [:]
    /// What a reader will be able to do afterwards, one item each.
    public var objectives: [String: [String]] = [:]

    public init() {}

    /// Whether there is nothing to show.
    public var isEmpty: Bool { introduction.isEmpty && audience.isEmpty && prerequisites.isEmpty && objectives.isEmpty }

    /// The front matter in `language` (else in the course's main language `main`): the introduction's paragraphs,
    /// then audience, prerequisites and objectives under headings of their own.
    func write(to out: inout HTMLWriter, words: Localization, main: String) {
        guard !isEmpty else { return }
        out.open("section", [.init("class", "front")])
        out.newline()
        for paragraph in Self.paragraphs(introduction[words.language] ?? introduction[main] ?? "") {
            out.element("p", [.init("class", "introduction")], paragraph)
            out.newline()
        }
        for (key, text) in [(WordKey.frontAudience, audience), (.frontPrerequisites, prerequisites)] {
            guard let text = text[words.language] ?? text[main] else { continue }
            out.element("h2", words(key))
            out.newline()
            for paragraph in Self.paragraphs(text) {
                out.element("p", paragraph)
                out.newline()
            }
        }
        if let items = objectives[words.language] ?? objectives[main], !items.isEmpty {
            out.element("h2", words(.frontObjectives))
            out.newline()
            out.open("ul", [.init("class", "objectives")])
            for item in items { out.element("li", item) }
            out.close("ul")
            out.newline()
        }
        out.close("section")
        out.newline()
    }

    /// `text` cut at its blank lines, each paragraph's lines joined by spaces.
    static func paragraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var lines: [String] = []
        let allLines: [Substring] = text.split(separator: "\n", omittingEmptySubsequences: false) + [""]
        for line in allLines {
            let trimmed = line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if trimmed.isEmpty {
                if !lines.isEmpty { paragraphs.append(lines.joined(separator: " ")) }
                lines = []
            } else {
                lines.append(trimmed)
            }
        }
        return paragraphs
    }
}
