/// When a run stops.
public struct StoppingRule: Sendable, Equatable {
    public var maxIterations: Int
    /// Stop when ‖∇J(θₖ)‖ ≤ this.
    public var gradientTolerance: Double?
    /// Stop when |J(θₖ) − J(θₖ₋₁)| ≤ this.
    public var lossChangeTolerance: Double?
    /// Stop as diverged at the first iterate with |J(θₖ)| or ‖θₖ‖ above this (nil: only non-finite values diverge).
    public var divergeAbove: Double?

    public init(
        maxIterations: Int, gradientTolerance: Double? = nil, lossChangeTolerance: Double? = nil,
        divergeAbove: Double? = nil
    ) {
        self.maxIterations = maxIterations
        self.gradientTolerance = gradientTolerance
        self.lossChangeTolerance = lossChangeTolerance
        self.divergeAbove = divergeAbove
    }

    /// The divergence test of a run of `objective` from `start`.
    public func divergenceTest<O: Objective>(for objective: O, start: [Double]) -> DivergenceTest {
        guard let bound = divergeAbove else {
            return DivergenceTest(bound: nil, watchesLoss: false, watchesTheta: false)
        }
        return DivergenceTest(
            bound: bound, watchesLoss: !(abs(objective.value(at: start)) > bound),
            watchesTheta: !(LinearAlgebra.norm(start) > bound))
    }

    /// Rejects a divergence bound that is not a positive finite number.
    public func validate() throws(OptimError) {
        if let bound = divergeAbove, !(bound.isFinite && bound > 0) {
            throw .invalidValue(name: "diverge-above", reason: "must be a positive finite number")
        }
    }
}

/// `StoppingRule.divergeAbove` for one run: θₖ has diverged when |J(θₖ)| or ‖θₖ‖ is above the bound. Each of the two
/// is watched only if the start point was within the bound, so a loss that starts large (say 100 at x₀ = 10 for x²,
/// or 10¹⁰ on data in dollars) does not end the run before it has moved; ‖θ‖ still tells.
public struct DivergenceTest: Sendable, Equatable {
    public let bound: Double?
    public let watchesLoss: Bool
    public let watchesTheta: Bool

    /// Whether θₖ with loss J(θₖ) lies beyond the bound.
    @inlinable public func exceeded(loss: Double, theta: [Double]) -> Bool {
        guard let bound else { return false }
        return (watchesLoss && abs(loss) > bound) || (watchesTheta && LinearAlgebra.norm(theta) > bound)
    }
}
