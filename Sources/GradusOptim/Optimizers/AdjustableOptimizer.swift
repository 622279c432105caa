/// An optimizer whose learning rate can be changed between steps (by a schedule).
public protocol AdjustableOptimizer: Optimizer {
    /// The learning rate the next step will use.
    var learningRate: Double { get set }
}

extension GradientDescent: AdjustableOptimizer {}
