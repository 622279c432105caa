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
    /// θₖ₊₁ − θₖ as the optimizer applied it (computed as that difference, for every method); nil at the iteration
    /// where the run stopped.
    public let update: [Double]?
    /// The learning rate used for the update from θₖ.
    public let learningRate: Double
    /// The optimizer's state after the update from θₖ; empty at the iteration where the run stopped, which made no
    /// update (the state after the last step is on the record before it).
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

/// Why a run stopped without converging, diverging or running out of iterations. Pages word it in their language.
public enum FailureReason: Sendable, Equatable, CustomStringConvertible {
    /// The Hessian at `theta` cannot be factorised: the Newton step is undefined.
    case singularHessian(theta: [Double])
    /// The Hessian at `theta` is not positive definite: the Newton direction need not go downhill.
    case indefiniteHessian(theta: [Double])
    /// Backtracking halved the step `trials` times without the sufficient decrease it asks for.
    case lineSearchExhausted(trials: Int)
    /// The run could not start with the example's settings (the description says why).
    case invalidSetup(String)
    /// The objective left its domain (a formula took the log of a negative number, divided by zero, …).
    case outsideDomain(DomainViolation)

    public var description: String {
        switch self {
        case .singularHessian(let theta):
            "the Hessian is singular at θ = \(Self.point(theta)), so the Newton step is undefined"
        case .indefiniteHessian(let theta):
            "the Hessian is indefinite at θ = \(Self.point(theta)), so the Newton direction need not descend"
        case .lineSearchExhausted(let trials): "the line search found no sufficient decrease in \(trials) trials"
        case .invalidSetup(let why): why
        case .outsideDomain(let violation): violation.description
        }
    }

    /// A point as `(x, y)` with Swift's shortest round-trip digits.
    static func point(_ theta: [Double]) -> String { "(" + theta.map { "\($0)" }.joined(separator: ", ") + ")" }
}

/// How a run ended.
public enum Outcome: Sendable, Equatable, CustomStringConvertible {
    case converged(ConvergenceTest, iteration: Int)
    case reachedIterationLimit(Int)
    /// θₖ at this iteration k had a non-finite loss, gradient or coordinate, or passed the stopping rule's
    /// `divergeAbove` bound; k updates were applied.
    case diverged(iteration: Int)
    case failed(iteration: Int, reason: FailureReason)

    public var description: String {
        switch self {
        case .converged(let test, let k): "converged at iteration \(k) by the \(test.rawValue) test"
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
    /// Kept iterations in increasing k, the final one last (all of them, or a sample: see `Recording`), stored as
    /// columns; each `Iteration` is made when it is read.
    public let iterations: IterationColumns
    /// The last iteration with finite values: where the run ended; for a run that passed its divergence bound, the
    /// first iterate beyond it; for one whose values stopped being finite, the last finite iterate before.
    public let final: Iteration
    public let outcome: Outcome

    public init(iterations: [Iteration], final: Iteration, outcome: Outcome) {
        self.init(records: IterationColumns(iterations), final: final, outcome: outcome)
    }

    init(records: IterationColumns, final: Iteration, outcome: Outcome) {
        self.iterations = records
        self.final = final
        self.outcome = outcome
    }
    /// The number of updates applied: where the run stopped, or, for a diverged run, the iteration whose values were
    /// no longer finite (one after `final`), so that "N iterations" and "diverged at iteration N" agree.
    public var iterationCount: Int {
        if case .diverged(let k) = outcome { return k }
        return final.k
    }

    /// The kept record of iteration `k`, if it was kept.
    public func iteration(_ k: Int) -> Iteration? {
        if final.k == k { return final }
        var low = 0
        var high = iterations.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let value = iterations.k(at: mid)
            if value == k { return iterations[mid] }
            if value < k { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }
}
