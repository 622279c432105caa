/// Turns blockquotes that start with `[!NOTE]`, `[!TIP]` or `[!WARNING]` (GitHub's alert syntax) into callouts.
enum Callouts {
    static let kinds = ["NOTE": "note", "TIP": "tip", "WARNING": "warning"]

    static func render(_ words: Localization, _ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        while let open = rest.firstRange(of: "<blockquote>\n<p>[!") {
            out += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            guard let close = after.firstIndex(of: "]"), let kind = kinds[String(after[..<close])] else {
                out += rest[open.lowerBound..<open.upperBound]
                rest = after
                continue
            }
            var body = after[after.index(after: close)...]
            while body.first == "\n" || body.first == " " { body = body.dropFirst() }
            // The first paragraph may hold only the marker.
            if body.hasPrefix("</p>\n") { body = body.dropFirst(5) } else { body = "<p>" + body }
            guard let end = findClosing(body) else {
                out += rest[open.lowerBound..<open.upperBound]
                rest = after
                continue
            }
            out += "<aside class=\"callout \(kind)\">\n<p class=\"callout-title\">\(words.callout(kind))</p>\n"
            out += body[..<end.lowerBound]
            out += "</aside>"
            rest = body[end.upperBound...]
        }
        out += rest
        return out
    }

    /// The `</blockquote>` that closes the one just opened (blockquotes may nest).
    static func findClosing(_ text: Substring) -> Range<Substring.Index>? {
        var depth = 1
        var index = text.startIndex
        while let next = text[index...].firstRange(of: "blockquote>") {
            let isClose = text[..<next.lowerBound].hasSuffix("</")
            let isOpen = text[..<next.lowerBound].hasSuffix("<")
            if isClose {
                depth -= 1
                if depth == 0 {
                    return text.index(next.lowerBound, offsetBy: -2)..<next.upperBound
                }
            } else if isOpen {
                depth += 1
            }
            index = next.upperBound
        }
        return nil
    }
}
