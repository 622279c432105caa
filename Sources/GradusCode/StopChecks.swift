import GradusLessons
import GradusOptim

/// The stopping rule inside a listing's loop, in Gradus's order: divergence, then the gradient's norm, then the change
/// of the loss, then the iteration limit. Each check ends the loop with an `outcome` sentence.
struct StopChecks {
    let stopping: StoppingRule
    let example: Example
    let library: PythonExpression.Library
    let words: ListingWords

    private var norm: String { library == .torch ? "torch.linalg.vector_norm" : "np.linalg.norm" }

    func write(to out: inout PythonSource) {
        let stop = stopping
        if let bound = stop.divergeAbove {
            // Which of |J| and ‖θ‖ are watched depends on the start only, so the listing writes just those.
            let test = stop.divergenceTest(for: example.objective.objective, start: example.start)
            var parts: [String] = []
            if test.watchesLoss { parts.append("abs(loss) > \(PythonLiteral.number(bound))") }
            if test.watchesTheta { parts.append("\(norm)(theta) > \(PythonLiteral.number(bound))") }
            if !parts.isEmpty {
                out.block("if \(parts.joined(separator: " or ")):") {
                    $0.end(with: words(.outcomePast, ["bound": PythonLiteral.number(bound)]))
                }
            }
        }
        if let tolerance = stop.gradientTolerance {
            out.block("if \(norm)(grad) <= \(PythonLiteral.number(tolerance)):") {
                $0.end(with: words(.outcomeGradient, ["tolerance": PythonLiteral.number(tolerance)]))
            }
        }
        if let tolerance = stop.lossChangeTolerance {
            out.block("if k > 0 and abs(loss - previous_loss) <= \(PythonLiteral.number(tolerance)):") {
                $0.end(with: words(.outcomeLossChange, ["tolerance": PythonLiteral.number(tolerance)]))
            }
        }
        out.block("if k == \(stop.maxIterations):") {
            $0.end(with: words(.outcomeLimit))
        }
    }
}
