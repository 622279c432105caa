/// RMSprop, as `torch.optim.RMSprop` (single-tensor path).
///
/// Per step with g the gradient (negated when `maximize`): g ← g + λ·θ; s ← s·α + (1 − α)·g·g;
/// centered: ḡ ← lerp(ḡ, g, 1 − α), avg = √(s − ḡ·ḡ) + ε; else avg = √s + ε.
/// With momentum μ > 0: b ← b·μ + g/avg, θ ← θ + (−lr)·b; else θ ← θ + (−lr)·g/avg.
public struct RMSprop: AdjustableOptimizer {
    /// Hyperparameters, with torch's defaults.
    public struct Configuration: Sendable, Equatable {
        public var learningRate: Double
        public var alpha: Double
        public var eps: Double
        public var weightDecay: Double
        public var momentum: Double
        public var centered: Bool
        public var maximize: Bool

        public init(
            learningRate: Double = 1e-2, alpha: Double = 0.99, eps: Double = 1e-8, weightDecay: Double = 0,
            momentum: Double = 0, centered: Bool = false, maximize: Bool = false
        ) {
            self.learningRate = learningRate
            self.alpha = alpha
            self.eps = eps
            self.weightDecay = weightDecay
            self.momentum = momentum
            self.centered = centered
            self.maximize = maximize
        }
    }

    public let configuration: Configuration
    public var learningRate: Double
    public private(set) var stepCount = 0
    public private(set) var squareAvg: [Double] = []
    public private(set) var gradAvg: [Double] = []
    public private(set) var momentumBuffer: [Double] = []

    public init(_ configuration: Configuration = Configuration()) {
        self.configuration = configuration
        self.learningRate = configuration.learningRate
    }

    public var state: [StateEntry] {
        guard stepCount > 0 else { return [] }
        var entries = [StateEntry(name: "square_avg", values: squareAvg)]
        if configuration.centered { entries.append(StateEntry(name: "grad_avg", values: gradAvg)) }
        if configuration.momentum > 0 { entries.append(StateEntry(name: "momentum_buffer", values: momentumBuffer)) }
        return entries
    }

    public mutating func step(parameters: inout [Double], gradient: [Double], update: inout [Double]) {
        let c = configuration
        if stepCount == 0 {
            squareAvg = Array(repeating: 0, count: parameters.count)
            if c.centered { gradAvg = squareAvg }
            if c.momentum > 0 { momentumBuffer = squareAvg }
        }
        stepCount += 1
        let lr = learningRate
        for j in parameters.indices {
            let start = parameters[j]
            var g = c.maximize ? -gradient[j] : gradient[j]
            if c.weightDecay != 0 { g = TensorOps.add(g, start, alpha: c.weightDecay) }
            squareAvg[j] = TensorOps.addcmul(squareAvg[j] * c.alpha, g, g, value: 1 - c.alpha)
            var avg: Double
            if c.centered {
                gradAvg[j] = TensorOps.lerp(gradAvg[j], g, weight: 1 - c.alpha)
                avg = TensorOps.addcmul(squareAvg[j], gradAvg[j], gradAvg[j], value: -1).squareRoot()
            } else {
                avg = squareAvg[j].squareRoot()
            }
            avg = avg + c.eps
            let p: Double
            if c.momentum > 0 {
                momentumBuffer[j] = TensorOps.addcdiv(momentumBuffer[j] * c.momentum, g, avg, value: 1)
                p = TensorOps.add(start, momentumBuffer[j], alpha: -lr)
            } else {
                p = TensorOps.addcdiv(start, g, avg, value: -lr)
            }
            update[j] = p - start
            parameters[j] = p
        }
    }
}
