import GradusLessons

/// The words of the figures added for issue #12 (function, trace, θ*, the feasible box, the gap to the optimum).
extension Localization {
    func figureTitle(_ kind: GeneratedBlock.PlotKind) -> String {
        switch kind {
        case .function: zh ? "目标函数与各次运行的迭代点" : "The objective and the iterates of each run"
        case .trace: zh ? "随迭代记录的量" : "A recorded quantity by iteration"
        case .data: zh ? "数据与拟合结果" : "The data and what each run fitted"
        case .curve: zh ? "函数曲线" : "A curve"
        default: plotTitle(kind)
        }
    }

    var startWord: String { zh ? "起点" : "start" }
    var endWord: String { zh ? "终点" : "end" }
    var optimumWord: String { zh ? "最优点 θ*" : "optimum θ*" }
    var minimumWord: String { zh ? "最小值点" : "minimum" }
    var boxWord: String { zh ? "可行域" : "feasible box" }
    var gapAxis: String { "J(θ) − J*" }

    /// The note on a contour map whose region leaves out far-off iterates.
    func clippedNote(_ count: Int) -> String {
        zh ? "有 \(count) 个迭代点在图外" : "\(count) iterate\(count == 1 ? "" : "s") outside the region not shown"
    }

    /// The legend entry of one run of a sweep: its name and learning rate.
    func sweepLabel(example: String, learningRate: String) -> String {
        zh ? "\(example)（学习率 \(learningRate)）" : "\(example) (lr = \(learningRate))"
    }

    /// The axis label of a trace plot.
    func quantityName(_ quantity: GeneratedBlock.TraceQuantity, parameter: (Int) -> String) -> String {
        switch quantity {
        case .loss: "J(θ)"
        case .gradientNorm: "‖∇J(θ)‖"
        case .learningRate: zh ? "学习率 α" : "learning rate α"
        case .batchLoss: zh ? "损失（小批量与全部）" : "loss (batch and full)"
        case .theta(let i): parameter(i)
        case .gradient(let i): "∂J/∂" + parameter(i)
        case .update(let i): "Δ" + parameter(i)
        case .state(let name, let i): "\(name)[\(i)]"
        }
    }

    func traceSummary(example: String, quantity: String, from: String, to: String, iterations: Int) -> String {
        zh ? "示例 “\(example)” 的 \(quantity) 在 \(iterations) 次迭代中从 \(from) 变为 \(to)。"
            : "\(quantity) of ‘\(example)’ goes from \(from) to \(to) in \(iterations) iteration\(iterations == 1 ? "" : "s")."
    }

    /// The legend of a classifier's two classes.
    var classWords: [String] { zh ? ["类别 0", "类别 1"] : ["class 0", "class 1"] }
    func boundaryLabel(_ example: String) -> String { zh ? "\(example) 的决策边界" : "\(example): decision boundary" }
    func fitLabel(_ example: String) -> String { zh ? "\(example) 的拟合直线" : "\(example): fitted line" }
    func dataSummary(samples: Int, classifier: Bool) -> String {
        if zh { return "\(samples) 个样本" + (classifier ? "（两类）及各次运行最终 θ 的决策边界。" : "及各次运行最终 θ 的拟合直线。") }
        return "\(samples) samples" + (classifier ? " of two classes with the decision boundary of each run's final θ." : " with the line each run's final θ fits.")
    }

    func curveSummary(formula: String, variable: String, from: String, to: String, members: [String]) -> String {
        let family = members.count > 1 ? (zh ? "，取 " + members.joined(separator: "、") : " for " + members.joined(separator: ", ")) : ""
        return zh ? "\(formula) 在 \(variable) 从 \(from) 到 \(to) 上的曲线\(family)。"
            : "The curve of \(formula) for \(variable) from \(from) to \(to)\(family)."
    }

    var batchWord: String { zh ? "小批量" : "batch" }
    var fullWord: String { zh ? "全部样本" : "full" }
}
