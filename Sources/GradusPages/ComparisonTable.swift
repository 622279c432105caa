import GradusLessons
import GradusOptim
import GradusRuns
import GradusText

/// Several runs side by side.
struct ComparisonTable {
    let runs: [ExampleRun]
    let tolerance: Double?
    let words: Localization

    /// Every header and cell goes through the writer, so a header is escaped like any text (the headers were
    /// once written as they were). Each cell carries its column's header in `data-label`, so that on a phone the
    /// stylesheet can show each run as a card (label, outcome, then the numbers) instead of a wide table.
    var html: HTMLWriter {
        let format = NumberFormat.significant(4)
        let header = words.compareHeaders
        let methods = runs.map { Self.method($0.example.method, words) }
        // A method column says something beside a label the author chose, or a setting the generated label leaves out.
        let showsMethod = zip(runs, methods).contains { run, method in
            run.example.label.text(in: words.language) == nil
                ? !Self.labelNamesEverySetting(run.example.method) : words.label(run.example) != method
        }
        var headers = [header.example] + (showsMethod ? [header.method] : []) + [header.iterations]
        let toleranceHeader = tolerance.map { words.iterationsTo(words.number($0, .significant(3))) }
        if let toleranceHeader { headers.append(toleranceHeader) }
        headers += [header.finalLoss, header.finalNorm, header.outcome]
        var out = HTMLWriter()
        out.line("figure", [.init("class", "compare")], linesInside: true) { figure in
            figure.table {
                $0.columnHeaders(headers)
            } rows: { body in
                for (run, method) in zip(runs, methods) {
                    body.row { cells in
                        func cell(_ label: String, _ text: String, _ className: String? = nil) {
                            let attributes: [HTMLWriter.Attribute] = [.init("data-label", label)]
                            cells.element("td", attributes + (className.map { [.init("class", $0)] } ?? []), text)
                        }
                        cells.element("th", [.row], words.label(run.example))
                        if showsMethod { cell(header.method, method, "text") }
                        cell(header.iterations, "\(run.trace.iterationCount)")
                        if let tolerance, let toleranceHeader {
                            cell(toleranceHeader, run.iterations(toGradientNorm: tolerance).map(String.init) ?? "—")
                        }
                        cell(header.finalLoss, words.number(run.trace.final.loss, format))
                        cell(header.finalNorm, words.number(run.trace.final.gradientNorm, format))
                        cell(header.outcome, words.shortOutcome(run.trace.outcome), "text outcome")
                    }
                }
            }
        }
        return out
    }

    /// The method with the hyperparameters that differ from torch's defaults, e.g. `sgd (lr 0.1, momentum 0.9)`.
    static func method(_ method: MethodDeclaration, _ words: Localization) -> String {
        switch method {
        case .newton(let settings):
            let name = words(settings.step == .pure ? .methodNewton : .methodNewtonBacktracking)
            return Self.withSettings(name, Self.newtonSettings(settings, words), words)
        case .firstOrder(let spec, let sampling, let box):
            var parts: [String] = []
            let defaults = (try? OptimizerSpec(method: spec.methodName))?.parameters ?? [:]
            for (name, value) in spec.parameters.sorted(by: { $0.key < $1.key })
            where name == "lr" || defaults[name] != value {
                if name == "nesterov", case .flag(let on) = value {
                    let text = words(on ? .nesterovOn : .nesterovOff)
                    if !text.isEmpty { parts.append(text) }
                    continue
                }
                parts.append("\(parameterNames[name].map { words($0) } ?? name) \(Self.show(value, words))")
            }
            if let sampling { parts.append(words(.settingBatch, ["n": "\(sampling.batchSize)"])) }
            if let norm = spec.clipNorm {
                parts.append(words(.settingClip, ["norm": words.number(norm, .significant(6))]))
            }
            if spec.schedule != .constant { parts.append(words(.settingScheduled)) }
            if box != nil { parts.append(words(.settingProjected)) }
            return Self.withSettings(methodNames[spec.methodName].map { words($0) } ?? spec.methodName, parts, words)
        }
    }

    /// Whether a generated label (`Localization.generatedLabel`) says everything the method column would: the
    /// hyperparameters it leaves at torch's defaults are the only ones the label does not name.
    static func labelNamesEverySetting(_ method: MethodDeclaration) -> Bool {
        switch method {
        case .newton(let settings): return settings.indefinite == .fail
        case .firstOrder(let spec, _, _):
            let named: Set<String> = ["lr", "momentum", "nesterov", "weight_decay", "maximize"]
            let defaults = (try? OptimizerSpec(method: spec.methodName))?.parameters ?? [:]
            return spec.parameters.allSatisfy { named.contains($0.key) || defaults[$0.key] == $0.value }
        }
    }

    /// `name (a, b)`, or the name alone when there are no settings.
    static func withSettings(_ name: String, _ parts: [String], _ words: Localization) -> String {
        parts.isEmpty
            ? name
            : words(.methodSettings, ["method": name, "settings": parts.joined(separator: words(.settingsSeparator))])
    }

    /// Newton's settings that differ from the defaults, e.g. `lr 0.5`, `indefinite: gradient`.
    static func newtonSettings(_ settings: NewtonSettings, _ words: Localization) -> [String] {
        var parts: [String] = []
        if settings.learningRate != 1 {
            parts.append(words(.newtonLR, ["lr": words.number(settings.learningRate, .significant(6))]))
        }
        switch settings.indefinite {
        case .fail: break
        case .continue: parts.append(words(.newtonContinue))
        case .gradient: parts.append(words(.newtonGradient))
        }
        return parts
    }

    /// The words for each method and hyperparameter (any other keeps torch's name).
    static let methodNames: [String: WordKey] = [
        "gd": .methodGD, "sgd": .methodSGD, "adam": .methodAdam, "adamw": .methodAdamW, "adagrad": .methodAdagrad,
        "rmsprop": .methodRMSprop,
    ]
    static let parameterNames: [String: WordKey] = [
        "lr": .parameterLR, "momentum": .parameterMomentum, "weight_decay": .parameterWeightDecay,
        "dampening": .parameterDampening, "alpha": .parameterAlpha, "centered": .parameterCentered,
        "amsgrad": .parameterAMSGrad, "maximize": .parameterMaximize, "lr_decay": .parameterLRDecay,
    ]

    static func show(_ value: HyperparameterValue, _ words: Localization) -> String {
        let format = NumberFormat.significant(6)
        return switch value {
        case .number(let x): words.number(x, format)
        case .flag(let b): words(b ? .flagOn : .flagOff)
        case .pair(let a, let b): "(\(words.number(a, format)), \(words.number(b, format)))"
        }
    }
}
