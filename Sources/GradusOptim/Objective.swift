/// A differentiable function of a parameter vector θ, to be minimised.
public protocol Objective: Sendable {
    /// The number of parameters.
    var dimension: Int { get }
    /// J(θ).
    func value(at theta: [Double]) -> Double
    /// Writes ∇J(θ) into `gradient` (already of length `dimension`) and returns J(θ).
    /// Implementations must not allocate: this is the hot path of every run.
    func valueAndGradient(at theta: [Double], gradient: inout [Double]) -> Double
}
