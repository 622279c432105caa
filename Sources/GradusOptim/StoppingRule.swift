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

    /// Whether θₖ with loss J(θₖ) lies beyond the divergence bound: |J| or ‖θ‖ greater than `divergeAbove`.
    public func exceedsBound(loss: Double, theta: [Double]) -> Bool {
        guard let bound = divergeAbove else { return false }
        return abs(loss) > bound || LinearAlgebra.norm(theta) > bound
    }

    /// Rejects a divergence bound that is not a positive finite number.
    public func validate() throws(OptimError) {
        if let bound = divergeAbove, !(bound.isFinite && bound > 0) {
            throw .invalidValue(name: "diverge-above", reason: "must be a positive finite number")
        }
    }
}
