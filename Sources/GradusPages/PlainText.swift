/// The readable text of an HTML fragment: tags dropped, figures and formulas left out, entities decoded,
/// white space collapsed. For the search index.
enum PlainText {
    /// Elements whose text is left out. Math is kept as the text of its tokens (`J(θ)=5.125`), without the TeX
    /// annotation, so that search snippets have no holes where formulas were.
    static let skipped = ["svg", "annotation", "style", "script", "table"]

    static func from(_ html: String) -> String {
        var out = ""
        var skipDepth = 0
        var skipping: String? = nil
        var inMath = false
        var i = html.startIndex
        while i < html.endIndex {
            let c = html[i]
            if c == "<" {
                guard let end = html[i...].firstIndex(of: ">") else { break }
                let tag = html[html.index(after: i)..<end]
                let name = String(tag.prefix { $0.isLetter || $0 == "/" }).lowercased()
                if let open = skipping {
                    if name == open { skipDepth += 1 }
                    if name == "/" + open {
                        skipDepth -= 1
                        if skipDepth == 0 { skipping = nil }
                    }
                } else if skipped.contains(name) && !tag.hasSuffix("/") {
                    skipping = name
                    skipDepth = 1
                } else if name == "math" || name == "/math" {
                    inMath = name == "math"
                    out.append(" ")
                } else if !inMath {
                    out.append(" ")
                }
                i = html.index(after: end)
                continue
            }
            if skipping == nil {
                if c == "&", let semicolon = html[i...].prefix(8).firstIndex(of: ";") {
                    let entity = html[html.index(after: i)..<semicolon]
                    let decoded: String? =
                        switch entity {
                        case "amp": "&"
                        case "lt": "<"
                        case "gt": ">"
                        case "quot": "\""
                        case "#39": "'"
                        case "#x2061": ""  // function application, invisible
                        default: nil
                        }
                    if let decoded {
                        out += decoded
                        i = html.index(after: semicolon)
                        continue
                    }
                }
                out.append(c)
            }
            i = html.index(after: i)
        }
        return out.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
