import GradusLessons
import GradusOptim
import GradusRuns
import GradusText

/// The words Gradus itself puts on a page, in the page's language: the texts come from the language's
/// `LanguageTable`, these functions fill in their numbers and names.
public struct Localization: Sendable {
    public let language: String
    /// The table of the language's words and number style.
    public let table: LanguageTable
    /// The lesson's symbols, which the words use: `{objective}` and `{lr}` in a text are its symbols unless given.
    public var notation: Notation

    public init(language: String, notation: Notation = Notation()) {
        self.language = language
        self.notation = notation
        table = LanguageTable.table(for: language)
    }

    /// The names of an example's parameters in the lesson's notation.
    func parameterNames(_ example: Example) -> [String] {
        // A formula's variable named `theta` is shown as θ, as its formula is.
        example.parameterNames
            ?? notation.parameterNames(
                dimension: example.start.count,
                formulaNames: example.objective.parameterNames?.map(ReadableFormula.text))
    }

    /// The languages with translated interface words; any other language gets English words.
    public static let translated = LanguageTable.all.keys.sorted()

    /// `key`'s text with its placeholders filled in.
    func callAsFunction(_ key: WordKey, _ values: [String: String] = [:]) -> String {
        if let plain = table.plainText(key) { return plain }
        return table.text(
            key,
            values.merging(["objective": notation.objective, "symbol": notation.learningRate]) { given, _ in given })
    }

    /// `x` written for prose in this language.
    func number(_ x: Double, _ format: NumberFormat = .default) -> String { table.numbers.prose(x, format) }

    /// The language's own name, for the link to a page in that language.
    static func name(of language: String) -> String {
        LanguageTable.all[language].map { $0.text(.languageName) } ?? language
    }

    var footer: String { self(.footer) }
    var sectionLink: String { self(.sectionLink) }
    var lessons: String { self(.lessons) }
    var allLessons: String { self(.allLessons) }
    var contents: String { self(.contents) }
    var otherLanguages: String { self(.otherLanguages) }
    var downloads: String { self(.downloads) }
    /// What stands between two sentences (a space, or nothing in Chinese).
    var sentenceSpace: String { self(.sentenceSpace) }
    /// What separates the items of a list inside a sentence.
    var listSeparator: String { self(.listSeparator) }

    /// How a run ended, in words of this language.
    public func outcome(_ outcome: Outcome) -> String {
        switch outcome {
        case .converged(let test, let k):
            self(test == .gradientNorm ? .outcomeConvergedGradient : .outcomeConvergedLoss, ["k": "\(k)"])
        case .reachedIterationLimit(let n): self(.outcomeLimit, ["n": "\(n)"])
        case .diverged(let k): self(.outcomeDiverged, ["k": "\(k)"])
        case .failed(let k, let reason): self(.outcomeFailed, ["k": "\(k)", "reason": failure(reason)])
        }
    }

    /// The outcome in a word or two, for a place that gives the iteration count beside it; a failure keeps its reason.
    func shortOutcome(_ outcome: Outcome) -> String {
        switch outcome {
        case .converged: self(.outcomeShortConverged)
        case .reachedIterationLimit: self(.outcomeShortLimit)
        case .diverged: self(.outcomeShortDiverged)
        case .failed: self.outcome(outcome)
        }
    }

    /// Why a run failed, with the point formatted like every other number on the page.
    func failure(_ reason: FailureReason) -> String {
        let point = { (theta: [Double]) in "(" + theta.map { number($0) }.joined(separator: ", ") + ")" }
        return switch reason {
        case .singularHessian(let theta): self(.failureSingular, ["point": point(theta)])
        case .indefiniteHessian(let theta): self(.failureIndefinite, ["point": point(theta)])
        case .lineSearchExhausted(let trials): self(.failureLineSearch, ["trials": "\(trials)"])
        case .invalidSetup(let why): why
        case .outsideDomain(let violation): domain(violation)
        }
    }

    /// How to re-run an example from the command line: a sentence with two commands in `<code>`.
    func rerun(file: String, example: String, setting: String, to out: inout HTMLWriter) {
        for segment in table.segments(.rerun) {
            switch segment {
            // The sentence's apostrophe was always written as itself; only the commands' text could need escaping.
            case .text(let text): out.text(text, apostrophe: false)
            case .placeholder("command"): out.element("code", "gradus run \(file) --example \(example)")
            case .placeholder(_): out.element("code", "--set \(setting)")
            }
        }
    }

    /// `text` in parentheses: full-width ones in Chinese.
    func parenthesized(_ text: String) -> String { self(.parenthesized, ["text": text]) }

    /// The title of one panel of a learning-rate sweep.

    func rowsNotShown(_ n: Int) -> String { self(.rowsNotShown, ["n": "\(n)"]) }

    func readingTime(_ minutes: Int) -> String { self(.readingTime, ["minutes": "\(minutes)"]) }

    func callout(_ kind: String) -> String {
        switch kind {
        case "tip": self(.calloutTip)
        case "warning": self(.calloutWarning)
        default: self(.calloutNote)
        }
    }

    var iterationAxis: String { self(.iterationAxis) }
    var plotData: String { self(.plotData) }

    func plotTitle(_ kind: GeneratedBlock.PlotKind) -> String {
        switch kind {
        case .loss: self(.plotTitleLoss)
        case .gradientNorm: self(.plotTitleGradientNorm)
        case .contour: self(.plotTitleContour)
        case .sweep: self(.plotTitleSweep)
        case .function, .trace, .data, .curve: figureTitle(kind)
        }
    }

    /// "5 iterations", "1 iteration".
    public func iterationCount(_ n: Int) -> String {
        self(n == 1 ? .iterationCountOne : .iterationCountMany, ["n": "\(n)"])
    }

    /// A path's summary; without the outcome when the page has already given it (`outcome` nil).
    func pathSummary(example: String, from: String, to: String, iterations: Int, outcome: String?) -> String {
        let values = ["example": example, "from": from, "to": to, "iterations": iterationCount(iterations)]
        guard let outcome else { return self(.pathSummaryBare, values) }
        return self(.pathSummary, values.merging(["outcome": outcome]) { a, _ in a })
    }

    /// A curve's summary; without the outcome when the page has already given it (`outcome` nil).
    func plotSummary(example: String, gradient: Bool, from: String, to: String, iterations: Int, outcome: String?)
        -> String
    {
        let values = ["example": example, "from": from, "to": to, "iterations": iterationCount(iterations)]
        guard let outcome else { return self(gradient ? .plotSummaryGradientBare : .plotSummaryLossBare, values) }
        return self(
            gradient ? .plotSummaryGradient : .plotSummaryLoss, values.merging(["outcome": outcome]) { a, _ in a })
    }

    /// The caption of a figure of several runs: which converged (fastest first), diverged, stopped at the limit (with
    /// the final J) or failed, one sentence each; `labels` and `finalLosses` in the figure's order.
    func runsOverview(_ runs: [(label: String, outcome: Outcome, finalLoss: Double)]) -> String {
        func sentence(_ key: WordKey, _ items: [String]) -> String? {
            items.isEmpty ? nil : self(key, ["list": items.joined(separator: listSeparator)])
        }
        var converged: [(k: Int, item: String)] = []
        var diverged: [String] = []
        var limited: [String] = []
        var failed: [String] = []
        for run in runs {
            switch run.outcome {
            case .converged(_, let k):
                converged.append(
                    (k, self(.runConvergedItem, ["example": run.label, "iterations": iterationCount(k)])))
            case .diverged(let k): diverged.append(self(.runStoppedItem, ["example": run.label, "k": "\(k)"]))
            case .failed(let k, _): failed.append(self(.runStoppedItem, ["example": run.label, "k": "\(k)"]))
            case .reachedIterationLimit:
                limited.append(
                    self(
                        .runAtLimitItem,
                        [
                            "example": run.label, "objective": notation.objective,
                            "value": number(run.finalLoss, .significant(4)),
                        ]))
            }
        }
        let fastest = converged.enumerated().sorted { ($0.element.k, $0.offset) < ($1.element.k, $1.offset) }
        return [
            sentence(.runsConverged, fastest.map(\.element.item)), sentence(.runsDiverged, diverged),
            sentence(.runsAtLimit, limited), sentence(.runsFailed, failed),
        ].compactMap { $0 }.joined(separator: sentenceSpace)
    }

    func iterationsNotShown(_ n: Int) -> String { self(.iterationsNotShown, ["n": "\(n)"]) }

    /// A table's caption; without the outcome when the page has already given it (`outcome` nil).
    func tableCaption(example: String, shown: Int, total: Int, outcome: Outcome?) -> String {
        let values = ["example": example, "shown": "\(shown)", "total": "\(total)", "last": "\(total - 1)"]
        guard let outcome else { return self(shown == total ? .tableCaptionAllBare : .tableCaptionSomeBare, values) }
        return self(
            shown == total ? .tableCaptionAll : .tableCaptionSome,
            values.merging(["outcome": self.outcome(outcome)]) { a, _ in a })
    }

    func dataCaption(example: String, samples: Int) -> String {
        self(.dataCaption, ["example": example, "samples": "\(samples)"])
    }

    func noData(example: String) -> String { self(.noData, ["example": example]) }

    var compareHeaders:
        (example: String, method: String, iterations: String, finalLoss: String, finalNorm: String, outcome: String)
    {
        (
            self(.compareExample), self(.compareMethod), self(.compareIterations), self(.compareFinalLoss),
            self(.compareFinalNorm), self(.compareOutcome)
        )
    }

    func iterationsTo(_ tolerance: String) -> String { self(.iterationsTo, ["tolerance": tolerance]) }

    func stepCaption(example: String, k: Int, from: String, to: String, gradient: String, batch: Int? = nil) -> String {
        var values = ["example": example, "k": "\(k)", "from": from, "to": to, "gradient": gradient]
        guard let batch else { return self(.stepCaption, values) }
        values["batch"] = "\(batch)"
        return self(batch == 1 ? .stepCaptionSample : .stepCaptionBatch, values)
    }

    /// The words for each optimizer state that has them (torch's names; the others are shown by name alone).
    static let stateWords: [String: WordKey] = [
        "velocity": .stateMomentumBuffer, "momentum_buffer": .stateMomentumBuffer, "exp_avg": .stateFirstMoment,
        "exp_avg_sq": .stateSecondMoment, "max_exp_avg_sq": .stateMaxSecondMoment, "sum": .stateSum,
        "square_avg": .stateSquareAvg, "grad_avg": .stateGradAvg, "clip_coef": .stateClipCoef,
        "newton_direction": .stateNewtonDirection, "line_search_trials": .stateLineSearchTrials,
    ]

    /// The states torch.optim keeps under these names (`optimizer.state[p]`), which a student can look up there.
    static let torchStateNames: Set<String> = [
        "momentum_buffer", "exp_avg", "exp_avg_sq", "max_exp_avg_sq", "sum", "square_avg", "grad_avg",
    ]

    /// An optimizer state entry in words, with torch's name in brackets where torch.optim keeps the state under it
    /// (Gradus's own states, such as Newton's direction, are named in words only); a single value is written without
    /// parentheses.
    func stateEntry(name: String, values: [String]) -> String {
        let value = values.count == 1 ? values[0] : "(" + values.joined(separator: ", ") + ")"
        guard let key = Self.stateWords[name] else { return "\(name) = \(value)" }
        guard Self.torchStateNames.contains(name) else { return "\(self(key)) = \(value)" }
        return self(.stateEntry, ["words": self(key), "name": name, "value": value])
    }

    func stateAfterStep(_ entries: [String]) -> String {
        self(.stateAfterStep, ["entries": entries.joined(separator: listSeparator)])
    }
}
