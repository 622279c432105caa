/// Escaping of text and attribute values, and sanitising of caller-supplied ids.
enum XMLText {
    /// Escapes `& < > " '` and drops characters that are not allowed in XML 1.0 (most C0 controls).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Makes an id that is valid in HTML, XML and as a bare CSS `#id` selector:
    /// characters outside `[A-Za-z0-9_-]` become "-", and a "p" is prepended unless it starts with a letter.
    static func sanitizedID(_ raw: String) -> String {
        var s = ""
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-": s.unicodeScalars.append(scalar)
            default: s += "-"
            }
        }
        if let first = s.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) {
            return s
        }
        return "p" + s
    }
}
