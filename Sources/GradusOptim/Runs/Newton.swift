/// Newton's method: θ ← θ + t·d with H·d = −∇J (H = ∇²J(θ)).
///
/// `pure` takes t = 1. `armijo` backtracks from t = 1, t ← ρ·t, until
/// J(θ + t·d) ≤ J(θ) + c₁·t·∇J·d (the Armijo sufficient-decrease condition).
/// The Hessian must be positive definite at every iterate: a singular or indefinite Hessian ends the
/// run with `Outcome.failed`, since d would then not be (or not be known to be) a descent direction.
public enum NewtonStepControl: Sendable, Equatable {
    case pure
    /// Backtracking with sufficient-decrease constant c₁ ∈ (0, 1) and shrink factor ρ ∈ (0, 1).
    case armijo(c1: Double = 1e-4, shrink: Double = 0.5, maxTrials: Int = 60)

    /// Rejects constants outside (0, 1) and a non-positive trial budget.
    public func validate() throws(OptimError) {
        if case .armijo(let c1, let shrink, let maxTrials) = self {
            guard c1 > 0 && c1 < 1 else { throw .invalidValue(name: "c1", reason: "must be in (0, 1)") }
            guard shrink > 0 && shrink < 1 else { throw .invalidValue(name: "shrink", reason: "must be in (0, 1)") }
            guard maxTrials >= 1 else { throw .invalidValue(name: "max_trials", reason: "must be at least 1") }
        }
    }
}

extension Runner {
    /// Runs Newton's method. Record k holds θₖ, J, ∇J, the step taken, the step length t as
    /// `learningRate`, and the state `newton_direction` (d) and `line_search_trials`.
    public static func runNewton<O: TwiceDifferentiable>(
        _ objective: O, start: [Double], control: NewtonStepControl = .pure, stopping: StoppingRule,
        recording: Recording = .all
    ) throws(OptimError) -> Trace {
        guard start.count == objective.dimension else {
            throw .dimensionMismatch("start point has \(start.count) coordinates, the objective \(objective.dimension)")
        }
        try control.validate()
        let n = start.count
        var theta = start
        var gradient = Array(repeating: 0.0, count: n)
        var recorder = Recorder(recording)
        var previousLoss = 0.0
        var lastState: [StateEntry] = []
        var lastGood: Iteration? = nil
        var k = 0
        while true {
            let loss = objective.valueAndGradient(at: theta, gradient: &gradient)
            let norm = LinearAlgebra.norm(gradient)
            guard loss.isFinite, gradient.allSatisfy(\.isFinite), theta.allSatisfy(\.isFinite) else {
                let final = lastGood ?? Iteration(
                    k: 0, theta: theta, loss: loss, gradient: gradient, gradientNorm: norm, update: nil,
                    learningRate: 1, state: [])
                return recorder.finish(final: final, outcome: nonFiniteOutcome(objective, at: theta, iteration: k))
            }
            func stop(_ outcome: Outcome) -> Trace {
                let final = Iteration(
                    k: k, theta: theta, loss: loss, gradient: gradient, gradientNorm: norm, update: nil,
                    learningRate: 1, state: lastState)
                return recorder.finish(final: final, outcome: outcome)
            }
            if let tolerance = stopping.gradientTolerance, norm <= tolerance {
                return stop(.converged(.gradientNorm, iteration: k))
            }
            if let tolerance = stopping.lossChangeTolerance, k > 0, abs(loss - previousLoss) <= tolerance {
                return stop(.converged(.lossChange, iteration: k))
            }
            if k >= stopping.maxIterations { return stop(.reachedIterationLimit(stopping.maxIterations)) }

            let hessian = objective.hessian(at: theta)
            let factor: Matrix
            switch Cholesky.factor(hessian) {
            case .success(let l): factor = l
            case .failure(.singular):
                return stop(.failed(iteration: k, reason: .singularHessian(theta: theta)))
            case .failure(.indefinite):
                return stop(.failed(iteration: k, reason: .indefiniteHessian(theta: theta)))
            }
            let direction = Cholesky.solve(factor: factor, gradient).map { -$0 }
            var slope = 0.0
            for j in 0..<n { slope += gradient[j] * direction[j] }
            var t = 1.0
            var trials = 1
            var candidate = theta
            for j in 0..<n { candidate[j] = theta[j] + t * direction[j] }
            if case .armijo(let c1, let shrink, let maxTrials) = control {
                while true {
                    let trial = objective.value(at: candidate)
                    if trial.isFinite && trial <= loss + c1 * t * slope { break }
                    guard trials < maxTrials else {
                        return stop(.failed(iteration: k, reason: .lineSearchExhausted(trials: maxTrials)))
                    }
                    t *= shrink
                    trials += 1
                    for j in 0..<n { candidate[j] = theta[j] + t * direction[j] }
                }
            }
            let update = (0..<n).map { candidate[$0] - theta[$0] }
            lastState = [
                StateEntry(name: "newton_direction", values: direction),
                StateEntry(name: "line_search_trials", values: [Double(trials)]),
            ]
            let record = Iteration(
                k: k, theta: theta, loss: loss, gradient: gradient, gradientNorm: norm, update: update,
                learningRate: t, state: lastState)
            if recorder.wants(k) { recorder.keep(record) }
            lastGood = record
            previousLoss = loss
            theta = candidate
            k += 1
        }
    }
}
