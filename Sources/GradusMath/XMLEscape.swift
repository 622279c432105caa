/// XML text/attribute escaping.
enum XML {
    /// Escapes `&`, `<`, `>` and `"`. Characters that are invisible or combine with their
    /// neighbour (no-break space, U+2061, combining accents) become numeric references so the
    /// output stays readable.
    static func escape<S: StringProtocol>(_ text: S) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case " ": out += " "
            default:
                switch scalar.properties.generalCategory {
                case .nonspacingMark, .enclosingMark, .format, .spaceSeparator, .control:
                    out += "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
                default:
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
