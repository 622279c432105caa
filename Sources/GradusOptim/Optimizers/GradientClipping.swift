/// Clips the gradient by its global norm before the wrapped optimizer sees it, as
/// `torch.nn.utils.clip_grad_norm_(max_norm, norm_type=2)`: with ‖g‖ the Euclidean norm,
/// clip_coef = max_norm / (‖g‖ + 1e-6), and g ← g·clip_coef only when clip_coef < 1.
///
/// The trace keeps the raw gradient; the state gains `clip_coef` (1 when not clipped).
public struct GradientClipping<Base: Optimizer>: Optimizer {
    public private(set) var base: Base
    public let maxNorm: Double
    /// The coefficient applied at the last step (1 when the gradient was not clipped).
    public private(set) var lastCoefficient = 1.0
    private var clipped: [Double] = []

    public init(_ base: Base, maxNorm: Double) {
        self.base = base
        self.maxNorm = maxNorm
    }

    public var learningRate: Double { base.learningRate }
    public var state: [StateEntry] { base.state + [StateEntry(name: "clip_coef", values: [lastCoefficient])] }

    /// clip_coef for a gradient: max_norm / (‖g‖ + 1e-6).
    public static func coefficient(for gradient: [Double], maxNorm: Double) -> Double {
        maxNorm / (LinearAlgebra.norm(gradient) + 1e-6)
    }

    public mutating func step(parameters: inout [Double], gradient: [Double], update: inout [Double]) {
        let coefficient = Self.coefficient(for: gradient, maxNorm: maxNorm)
        guard coefficient < 1 else {
            lastCoefficient = 1
            base.step(parameters: &parameters, gradient: gradient, update: &update)
            return
        }
        lastCoefficient = coefficient
        if clipped.count != gradient.count { clipped = gradient }
        for j in gradient.indices { clipped[j] = gradient[j] * coefficient }
        base.step(parameters: &parameters, gradient: clipped, update: &update)
    }
}

extension GradientClipping: AdjustableOptimizer where Base: AdjustableOptimizer {
    public var learningRate: Double {
        get { base.learningRate }
        set { base.learningRate = newValue }
    }
}
