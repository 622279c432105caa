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
    /// once written as they were).
    var html: HTMLWriter {
        let format = NumberFormat.significant(4)
        let header = words.compareHeaders
        var headers = [header.example, header.method, header.iterations]
        if let tolerance { headers.append(words.iterationsTo(NumberFormat.significant(3).format(tolerance).prose)) }
        headers += [header.finalLoss, header.finalNorm, header.outcome]
        var out = HTMLWriter()
        out.line("figure", [.init("class", "compare")], linesInside: true) { figure in
            figure.table { $0.columnHeaders(headers) } rows: { body in
                for run in runs {
                    body.row { cells in
                        cells.element("th", [.row], run.example.name)
                        cells.element("td", [.init("class", "text")], Self.method(run.example.method, words))
                        cells.element("td", "\(run.trace.iterationCount)")
                        if let tolerance { cells.element("td", run.iterations(toGradientNorm: tolerance).map(String.init) ?? "—") }
                        cells.element("td", format.format(run.trace.final.loss).prose)
                        cells.element("td", format.format(run.trace.final.gradientNorm).prose)
                        cells.element("td", [.init("class", "text")], words.outcome(run.trace.outcome))
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
            let name: String
            switch settings.step {
            case .pure: name = words.zh ? "牛顿法" : "Newton"
            case .armijo: name = words.zh ? "带回溯的牛顿法" : "Newton with backtracking"
            }
            return name + Self.newtonSettings(settings, words)
        case .firstOrder(let spec, let sampling, let box):
            var parts: [String] = []
            let defaults = (try? OptimizerSpec(method: spec.methodName))?.parameters ?? [:]
            for (name, value) in spec.parameters.sorted(by: { $0.key < $1.key })
            where name == "lr" || defaults[name] != value {
                if words.zh, name == "nesterov", case .flag(let on) = value {
                    if on { parts.append("Nesterov") }
                    continue
                }
                parts.append("\(words.zh ? Self.zhParameterNames[name] ?? name : name) \(Self.show(value, words))")
            }
            if let sampling { parts.append((words.zh ? "批量 " : "batch ") + "\(sampling.batchSize)") }
            if let norm = spec.clipNorm {
                parts.append((words.zh ? "梯度裁剪 " : "clip_norm ") + NumberFormat.significant(6).format(norm).prose)
            }
            if spec.schedule != .constant { parts.append(words.zh ? "学习率调度" : "scheduled") }
            if box != nil { parts.append(words.zh ? "投影" : "projected") }
            guard words.zh else { return spec.methodName + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")") }
            let name = Self.zhMethodNames[spec.methodName] ?? spec.methodName
            return name + (parts.isEmpty ? "" : "（" + parts.joined(separator: "，") + "）")
        }
    }

    /// Newton's settings that differ from the defaults, e.g. ` (lr 0.5, indefinite: gradient)`; empty when none do.
    static func newtonSettings(_ settings: NewtonSettings, _ words: Localization) -> String {
        var parts: [String] = []
        if settings.learningRate != 1 {
            parts.append((words.zh ? "步长因子 " : "lr ") + NumberFormat.significant(6).format(settings.learningRate).prose)
        }
        switch settings.indefinite {
        case .fail: break
        case .continue: parts.append(words.zh ? "Hessian 不定时照走牛顿步" : "indefinite: continue")
        case .gradient: parts.append(words.zh ? "Hessian 不定时改走负梯度" : "indefinite: gradient")
        }
        guard !parts.isEmpty else { return "" }
        return words.zh ? "（" + parts.joined(separator: "，") + "）" : " (" + parts.joined(separator: ", ") + ")"
    }

    /// Chinese names of the methods and hyperparameters (the others keep torch's names).
    static let zhMethodNames = [
        "gd": "梯度下降", "sgd": "SGD", "adam": "Adam", "adamw": "AdamW", "adagrad": "AdaGrad", "rmsprop": "RMSProp",
    ]
    static let zhParameterNames = [
        "lr": "学习率", "momentum": "动量", "weight_decay": "权重衰减", "dampening": "阻尼", "alpha": "平滑系数 alpha",
        "centered": "中心化", "amsgrad": "AMSGrad", "maximize": "最大化", "lr_decay": "学习率衰减",
    ]

    static func show(_ value: HyperparameterValue, _ words: Localization) -> String {
        let format = NumberFormat.significant(6)
        return switch value {
        case .number(let x): format.format(x).prose
        case .flag(let b): b ? (words.zh ? "开" : "on") : (words.zh ? "关" : "off")
        case .pair(let a, let b): "(\(format.format(a).prose), \(format.format(b).prose))"
        }
    }
}
