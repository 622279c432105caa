/// What was true at iteration k, before the update that leads to θₖ₊₁.
public struct Iteration: Sendable, Equatable {
    /// The iteration number; 0 is the start point.
    public let k: Int
    /// θₖ.
    public let theta: [Double]
    /// J(θₖ).
    public let loss: Double
    /// ∇J(θₖ).
    public let gradient: [Double]
    /// ‖∇J(θₖ)‖₂.
    public let gradientNorm: Double
    /// θₖ₊₁ − θₖ as the optimizer applied it; nil at the iteration where the run stopped.
    public let update: [Double]?
    /// The learning rate used for the update from θₖ.
    public let learningRate: Double
    /// The optimizer's state after the update from θₖ.
    public let state: [StateEntry]
    /// The mini-batch behind the update from θₖ, in stochastic runs (`Runner.runMiniBatch`); nil otherwise.
    public internal(set) var batch: MiniBatch? = nil

    public init(
        k: Int, theta: [Double], loss: Double, gradient: [Double], gradientNorm: Double, update: [Double]?,
        learningRate: Double, state: [StateEntry]
    ) {
        self.k = k
        self.theta = theta
        self.loss = loss
        self.gradient = gradient
        self.gradientNorm = gradientNorm
        self.update = update
        self.learningRate = learningRate
        self.state = state
    }
}

/// Which stopping test a converged run passed.
public enum ConvergenceTest: String, Sendable, Equatable {
    case gradientNorm = "gradient norm"
    case lossChange = "loss change"
}

/// How a run ended.
public enum Outcome: Sendable, Equatable, CustomStringConvertible {
    case converged(ConvergenceTest, iteration: Int)
    case reachedIterationLimit(Int)
    /// A non-finite loss or gradient first appeared at this iteration.
    case diverged(iteration: Int)
    case failed(iteration: Int, reason: String)

    public var description: String {
        switch self {
        case .converged(let test, let k): "converged (\(test.rawValue) test) at iteration \(k)"
        case .reachedIterationLimit(let n): "reached the iteration limit of \(n)"
        case .diverged(let k): "diverged at iteration \(k)"
        case .failed(let k, let reason): "failed at iteration \(k): \(reason)"
        }
    }

    public var isDiverged: Bool {
        if case .diverged = self { true } else { false }
    }
}

/// The record of one run: the iterations that were kept, the last finite one, and the outcome.
public struct Trace: Sendable, Equatable {
    /// Kept iterations in increasing k, the final one last (all of them, or a sample: see `Recording`).
    public let iterations: [Iteration]
    /// The last iteration with finite values: where the run ended, or the last good point before divergence.
    public let final: Iteration
    public let outcome: Outcome

    public init(iterations: [Iteration], final: Iteration, outcome: Outcome) {
        self.iterations = iterations
        self.final = final
        self.outcome = outcome
    }
    /// The number of updates applied.
    public var iterationCount: Int { final.k }

    /// The kept record of iteration `k`, if it was kept.
    public func iteration(_ k: Int) -> Iteration? {
        if final.k == k { return final }
        var low = 0
        var high = iterations.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let value = iterations[mid].k
            if value == k { return iterations[mid] }
            if value < k { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }
}
