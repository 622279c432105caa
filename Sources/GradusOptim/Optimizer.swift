/// One named piece of an optimizer's internal state (a velocity, a moment, an accumulator).
public struct StateEntry: Sendable, Equatable {
    public let name: String
    public let values: [Double]
    public init(name: String, values: [Double]) {
        self.name = name
        self.values = values
    }
}

/// An update rule: given θ and ∇J(θ), move θ.
public protocol Optimizer: Sendable {
    /// The learning rate in force for the next step.
    var learningRate: Double { get }
    /// The internal state after the last step, for the trace.
    var state: [StateEntry] { get }
    /// Updates `parameters` in place and writes the change it made into `update`
    /// (all three of the same length). Must not allocate.
    mutating func step(parameters: inout [Double], gradient: [Double], update: inout [Double])
}

/// Plain gradient descent, as `torch.optim.SGD` with no momentum: θ ← θ + (−lr)·g. The recorded update is the
/// difference the step made, θₖ₊₁ − θₖ, which can differ from −lr·g in the last bit.
public struct GradientDescent: Optimizer {
    public var learningRate: Double
    public init(learningRate: Double) { self.learningRate = learningRate }
    @inlinable public var state: [StateEntry] { [] }

    @inlinable public mutating func step(parameters: inout [Double], gradient: [Double], update: inout [Double]) {
        let alpha = -learningRate
        for j in parameters.indices {
            let next = parameters[j] + alpha * gradient[j]
            update[j] = next - parameters[j]
            parameters[j] = next
        }
    }
}
