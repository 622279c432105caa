import GradusLessons
import GradusMath
import GradusRuns
import GradusText

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

    /// Writes the value into running prose: text escaped by the writer, math (a formula) as MathML.
    func write(to out: inout HTMLWriter, _ format: NumberFormat?, _ words: Localization) {
        if case .tex(let tex) = self, let formula = try? TeX.formula(tex, style: .inline) {
            out.raw(formula.mathML, text: formula.text)
        } else {
            out.text(prose(format, words))
        }
    }

    /// The value as TeX, for a binding inside math.
    func tex(_ format: NumberFormat?, _ words: Localization) -> String {
        switch self {
        case .number(let x): (format ?? .default).format(x).tex
        case .integer(let n): format.map { $0.format(Double(n)).tex } ?? "\(n)"
        case .text(let text): Escape.texText(text)
        case .outcome(let outcome): Escape.texText(words.outcome(outcome))
        case .tex(let tex): "{" + tex + "}"
        }
    }
}
