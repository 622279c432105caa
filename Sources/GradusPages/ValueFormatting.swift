import GradusLessons
import GradusMath
import GradusRuns

extension Value {
    /// The value as running text (escaped later by the caller).
    func prose(_ format: NumberFormat?, _ words: Localization) -> String {
        switch self {
        case .number(let x): (format ?? .default).format(x).prose
        case .integer(let n): format.map { $0.format(Double(n)).prose } ?? (n < 0 ? "−\(-n)" : "\(n)")
        case .text(let text): text
        case .outcome(let outcome): words.outcome(outcome)
        case .tex(let tex): tex
        }
    }

    /// The value as HTML for prose: text escaped, and math (a formula) rendered to MathML.
    func html(_ format: NumberFormat?, _ words: Localization) -> String {
        if case .tex(let tex) = self, let math = try? TeX.mathML(tex, style: .inline) { return math }
        return HTML.escape(prose(format, words))
    }

    /// The value as TeX, for a binding inside math.
    func tex(_ format: NumberFormat?, _ words: Localization) -> String {
        switch self {
        case .number(let x): (format ?? .default).format(x).tex
        case .integer(let n): format.map { $0.format(Double(n)).tex } ?? "\(n)"
        case .text(let text): Self.texText(text)
        case .outcome(let outcome): Self.texText(words.outcome(outcome))
        case .tex(let tex): "{" + tex + "}"
        }
    }

    /// `\text{…}` that shows `text` as it is: TeX's special characters escaped (a backslash, which `\text` cannot
    /// hold, becomes the look-alike ∖, and a tilde ∼ rather than a no-break space).
    static func texText(_ text: String) -> String {
        var out = "\\text{"
        for character in text {
            switch character {
            case "{", "}", "$", "%", "&", "#", "_": out += "\\\(character)"
            case "\\": out += "∖"
            case "~": out += "∼"
            default: out.append(character)
            }
        }
        return out + "}"
    }
}
