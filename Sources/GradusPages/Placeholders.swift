/// Marks put into the Markdown where Gradus will insert HTML after cmark has run.
///
/// They use private-use characters, which cmark passes through untouched; a block's mark stands
/// alone in a paragraph so the whole `<p>…</p>` can be replaced.
struct Placeholders {
    private(set) var replacements: [String] = []

    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"

    /// Registers `html` and returns the mark to put into the Markdown.
    mutating func inline(_ html: String) -> String {
        replacements.append(html)
        return "\(Self.open)\(replacements.count - 1)\(Self.close)"
    }

    mutating func block(_ html: String) -> String { "\n\n" + inline(html) + "\n\n" }

    /// Replaces every mark in cmark's output with its HTML.
    func fill(_ rendered: String) -> String {
        var out = ""
        out.reserveCapacity(rendered.utf8.count)
        var rest = Substring(rendered)
        while let start = rest.firstIndex(of: Self.open) {
            guard let end = rest[start...].firstIndex(of: Self.close),
                let index = Int(rest[rest.index(after: start)..<end]), replacements.indices.contains(index)
            else {
                out += rest[...start]
                rest = rest[rest.index(after: start)...]
                continue
            }
            var before = rest[..<start]
            var after = rest[rest.index(after: end)...]
            // A block's mark alone in a paragraph: drop the paragraph around it.
            if before.hasSuffix("<p>"), after.hasPrefix("</p>") {
                before = before.dropLast(3)
                after = after.dropFirst(4)
                if after.first == "\n" { after = after.dropFirst() }
            }
            out += before
            out += replacements[index]
            rest = after
        }
        out += rest
        return out
    }
}
