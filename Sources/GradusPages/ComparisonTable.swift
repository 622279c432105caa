import GradusLessons
import GradusOptim
import GradusRuns

/// Several runs side by side.
struct ComparisonTable {
    let runs: [ExampleRun]
    let tolerance: Double?
    let words: Localization

    var html: String {
        let format = NumberFormat.significant(4)
        let header = words.compareHeaders
        var out = "<figure class=\"compare\">\n<table>\n<thead><tr><th scope=\"col\">\(header.example)</th><th scope=\"col\">\(header.method)</th>"
        if let tolerance {
            out += "<th scope=\"col\">\(HTML.escape(words.iterationsTo(NumberFormat.significant(3).format(tolerance).prose)))</th>"
        }
        out += "<th scope=\"col\">\(header.finalLoss)</th><th scope=\"col\">\(header.finalNorm)</th><th scope=\"col\">\(header.outcome)</th></tr></thead>\n<tbody>\n"
        for run in runs {
            out += "<tr><th scope=\"row\">\(HTML.escape(run.example.name))</th><td class=\"text\">\(HTML.escape(Self.method(run.example.method)))</td>"
            if let tolerance {
                out += "<td>\(run.iterations(toGradientNorm: tolerance).map(String.init) ?? "—")</td>"
            }
            out += "<td>\(HTML.escape(format.format(run.trace.final.loss).prose))</td>"
            out += "<td>\(HTML.escape(format.format(run.trace.final.gradientNorm).prose))</td>"
            out += "<td class=\"text\">\(HTML.escape(words.outcome(run.trace.outcome)))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</figure>\n"
        return out
    }

    /// The method with the hyperparameters that differ from torch's defaults, e.g. `sgd (lr 0.1, momentum 0.9)`.
    static func method(_ method: MethodDeclaration) -> String {
        switch method {
        case .newton(let control):
            switch control {
            case .pure: return "Newton"
            case .armijo: return "Newton with backtracking"
            }
        case .firstOrder(let spec, let sampling, let box):
            var parts: [String] = []
            let defaults = (try? OptimizerSpec(method: spec.methodName))?.parameters ?? [:]
            for (name, value) in spec.parameters.sorted(by: { $0.key < $1.key })
            where name == "lr" || defaults[name] != value {
                parts.append("\(name) \(Self.show(value))")
            }
            if let sampling { parts.append("batch \(sampling.batchSize)") }
            if spec.clipNorm != nil { parts.append("clipped") }
            if spec.schedule != .constant { parts.append("scheduled") }
            if box != nil { parts.append("projected") }
            return spec.methodName + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")")
        }
    }

    static func show(_ value: HyperparameterValue) -> String {
        let format = NumberFormat.significant(6)
        return switch value {
        case .number(let x): format.format(x).prose
        case .flag(let b): b ? "on" : "off"
        case .pair(let a, let b): "(\(format.format(a).prose), \(format.format(b).prose))"
        }
    }
}
