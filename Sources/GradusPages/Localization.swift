import GradusLessons
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

    func outcome(_ outcome: Outcome) -> String {
        guard zh else { return outcome.description }
        return switch outcome {
        case .converged(let test, let k): "在第 \(k) 次迭代收敛（\(test == .gradientNorm ? "梯度范数" : "损失变化")判据）"
        case .reachedIterationLimit(let n): "达到迭代上限 \(n) 次"
        case .diverged(let k): "在第 \(k) 次迭代发散"
        case .failed(let k, let reason): "在第 \(k) 次迭代失败：\(reason)"
        }
    }

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
        }
    }

    func pathSummary(example: String, from: String, to: String, iterations: Int, outcome: String) -> String {
        zh ? "示例 ‘\(example)’ 的 θ 在 \(iterations) 次迭代中从 \(from) 走到 \(to)（\(outcome)）。"
            : "‘\(example)’ moves θ from \(from) to \(to) in \(iterations) iterations (\(outcome))."
    }

    func plotSummary(example: String, gradient: Bool, from: String, to: String, iterations: Int, outcome: String) -> String {
        if zh {
            return "示例 ‘\(example)’ 的\(gradient ? "梯度范数" : "损失")在 \(iterations) 次迭代中从 \(from) 变为 \(to)（\(outcome)）。"
        }
        return "The \(gradient ? "gradient norm" : "loss") of ‘\(example)’ goes from \(from) to \(to) in \(iterations) iterations (\(outcome))."
    }

    func iterationsNotShown(_ n: Int) -> String { zh ? "⋮ 省略 \(n) 次迭代" : "⋮ \(n) iterations not shown" }

    func tableCaption(example: String, shown: Int, total: Int, outcome: Outcome) -> String {
        let how = self.outcome(outcome)
        if zh {
            return shown == total
                ? "示例 ‘\(example)’ 的全部 \(total) 次迭代（\(how)）"
                : "示例 ‘\(example)’ 的 \(total) 次迭代（k = 0…\(total - 1)）中的 \(shown) 次（\(how)）"
        }
        return shown == total
            ? "All \(total) iterations of the example ‘\(example)’ (\(how))"
            : "\(shown) of the \(total) iterations k = 0…\(total - 1) of the example ‘\(example)’ (\(how))"
    }

    func dataCaption(example: String, samples: Int) -> String {
        zh ? "示例 ‘\(example)’ 的数据：\(samples) 个样本" : "The data of the example ‘\(example)’: \(samples) samples"
    }

    func noData(example: String) -> String {
        zh ? "示例 ‘\(example)’ 没有数据：它的目标函数是一个公式。" : "The example ‘\(example)’ has no data: its objective is a formula."
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
        if let batch {
            return zh
                ? "示例 ‘\(example)’ 的第 \(k) 次迭代：J 从 \(from) 变为 \(to)；这一步用的是 \(batch) 个样本的小批量梯度 (\(gradient))。"
                : "Iteration \(k) of ‘\(example)’: J goes from \(from) to \(to); the step used the gradient of a batch of \(batch) samples, (\(gradient))."
        }
        return zh
            ? "示例 ‘\(example)’ 的第 \(k) 次迭代：J 从 \(from) 变为 \(to)；该点的梯度为 (\(gradient))。"
            : "Iteration \(k) of ‘\(example)’: J goes from \(from) to \(to); the gradient there is (\(gradient))."
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
