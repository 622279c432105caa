import GradusText

/// Escaping of text and attribute values for SVG, and sanitising of caller-supplied ids.
enum XMLText {
    /// Escapes text for SVG (`Escape.markup`) and drops characters that are not allowed in XML 1.0 (most C0
    /// controls).
    static func escape(_ text: String) -> String {
        // Only C0 controls (bytes below 0x20) and U+FFFE/U+FFFF (which start with the byte 0xEF) are dropped; text
        // without them is escaped byte by byte.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF }) { return Escape.markup(text) }
        return Escape.markup(text) { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: nil
            case 0..<0x20, 0xFFFE, 0xFFFF: ""
            default: nil
            }
        }
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
