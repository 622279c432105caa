/// Adam and AdamW, as `torch.optim.Adam` / `torch.optim.AdamW` (single-tensor path, foreach=False).
///
/// Per step t = 1, 2, … with g the gradient (negated when `maximize`):
/// AdamW: θ ← θ·(1 − lr·λ); Adam: g ← g + λ·θ.
/// m ← lerp(m, g, 1 − β₁); v ← v·β₂ + (1 − β₂)·g·g; (AMSGrad: v̂ ← max(v̂, v), used in place of v)
/// denom = √v / √(1 − β₂ᵗ) + ε; θ ← θ + (−lr/(1 − β₁ᵗ))·m / denom.
public struct Adam: AdjustableOptimizer {
    /// Hyperparameters, with torch's defaults (`Adam`: weight decay 0; `AdamW`: 0.01).
    public struct Configuration: Sendable, Equatable {
        public var learningRate: Double
        public var beta1: Double
        public var beta2: Double
        public var eps: Double
        public var weightDecay: Double
        public var amsgrad: Bool
        public var maximize: Bool
        /// AdamW: decay θ directly instead of adding λ·θ to the gradient.
        public var decoupledWeightDecay: Bool

        public init(
            learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8,
            weightDecay: Double = 0, amsgrad: Bool = false, maximize: Bool = false,
            decoupledWeightDecay: Bool = false
        ) {
            self.learningRate = learningRate
            self.beta1 = beta1
            self.beta2 = beta2
            self.eps = eps
            self.weightDecay = weightDecay
            self.amsgrad = amsgrad
            self.maximize = maximize
            self.decoupledWeightDecay = decoupledWeightDecay
        }

        /// AdamW's defaults: as Adam's, with decoupled weight decay 0.01.
        public static func adamW(
            learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8,
            weightDecay: Double = 1e-2, amsgrad: Bool = false, maximize: Bool = false
        ) -> Configuration {
            Configuration(
                learningRate: learningRate, beta1: beta1, beta2: beta2, eps: eps, weightDecay: weightDecay,
                amsgrad: amsgrad, maximize: maximize, decoupledWeightDecay: true)
        }
    }

    public let configuration: Configuration
    public var learningRate: Double
    /// The number of steps taken (torch's `state["step"]`).
    public private(set) var stepCount = 0
    public private(set) var expAvg: [Double] = []
    public private(set) var expAvgSq: [Double] = []
    public private(set) var maxExpAvgSq: [Double] = []

    public init(_ configuration: Configuration = Configuration()) {
        self.configuration = configuration
        self.learningRate = configuration.learningRate
    }

    public var state: [StateEntry] {
        guard stepCount > 0 else { return [] }
        var entries = [StateEntry(name: "exp_avg", values: expAvg), StateEntry(name: "exp_avg_sq", values: expAvgSq)]
        if configuration.amsgrad { entries.append(StateEntry(name: "max_exp_avg_sq", values: maxExpAvgSq)) }
        return entries
    }

    public mutating func step(parameters: inout [Double], gradient: [Double], update: inout [Double]) {
        let c = configuration
        if stepCount == 0 {
            expAvg = Array(repeating: 0, count: parameters.count)
            expAvgSq = expAvg
            if c.amsgrad { maxExpAvgSq = expAvg }
        }
        stepCount += 1
        let lr = learningRate
        let step = Double(stepCount)
        let biasCorrection1 = 1 - Elementary.power(c.beta1, step)
        let biasCorrection2 = 1 - Elementary.power(c.beta2, step)
        let stepSize = lr / biasCorrection1
        let biasCorrection2Sqrt = biasCorrection2.squareRoot()
        let decay = 1 - lr * c.weightDecay
        for j in parameters.indices {
            let start = parameters[j]
            var p = start
            var g = c.maximize ? -gradient[j] : gradient[j]
            if c.weightDecay != 0 {
                if c.decoupledWeightDecay { p = p * decay } else { g = TensorOps.add(g, p, alpha: c.weightDecay) }
            }
            expAvg[j] = TensorOps.lerp(expAvg[j], g, weight: 1 - c.beta1)
            expAvgSq[j] = TensorOps.addcmul(expAvgSq[j] * c.beta2, g, g, value: 1 - c.beta2)
            var second = expAvgSq[j]
            if c.amsgrad {
                // torch.maximum propagates NaN.
                let m = maxExpAvgSq[j]
                maxExpAvgSq[j] = m.isNaN || second.isNaN ? .nan : Swift.max(m, second)
                second = maxExpAvgSq[j]
            }
            let denom = second.squareRoot() / biasCorrection2Sqrt + c.eps
            p = TensorOps.addcdiv(p, expAvg[j], denom, value: -stepSize)
            update[j] = p - start
            parameters[j] = p
        }
    }
}
