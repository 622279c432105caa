/// AdaGrad, as `torch.optim.Adagrad` (single-tensor path).
///
/// Per step t = 1, 2, … with g the gradient (negated when `maximize`): g ← g + λ·θ;
/// clr = lr / (1 + (t − 1)·lr_decay); sum ← sum + g·g; std = √sum + ε; θ ← θ + (−clr)·g / std.
public struct Adagrad: AdjustableOptimizer {
    /// Hyperparameters, with torch's defaults.
    public struct Configuration: Sendable, Equatable {
        public var learningRate: Double
        public var learningRateDecay: Double
        public var weightDecay: Double
        public var initialAccumulatorValue: Double
        public var eps: Double
        public var maximize: Bool

        public init(
            learningRate: Double = 1e-2, learningRateDecay: Double = 0, weightDecay: Double = 0,
            initialAccumulatorValue: Double = 0, eps: Double = 1e-10, maximize: Bool = false
        ) {
            self.learningRate = learningRate
            self.learningRateDecay = learningRateDecay
            self.weightDecay = weightDecay
            self.initialAccumulatorValue = initialAccumulatorValue
            self.eps = eps
            self.maximize = maximize
        }
    }

    public let configuration: Configuration
    public var learningRate: Double
    public private(set) var stepCount = 0
    /// The running sum of squared gradients (torch's `state["sum"]`).
    public private(set) var sum: [Double] = []

    public init(_ configuration: Configuration = Configuration()) {
        self.configuration = configuration
        self.learningRate = configuration.learningRate
    }

    public var state: [StateEntry] {
        stepCount > 0 ? [StateEntry(name: "sum", values: sum)] : []
    }

    public mutating func step(parameters: inout [Double], gradient: [Double], update: inout [Double]) {
        let c = configuration
        if stepCount == 0 { sum = Array(repeating: c.initialAccumulatorValue, count: parameters.count) }
        stepCount += 1
        let clr = learningRate / (1 + (Double(stepCount) - 1) * c.learningRateDecay)
        for j in parameters.indices {
            let start = parameters[j]
            var g = c.maximize ? -gradient[j] : gradient[j]
            if c.weightDecay != 0 { g = TensorOps.add(g, start, alpha: c.weightDecay) }
            sum[j] = TensorOps.addcmul(sum[j], g, g, value: 1)
            let std = sum[j].squareRoot() + c.eps
            let p = TensorOps.addcdiv(start, g, std, value: -clr)
            update[j] = p - start
            parameters[j] = p
        }
    }
}
