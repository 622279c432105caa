/// A section of a page, for its table of contents.
struct Section: Equatable, Codable, Sendable {
    let level: Int
    let id: String
    /// The heading's inner HTML without the anchor.
    let html: String
}

/// Gives headings `id`s so every section can be linked to, and lists the sections.
enum Headings {

    /// `prefix` is put before every id, so several lessons can share one document.
    static func anchoredWithSections(_ words: Localization, _ html: String, prefix: String = "") -> (html: String, sections: [Section]) {
        var sections: [Section] = []
        var used: [String: Int] = [:]
        var out = ""
        var rest = Substring(html)
        while let open = rest.firstRange(of: "<h") {
            let levelIndex = open.upperBound
            guard levelIndex < rest.endIndex, ("1"..."6").contains(rest[levelIndex]),
                rest[rest.index(after: levelIndex)...].hasPrefix(">"),
                let close = rest[levelIndex...].firstRange(of: "</h\(rest[levelIndex])>")
            else {
                out += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                continue
            }
            let contentStart = rest.index(levelIndex, offsetBy: 2)
            let content = rest[contentStart..<close.lowerBound]
            var id = prefix + slug(content)
            if let n = used[id] {
                used[id] = n + 1
                id += "-\(n + 1)"
            } else {
                used[id] = 1
            }
            sections.append(Section(level: Int(String(rest[levelIndex])) ?? 2, id: id, html: String(content)))
            out += rest[..<open.lowerBound]
            out += "<h\(rest[levelIndex]) id=\"\(id)\">\(content)<a class=\"anchor\" href=\"#\(id)\" aria-label=\"\(words.sectionLink)\">#</a>"
            rest = rest[close.lowerBound...]
        }
        out += rest
        return (out, sections)
    }

    /// Letters and digits of any script, lowercased, words joined by `-`; tags and math dropped.
    static func slug(_ html: Substring) -> String {
        var text = ""
        var inTag = false
        var inMath = 0
        var i = html.startIndex
        while i < html.endIndex {
            let c = html[i]
            if c == "<" {
                if html[i...].hasPrefix("<math") { inMath += 1 }
                if html[i...].hasPrefix("</math") { inMath -= 1 }
                inTag = true
            } else if c == ">" {
                inTag = false
            } else if !inTag && inMath == 0 {
                text.append(c)
            }
            i = html.index(after: i)
        }
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        let joined = words.joined(separator: "-")
        return joined.isEmpty ? "section" : joined
    }
}
