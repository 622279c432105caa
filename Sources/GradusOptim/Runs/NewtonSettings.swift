/// What Newton's method does at an iterate whose Hessian is indefinite (has a negative eigenvalue).
public enum IndefiniteHessianPolicy: String, Sendable, Equatable, CaseIterable {
    /// End the run as failed: the Newton direction need not descend.
    case fail
    /// Take the Newton step d = −H⁻¹∇J anyway, solved by Gaussian elimination with partial pivoting.
    case `continue`
    /// Step along d = −∇J at that iterate instead.
    case gradient
}

/// Newton's method as a lesson sets it up: the step control, a step factor and what to do where the Hessian is
/// indefinite.
public struct NewtonSettings: Sendable, Equatable {
    public var step: NewtonStepControl
    /// The step factor: θ ← θ + lr·d for the pure step; the first trial of the line search.
    public var learningRate: Double
    public var indefinite: IndefiniteHessianPolicy

    public init(step: NewtonStepControl = .pure, learningRate: Double = 1, indefinite: IndefiniteHessianPolicy = .fail)
    {
        self.step = step
        self.learningRate = learningRate
        self.indefinite = indefinite
    }

    /// Rejects a step factor that is not positive and finite, and bad line-search constants.
    public func validate() throws(OptimError) {
        guard learningRate.isFinite && learningRate > 0 else {
            throw .invalidValue(name: "lr", reason: "must be a positive finite number")
        }
        try step.validate()
    }
}
