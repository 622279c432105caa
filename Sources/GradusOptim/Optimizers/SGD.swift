/// Stochastic gradient descent with momentum, as `torch.optim.SGD` (single-tensor path).
///
/// With g the gradient (negated first when `maximize`), per step:
/// g ← g + λ·θ (weight decay); b ← g on the first step, else b ← μ·b + (1 − τ)·g;
/// g ← g + μ·b (Nesterov) or g ← b; θ ← θ + (−lr)·g.
public struct SGD: AdjustableOptimizer {
    /// Hyperparameters, with torch's defaults.
    public struct Configuration: Sendable, Equatable {
        public var learningRate: Double
        public var momentum: Double
        public var dampening: Double
        public var weightDecay: Double
        public var nesterov: Bool
        public var maximize: Bool

        public init(
            learningRate: Double = 1e-3, momentum: Double = 0, dampening: Double = 0,
            weightDecay: Double = 0, nesterov: Bool = false, maximize: Bool = false
        ) {
            self.learningRate = learningRate
            self.momentum = momentum
            self.dampening = dampening
            self.weightDecay = weightDecay
            self.nesterov = nesterov
            self.maximize = maximize
        }
    }

    public let configuration: Configuration
    public var learningRate: Double
    /// The momentum buffer b; empty until the first step.
    public private(set) var velocity: [Double] = []

    public init(_ configuration: Configuration) {
        self.configuration = configuration
        self.learningRate = configuration.learningRate
    }

    public init(
        learningRate: Double = 1e-3, momentum: Double = 0, dampening: Double = 0,
        weightDecay: Double = 0, nesterov: Bool = false, maximize: Bool = false
    ) {
        self.init(
            Configuration(
                learningRate: learningRate, momentum: momentum, dampening: dampening,
                weightDecay: weightDecay, nesterov: nesterov, maximize: maximize))
    }

    public var state: [StateEntry] {
        configuration.momentum != 0 && !velocity.isEmpty ? [StateEntry(name: "velocity", values: velocity)] : []
    }

    public mutating func step(parameters: inout [Double], gradient: [Double], update: inout [Double]) {
        let c = configuration
        let firstStep = velocity.isEmpty
        if c.momentum != 0 && firstStep {
            velocity = Array(repeating: 0, count: parameters.count)
        }
        let alpha = -learningRate
        for j in parameters.indices {
            var g = c.maximize ? -gradient[j] : gradient[j]
            if c.weightDecay != 0 { g = TensorOps.add(g, parameters[j], alpha: c.weightDecay) }
            if c.momentum != 0 {
                let b = firstStep ? g : TensorOps.add(velocity[j] * c.momentum, g, alpha: 1 - c.dampening)
                velocity[j] = b
                g = c.nesterov ? TensorOps.add(g, b, alpha: c.momentum) : b
            }
            let next = TensorOps.add(parameters[j], g, alpha: alpha)
            update[j] = next - parameters[j]
            parameters[j] = next
        }
    }
}
