import GradusOptim

/// Python source text built line by line, with four-space indentation.
struct PythonSource {
    private(set) var text = ""
    private var depth = 0

    /// Appends one line at the current indentation (an empty string gives an empty line).
    mutating func line(_ content: String = "") {
        text += content.isEmpty ? "\n" : String(repeating: "    ", count: depth) + content + "\n"
    }

    /// Appends several lines.
    mutating func lines(_ contents: [String]) {
        for content in contents { line(content) }
    }

    /// Appends `text` as `#` comment lines, one per line of `text`.
    mutating func comment(_ text: String) {
        for content in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line("# " + PythonLiteral.comment(String(content)))
        }
    }

    /// Appends `text` as a docstring (backslashes and double quotes, which could end it, made harmless).
    mutating func docstring(_ text: String) {
        let safe = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "'")
        line("\"\"\"" + PythonLiteral.comment(safe) + "\"\"\"")
    }

    /// Appends `outcome = "…"` (an f-string when `formatted`) and `break`: the loop ends with this sentence.
    mutating func end(with outcome: String, formatted: Bool = false) {
        line("outcome = " + (formatted ? "f" : "") + PythonLiteral.string(outcome))
        line("break")
    }

    /// Appends `header` (ending in a colon) and the lines `body` writes, one level deeper.
    mutating func block(_ header: String, _ body: (inout PythonSource) -> Void) {
        line(header)
        depth += 1
        body(&self)
        depth -= 1
    }
}

/// Python literals of numbers: the shortest text that reads back as the same double, so a listing's constants are
/// the run's to the bit.
enum PythonLiteral {
    static func number(_ x: Double) -> String {
        if x.isNaN { return "float(\"nan\")" }
        if x.isInfinite { return x > 0 ? "float(\"inf\")" : "-float(\"inf\")" }
        // Swift's description is the shortest round-trip form ("0.01", "1e-06", "5.0"), which Python reads alike.
        return "\(x)"
    }

    static func list(_ values: [Double]) -> String {
        "[" + values.map(number).joined(separator: ", ") + "]"
    }

    static func array(_ values: [Double]) -> String { "np.array(\(list(values)))" }

    /// A matrix as a NumPy array of rows.
    static func array(_ matrix: Matrix) -> String {
        let rows = (0..<matrix.rows).map { i in list((0..<matrix.columns).map { matrix[i, $0] }) }
        return "np.array([" + rows.joined(separator: ", ") + "])"
    }

    /// A string literal in double quotes.
    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Text for a `#` comment: one line, no control characters.
    static func comment(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
