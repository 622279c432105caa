/// Projected gradient descent onto a box: after each step of the wrapped optimizer, every coordinate
/// is clamped into [lowerⱼ, upperⱼ]. The recorded update is the projected change.
public struct BoxProjection<Base: Optimizer>: Optimizer {
    public private(set) var base: Base
    public let lower: [Double]
    public let upper: [Double]

    /// Bounds may be infinite; throws when a lower bound exceeds its upper bound or is NaN.
    public init(_ base: Base, lower: [Double], upper: [Double]) throws(OptimError) {
        guard lower.count == upper.count else {
            throw .dimensionMismatch("\(lower.count) lower bounds but \(upper.count) upper bounds")
        }
        for j in lower.indices where !(lower[j] <= upper[j]) {
            throw .invalidValue(
                name: "box", reason: "coordinate \(j): lower bound \(lower[j]) exceeds upper \(upper[j])")
        }
        self.base = base
        self.lower = lower
        self.upper = upper
    }

    public var learningRate: Double { base.learningRate }
    public var state: [StateEntry] { base.state }

    /// The nearest point of the box (NaN stays NaN so divergence is still reported).
    public func project(_ theta: inout [Double]) {
        for j in theta.indices where !theta[j].isNaN {
            theta[j] = Swift.min(Swift.max(theta[j], lower[j]), upper[j])
        }
    }

    public mutating func step(parameters: inout [Double], gradient: [Double], update: inout [Double]) {
        guard parameters.count == lower.count else {
            base.step(parameters: &parameters, gradient: gradient, update: &update)
            return
        }
        let before = parameters
        base.step(parameters: &parameters, gradient: gradient, update: &update)
        project(&parameters)
        for j in parameters.indices { update[j] = parameters[j] - before[j] }
    }
}

extension BoxProjection: AdjustableOptimizer where Base: AdjustableOptimizer {
    public var learningRate: Double {
        get { base.learningRate }
        set { base.learningRate = newValue }
    }
}
