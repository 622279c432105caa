import GradusText

/// XML text/attribute escaping for MathML.
enum XML {
    /// Escapes `&`, `<`, `>` and `"` (`Escape.markup`, apostrophes kept). Characters that are invisible or combine
    /// with their neighbour (no-break space, U+2061, combining accents) become numeric references so the output
    /// stays readable.
    static func escape<S: StringProtocol>(_ text: S) -> String {
        // Printable ASCII (most of a formula's tokens) has none of those characters: escaped on bytes.
        if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) { return Escape.markup(text, apostrophe: false) }
        return Escape.markup(text, apostrophe: false) { scalar in
            guard scalar != " " else { return nil }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .spaceSeparator, .control:
                return "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
            default:
                return nil
            }
        }
    }
}
