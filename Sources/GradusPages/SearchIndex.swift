import GradusLessons
import GradusRuns
import GradusText

/// A small search index written at build time: one entry per section of every lesson, loaded as a
/// script (so it works from `file://` too) and searched in the browser by `search.js`.
struct SearchIndex {
    struct Entry: Equatable, Codable, Sendable {
        let lesson: String
        let section: String
        let url: String
        let text: String
    }

    var entries: [Entry] = []

    /// Adds a lesson's sections: the text from each heading to the next.
    mutating func add(_ lesson: Lesson, html: String, sections: [Section]) {
        let page = lesson.slug + ".html"
        var cuts: [(id: String?, title: String, start: String.Index)] = [(nil, lesson.title, html.startIndex)]
        for section in sections where section.level <= 3 {
            if let range = html.range(of: " id=\"\(section.id)\"") {
                let start = html[..<range.lowerBound].lastIndex(of: "<") ?? range.lowerBound
                cuts.append((section.id, PlainText.from(section.html).replacingOccurrences(of: " #", with: ""), start))
            }
        }
        for (i, cut) in cuts.enumerated() {
            let end = i + 1 < cuts.count ? cuts[i + 1].start : html.endIndex
            guard cut.start <= end else { continue }
            var text = PlainText.from(String(html[cut.start..<end]))
            if text.hasPrefix(cut.title) { text = String(text.dropFirst(cut.title.count)) }
            text = text.replacingOccurrences(of: "# ", with: "").trimmingCharacters(in: .whitespaces)
            entries.append(Entry(lesson: lesson.title, section: cut.title, url: page + (cut.id.map { "#" + $0 } ?? ""), text: text))
        }
    }

    /// `window.gradusSearch = [...]`, a JavaScript file.
    var script: String {
        var out = "window.gradusSearch = [\n"
        out += entries.map { entry in
            "{\"lesson\": \(Self.json(entry.lesson)), \"section\": \(Self.json(entry.section)), \"url\": \(Self.json(entry.url)), \"text\": \(Self.json(entry.text))}"
        }.joined(separator: ",\n")
        out += "\n];\n"
        return out
    }

    /// A JSON string literal, safe inside a script (no `</script>`, no line separators).
    static func json(_ text: String) -> String { Escape.json(text) }
}
