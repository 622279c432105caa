import GradusLessons

/// The words of the figures of the geometry (function, trace, data and curve plots, θ*, the feasible box).
extension Localization {
    func figureTitle(_ kind: GeneratedBlock.PlotKind) -> String {
        switch kind {
        case .function: self(.figureFunction)
        case .trace: self(.figureTrace)
        case .data: self(.figureData)
        case .curve: self(.figureCurve)
        default: plotTitle(kind)
        }
    }

    var startWord: String { self(.figureStart) }
    var endWord: String { self(.figureEnd) }
    var optimumWord: String { self(.figureOptimum) }
    var minimumWord: String { self(.figureMinimum) }
    var boxWord: String { self(.figureBox) }
    var gapAxis: String { "\(notation.objective)(θ) − \(notation.objective)*" }

    /// The note on a contour map whose region leaves out far-off iterates.
    func clippedNote(_ count: Int) -> String {
        self(count == 1 ? .figureClippedOne : .figureClippedMany, ["count": "\(count)"])
    }

    /// The axis label of a trace plot.
    func quantityName(_ quantity: GeneratedBlock.TraceQuantity, parameter: (Int) -> String) -> String {
        let j = notation.objective
        return switch quantity {
        case .loss: "\(j)(θ)"
        case .gradientNorm: "‖∇\(j)(θ)‖"
        case .learningRate: self(.quantityLearningRate)
        case .batchLoss: self(.quantityBatchLoss)
        case .theta(let i): parameter(i)
        case .gradient(let i): "∂\(j)/∂" + parameter(i)
        case .update(let i): "Δ" + parameter(i)
        case .state(let name, let i): "\(name)[\(i)]"
        }
    }

    func traceSummary(example: String, quantity: String, from: String, to: String, iterations: Int) -> String {
        let sentence = self(
            iterations == 1 ? .traceSummaryOne : .traceSummaryMany,
            ["example": example, "quantity": quantity, "from": from, "to": to, "iterations": "\(iterations)"])
        // "learning rate α of …" starts a sentence: a first word of Latin letters is capitalised; a symbol (θ₀) or a
        // state's name (exp_avg_sq[0]) is left as it is written.
        let firstWord = sentence.prefix { $0 != " " }.unicodeScalars
        guard !firstWord.isEmpty, firstWord.allSatisfy({ ("a"..."z").contains($0) }) else { return sentence }
        return sentence.prefix(1).uppercased() + sentence.dropFirst()
    }

    /// The legend of a classifier's two classes.
    var classWords: [String] { [self(.classZero), self(.classOne)] }
    func boundaryLabel(_ example: String) -> String { self(.boundaryLabel, ["example": example]) }
    func fitLabel(_ example: String) -> String { self(.fitLabel, ["example": example]) }
    func dataSummary(samples: Int, classifier: Bool) -> String {
        self(classifier ? .dataSummaryClasses : .dataSummaryLine, ["samples": "\(samples)"])
    }

    func curveSummary(formula: String, variable: String, from: String, to: String, members: [String]) -> String {
        let family =
            members.count > 1
            ? self(.curveFamily, ["members": members.joined(separator: self(.curveMemberSeparator))]) : ""
        return self(
            .curveSummary, ["formula": formula, "variable": variable, "from": from, "to": to, "family": family])
    }

    var batchWord: String { self(.batchWord) }
    var fullWord: String { self(.fullWord) }
}
