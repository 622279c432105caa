/// Cuts a formula into tokens: numbers (`3`, `0.5`, `.5`, `1e-3`), names (ASCII letters, digits and `_`,
/// starting with a letter), `+ - * / ^ ( ) ,`. Spaces separate tokens and are otherwise ignored.
enum FormulaLexer {
    static func tokens(_ text: String) throws(FormulaError) -> [FormulaToken] {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count <= FormulaLimits.characters else {
            throw FormulaError(
                FormulaLimits.characters, "the formula is longer than \(FormulaLimits.characters) characters")
        }
        var tokens: [FormulaToken] = []
        var i = 0
        func isDigit(_ s: Unicode.Scalar) -> Bool { s >= "0" && s <= "9" }
        func isLetter(_ s: Unicode.Scalar) -> Bool { (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") }
        while i < scalars.count {
            let s = scalars[i]
            let start = i
            if s == " " || s == "\t" || s == "\n" || s == "\r" {
                i += 1
                continue
            }
            if isDigit(s) || (s == "." && i + 1 < scalars.count && isDigit(scalars[i + 1])) {
                while i < scalars.count, isDigit(scalars[i]) { i += 1 }
                if i < scalars.count, scalars[i] == "." {
                    i += 1
                    while i < scalars.count, isDigit(scalars[i]) { i += 1 }
                }
                // An exponent only when digits follow: `2e` is 2 next to the constant e (refused by the parser).
                if i < scalars.count, scalars[i] == "e" || scalars[i] == "E" {
                    var j = i + 1
                    if j < scalars.count, scalars[j] == "+" || scalars[j] == "-" { j += 1 }
                    if j < scalars.count, isDigit(scalars[j]) {
                        i = j
                        while i < scalars.count, isDigit(scalars[i]) { i += 1 }
                    }
                }
                let literal = String(String.UnicodeScalarView(scalars[start..<i]))
                guard let value = Double(literal), value.isFinite else {
                    throw FormulaError(start, "the number \(literal) is too large")
                }
                if i < scalars.count, scalars[i] == "." {
                    throw FormulaError(i, "a number has at most one decimal point")
                }
                tokens.append(FormulaToken(kind: .number(value), offset: start))
                continue
            }
            if isLetter(s) {
                while i < scalars.count, isLetter(scalars[i]) || isDigit(scalars[i]) || scalars[i] == "_" { i += 1 }
                tokens.append(
                    FormulaToken(kind: .name(String(String.UnicodeScalarView(scalars[start..<i]))), offset: start))
                continue
            }
            i += 1
            let kind: FormulaToken.Kind
            switch s {
            case "+": kind = .op(.add)
            case "-", "−": kind = .op(.subtract)
            case "*", "·", "×": kind = .op(.multiply)
            case "/": kind = .op(.divide)
            case "^": kind = .op(.power)
            case "(": kind = .open
            case ")": kind = .close
            case ",": kind = .comma
            case "[", "{":
                throw FormulaError(start, "'\(s)' is not a parenthesis in a formula: group with '(' and ')'")
            default:
                let hint =
                    s.properties.isAlphabetic ? " (names are ASCII letters, digits and '_': write theta, not θ)" : ""
                throw FormulaError(start, "unexpected character '\(s)'\(hint)")
            }
            if case .op(.multiply) = kind, i < scalars.count, scalars[i] == "*", s == "*" {
                throw FormulaError(start, "'**' is not a power here: write x^2")
            }
            tokens.append(FormulaToken(kind: kind, offset: start))
        }
        tokens.append(FormulaToken(kind: .end, offset: scalars.count))
        return tokens
    }
}
