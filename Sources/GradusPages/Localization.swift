import GradusLessons
import GradusText
import GradusOptim
import GradusRuns

/// The words Gradus itself puts on a page, in the page's language. Numbers are formatted the same in every language.
public struct Localization: Sendable {
    public let language: String

    public init(language: String) { self.language = language }

    /// The languages with translated interface words; any other language gets English words.
    public static let translated = ["en", "zh"]

    var zh: Bool { language == "zh" || language.hasPrefix("zh-") }

    /// The language's own name, for the link to a page in that language.
    static func name(of language: String) -> String {
        switch language {
        case "en": "English"
        case "zh": "中文"
        default: language
        }
    }

    var footer: String {
        zh ? "由 Gradus 生成。本页的每个数字都是在生成页面时由优化器算出的。"
            : "Built by Gradus. Every number on this page was computed by the optimizer when the page was built."
    }
    var sectionLink: String { zh ? "链接到本节" : "Link to this section" }
    var lessons: String { zh ? "课程" : "Lessons" }
    var contents: String { zh ? "本页内容" : "On this page" }
    var otherLanguages: String { zh ? "其他语言" : "Other languages" }
    var claimsHeading: String { zh ? "生成本页时已验证：" : "Checked when this page was built:" }
    var downloads: String { zh ? "下载迭代记录" : "Download the traces" }

    /// How a run ended, in words of this language.
    public func outcome(_ outcome: Outcome) -> String {
        if case .failed(let k, let reason) = outcome {
            return zh ? "在第 \(k) 次迭代失败：\(failure(reason))" : "failed at iteration \(k): \(failure(reason))"
        }
        guard zh else { return outcome.description }
        return switch outcome {
        case .converged(let test, let k): "按\(test == .gradientNorm ? "梯度范数" : "损失变化")判据在第 \(k) 次迭代收敛"
        case .reachedIterationLimit(let n): "达到迭代上限 \(n) 次"
        case .diverged(let k): "在第 \(k) 次迭代发散"
        case .failed: ""  // handled above
        }
    }

    /// Why a run failed, with the point formatted like every other number on the page.
    func failure(_ reason: FailureReason) -> String {
        let point = { (theta: [Double]) in "(" + theta.map { NumberFormat.default.format($0).prose }.joined(separator: ", ") + ")" }
        return switch reason {
        case .singularHessian(let theta):
            zh ? "θ = \(point(theta)) 处的 Hessian 矩阵奇异，牛顿步没有定义"
                : "the Hessian is singular at θ = \(point(theta)), so the Newton step is undefined"
        case .indefiniteHessian(let theta):
            zh ? "θ = \(point(theta)) 处的 Hessian 矩阵不定，牛顿方向不一定是下降方向"
                : "the Hessian is indefinite at θ = \(point(theta)), so the Newton direction need not descend"
        case .lineSearchExhausted(let trials):
            zh ? "回溯线搜索试了 \(trials) 次仍未找到足够的下降" : "the line search found no sufficient decrease in \(trials) trials"
        case .invalidSetup(let why): why
        case .outsideDomain(let violation): domain(violation)
        }
    }

    /// How to re-run an example from the command line: a sentence with two commands in `<code>`.
    func rerun(file: String, example: String, setting: String, to out: inout HTMLWriter) {
        let (before, between, after) =
            zh
            ? ("想自己重新运行某个示例，在存放课程的文件夹里执行 ", "；加上 ", " 这样的参数可以先改动一项设置。")
            : ("To re-run an example yourself, run ", " in the course's folder; add, for instance, ", " to change a setting first.")
        // The sentence's apostrophe was always written as itself; only the commands' text could need escaping.
        out.text(before, apostrophe: false)
        out.element("code", "gradus run \(file) --example \(example)")
        out.text(between, apostrophe: false)
        out.element("code", "--set \(setting)")
        out.text(after, apostrophe: false)
    }

    /// `text` in parentheses: full-width ones in Chinese.
    func parenthesized(_ text: String) -> String { zh ? "（\(text)）" : "(\(text))" }

    /// The title of one panel of a learning-rate sweep.
    func panelTitle(example: String, learningRate: String) -> String {
        zh ? "\(example)：学习率 = \(learningRate)" : "\(example): lr = \(learningRate)"
    }

    func rowsNotShown(_ n: Int) -> String { zh ? "⋮ 省略 \(n) 行" : "⋮ \(n) rows not shown" }

    func readingTime(_ minutes: Int) -> String { zh ? "阅读约 \(minutes) 分钟" : "About \(minutes) min to read" }

    func callout(_ kind: String) -> String {
        switch kind {
        case "tip": zh ? "提示" : "Tip"
        case "warning": zh ? "注意" : "Warning"
        default: zh ? "说明" : "Note"
        }
    }

    var iterationAxis: String { zh ? "迭代次数 k" : "Iteration k" }
    var plotData: String { zh ? "图中的数据" : "The numbers behind this figure" }

    func plotTitle(_ kind: GeneratedBlock.PlotKind) -> String {
        switch kind {
        case .loss: zh ? "损失 J(θ) 随迭代的变化" : "Loss J(θ) by iteration"
        case .gradientNorm: zh ? "梯度范数 ‖∇J(θ)‖ 随迭代的变化" : "Gradient norm ‖∇J(θ)‖ by iteration"
        case .contour: zh ? "目标函数的等高线与迭代路径" : "Contours of the objective and the paths of the runs"
        case .sweep: zh ? "不同学习率下的损失" : "Loss for each learning rate"
        case .function, .trace, .data, .curve: figureTitle(kind)
        }
    }

    func pathSummary(example: String, from: String, to: String, iterations: Int, outcome: String) -> String {
        zh ? "示例 “\(example)” 的 θ 在 \(iterations) 次迭代中从 \(from) 走到 \(to)（\(outcome)）。"
            : "‘\(example)’ moves θ from \(from) to \(to) in \(iterations) iteration\(iterations == 1 ? "" : "s") (\(outcome))."
    }

    func plotSummary(example: String, gradient: Bool, from: String, to: String, iterations: Int, outcome: String) -> String {
        if zh {
            return "示例 “\(example)” 的\(gradient ? "梯度范数" : "损失")在 \(iterations) 次迭代中从 \(from) 变为 \(to)（\(outcome)）。"
        }
        return "The \(gradient ? "gradient norm" : "loss") of ‘\(example)’ goes from \(from) to \(to) in \(iterations) iteration\(iterations == 1 ? "" : "s") (\(outcome))."
    }

    func iterationsNotShown(_ n: Int) -> String { zh ? "⋮ 省略 \(n) 次迭代" : "⋮ \(n) iterations not shown" }

    func tableCaption(example: String, shown: Int, total: Int, outcome: Outcome) -> String {
        let how = self.outcome(outcome)
        if zh {
            return shown == total
                ? "示例 “\(example)” 的全部 \(total) 次迭代（\(how)）"
                : "示例 “\(example)” 的 \(total) 次迭代（k = 0…\(total - 1)）中的 \(shown) 次（\(how)）"
        }
        return shown == total
            ? "All \(total) iterations of the example ‘\(example)’ (\(how))"
            : "\(shown) of the \(total) iterations k = 0…\(total - 1) of the example ‘\(example)’ (\(how))"
    }

    func dataCaption(example: String, samples: Int) -> String {
        zh ? "示例 “\(example)” 的数据：\(samples) 个样本" : "The data of the example “\(example)”: \(samples) samples"
    }

    func noData(example: String) -> String {
        zh ? "示例 “\(example)” 没有数据：它的目标函数是一个公式。" : "The example “\(example)” has no data: its objective is a formula."
    }

    var compareHeaders: (example: String, method: String, iterations: String, finalLoss: String, finalNorm: String, outcome: String) {
        zh
            ? ("示例", "方法", "迭代次数", "最终 J", "最终 ‖∇J‖", "结果")
            : ("example", "method", "iterations", "final J", "final ‖∇J‖", "outcome")
    }

    func iterationsTo(_ tolerance: String) -> String {
        zh ? "达到 ‖∇J‖ ≤ \(tolerance) 的迭代次数" : "iterations to ‖∇J‖ ≤ \(tolerance)"
    }

    func stepCaption(example: String, k: Int, from: String, to: String, gradient: String, batch: Int? = nil) -> String {
        if batch == 1 {
            return zh
                ? "示例 “\(example)” 的第 \(k) 次迭代：J 从 \(from) 变为 \(to)；这一步用的是单个样本的梯度 (\(gradient))。"
                : "Iteration \(k) of ‘\(example)’: J goes from \(from) to \(to); the step used the gradient of a single sample, (\(gradient))."
        }
        if let batch {
            return zh
                ? "示例 “\(example)” 的第 \(k) 次迭代：J 从 \(from) 变为 \(to)；这一步用的是 \(batch) 个样本的小批量梯度 (\(gradient))。"
                : "Iteration \(k) of ‘\(example)’: J goes from \(from) to \(to); the step used the gradient of a batch of \(batch) samples, (\(gradient))."
        }
        return zh
            ? "示例 “\(example)” 的第 \(k) 次迭代：J 从 \(from) 变为 \(to)；该点的梯度为 (\(gradient))。"
            : "Iteration \(k) of ‘\(example)’: J goes from \(from) to \(to); the gradient there is (\(gradient))."
    }

    /// An optimizer state entry in words, with torch's name (which the traces use) in brackets; a single value
    /// is written without parentheses.
    func stateEntry(name: String, values: [String]) -> String {
        let words: (en: String, zh: String)? =
            switch name {
            case "velocity", "momentum_buffer": ("momentum buffer", "动量缓冲")
            case "exp_avg": ("first moment", "一阶矩")
            case "exp_avg_sq": ("second moment", "二阶矩")
            case "max_exp_avg_sq": ("largest second moment", "最大二阶矩")
            case "sum": ("sum of squared gradients", "梯度平方和")
            case "square_avg": ("mean squared gradient", "梯度平方的均值")
            case "grad_avg": ("mean gradient", "梯度均值")
            case "clip_coef": ("clipping factor", "裁剪系数")
            case "newton_direction": ("Newton direction d", "牛顿方向 d")
            case "line_search_trials": ("line-search trials", "线搜索尝试次数")
            default: nil
            }
        let value = values.count == 1 ? values[0] : "(" + values.joined(separator: ", ") + ")"
        guard let words else { return "\(name) = \(value)" }
        return zh ? "\(words.zh)（\(name)）= \(value)" : "\(words.en) (\(name)) = \(value)"
    }

    func stateAfterStep(_ entries: [String]) -> String {
        zh ? "这一步之后优化器的状态：" + entries.joined(separator: "；") + "。"
            : "The optimizer's state after the step: " + entries.joined(separator: "; ") + "."
    }

    func evidence(_ evidence: ClaimEvidence) -> String {
        switch evidence {
        case .outcomes(let runs):
            runs.map { "\($0.example) \(outcome($0.outcome))" }.joined(separator: zh ? "；" : "; ")
        case .comparison(let path, let x, let other, let y):
            "\(path) = \(NumberFormat.default.format(x).prose)"
                + (other.map { ", \($0) = \(NumberFormat.default.format(y).prose)" } ?? "")
        }
    }
}
