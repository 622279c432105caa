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

    /// Where a section starts in a page's readable text (an offset in UTF-8 bytes), with its id and title.
    struct Cut: Equatable, Sendable {
        let id: String
        let title: String
        let start: Int
    }

    var entries: [Entry] = []

    /// Adds a lesson's sections: the readable text from each heading to the next (`HTMLWriter.text`), the text
    /// before the first heading under the lesson's title.
    mutating func add(_ lesson: Lesson, text: String, cuts: [Cut]) {
        let page = lesson.slug + ".html"
        let bytes = Array(text.utf8)
        let all =
            [(id: String?.none, title: lesson.title, start: 0)]
            + cuts.map { (id: Optional($0.id), title: $0.title, start: $0.start) }
        for (i, cut) in all.enumerated() {
            let end = i + 1 < all.count ? all[i + 1].start : bytes.count
            guard cut.start <= end else { continue }
            // Without the title and the anchor after it (see `SearchText`).
            let section = SearchText.section(bytes[cut.start..<end], title: cut.title)
            entries.append(
                Entry(
                    lesson: lesson.title, section: cut.title, url: page + (cut.id.map { "#" + $0 } ?? ""), text: section
                ))
        }
    }

    /// `window.gradusSearch = [...]`, a JavaScript file.
    /// The index, and the search box's words in the site's language (the script itself holds no interface words).
    func script(_ words: Localization) -> String {
        var out =
            "window.gradusSearchWords = {\"label\": \(Self.json(words(.searchLabel))), \"none\": \(Self.json(words(.searchNone)))};\n"
        out += "window.gradusSearch = [\n"
        out.reserveCapacity(out.utf8.count + entries.reduce(0) { $0 + $1.text.utf8.count + 120 })
        // Appended in place: one string for the whole index, not one per entry.
        for (i, entry) in entries.enumerated() {
            if i > 0 { out += ",\n" }
            out += "{\"lesson\": "
            out += Self.json(entry.lesson)
            out += ", \"section\": "
            out += Self.json(entry.section)
            out += ", \"url\": "
            out += Self.json(entry.url)
            out += ", \"text\": "
            out += Self.json(entry.text)
            out += "}"
        }
        out += "\n];\n"
        return out
    }

    /// A JSON string literal, safe inside a script (no `</script>`, no line separators).
    static func json(_ text: String) -> String { Escape.json(text) }
}
