import GradusLessons
import GradusMath
import GradusOptim
import GradusRuns
import GradusText

/// One update written out as display math with the run's numbers.
struct WorkedStep {
    let run: ExampleRun
    let block: GeneratedBlock
    let words: Localization

    func column(_ values: [Double]) -> String {
        let format = NumberFormat.significant(block.digits)
        return "\\begin{pmatrix} " + values.map { format.format($0).tex }.joined(separator: " \\\\ ")
            + " \\end{pmatrix}"
    }

    /// A symbol of the notation as TeX: Greek letters by their command, anything else as it is.
    static func tex(_ symbol: String) -> String {
        let greek: [String: String] = [
            "α": "\\alpha", "β": "\\beta", "γ": "\\gamma", "δ": "\\delta", "ε": "\\varepsilon", "η": "\\eta",
            "θ": "\\theta", "λ": "\\lambda", "μ": "\\mu", "ρ": "\\rho", "τ": "\\tau", "φ": "\\varphi",
        ]
        return greek[symbol] ?? symbol
    }

    var html: HTMLWriter {
        get throws(Diagnostics) {
            let k = block.iteration
            guard let record = run.trace.iteration(k), let update = record.update,
                let next = run.trace.iteration(k + 1)
            else {
                throw Diagnostics(
                    block.location,
                    "iteration \(k) of \(run.example.name) has no recorded update (the run \(run.trace.outcome) at iteration \(run.trace.final.k))"
                )
            }
            let format = NumberFormat.significant(block.digits)
            var tex: String
            if case .firstOrder(let spec, nil, nil) = run.example.method, case .gd = spec.method,
                spec.schedule == .constant,
                spec.clipNorm == nil
            {
                let (alpha, J) = (Self.tex(words.notation.learningRate), Self.tex(words.notation.objective))
                tex = "\\theta^{(\(k + 1))} = \\theta^{(\(k))} - \(alpha) \\nabla \(J)(\\theta^{(\(k))}) = "
                tex +=
                    column(record.theta) + " - " + format.format(record.learningRate).tex + " "
                    + column(record.gradient)
            } else {
                tex =
                    "\\theta^{(\(k + 1))} = \\theta^{(\(k))} + \\Delta\\theta^{(\(k))} = " + column(record.theta)
                    + " + " + column(update)
            }
            // When θ⁽ᵏ⁺¹⁾ is what is left after a cancellation (|θ⁽ᵏ⁺¹⁾| tiny beside the terms added), the rounded
            // terms shown add up to 0, not to the rounding residue shown: say ≈ rather than =.
            let cancels = zip(zip(record.theta, update), next.theta).contains { terms, result in
                result != 0 && abs(result) <= 1e-9 * max(abs(terms.0), abs(terms.1))
            }
            tex += (cancels ? " \\approx " : " = ") + column(next.theta)
            do throws(MathError) {
                let math = try TeX.formula(tex, style: .display)
                func vector(_ values: [Double]) -> String {
                    values.map { format.format($0).prose }.joined(separator: ", ")
                }
                var caption = words.stepCaption(
                    example: words.label(run.example), k: k, from: format.format(record.loss).prose,
                    to: format.format(next.loss).prose,
                    gradient: vector(record.batch?.gradient ?? record.gradient), batch: record.batch?.size)
                if !record.state.isEmpty {
                    caption +=
                        words.sentenceSpace
                        + words.stateAfterStep(
                            record.state.map { entry in
                                words.stateEntry(name: entry.name, values: entry.values.map { format.format($0).prose })
                            })
                }
                var out = HTMLWriter()
                out.open("figure", [.init("class", "step")])
                out.newline()
                out.raw(math.mathML, text: math.text)
                out.newline()
                out.element("figcaption", caption)
                out.newline()
                out.close("figure")
                out.newline()
                return out
            } catch {
                throw Diagnostics(block.location, "cannot write out this step: \(error.message)")
            }
        }
    }
}
