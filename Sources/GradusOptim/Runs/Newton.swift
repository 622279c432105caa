/// Newton's method: θ ← θ + t·d with H·d = −∇J (H = ∇²J(θ)).
///
/// `pure` takes t = lr (1 by default). `armijo` backtracks from t = lr, t ← ρ·t, until
/// J(θ + t·d) ≤ J(θ) + c₁·t·∇J·d (the Armijo sufficient-decrease condition), at most `maxTrials` times.
/// A singular Hessian ends the run with `Outcome.failed`; an indefinite one does too unless the
/// `IndefiniteHessianPolicy` says to step anyway (see `NewtonSettings`).
public enum NewtonStepControl: Sendable, Equatable {
    case pure
    /// Backtracking with sufficient-decrease constant c₁ ∈ (0, 1), shrink factor ρ ∈ (0, 1) and at most
    /// `maxTrials` trial points.
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
    /// Runs Newton's method with the default step factor 1 and failure at an indefinite Hessian.
    public static func runNewton<O: TwiceDifferentiable>(
        _ objective: O, start: [Double], control: NewtonStepControl = .pure, stopping: StoppingRule,
        recording: Recording = .all
    ) throws(OptimError) -> Trace {
        try runNewton(
            objective, start: start, settings: NewtonSettings(step: control), stopping: stopping, recording: recording)
    }

    /// Runs Newton's method. Record k holds θₖ, J, ∇J, the step taken, the step length t as `learningRate`, and
    /// the state `newton_direction` (d) and `line_search_trials`; when `indefinite` is not `fail`, also
    /// `indefinite_hessian` (1 where Cholesky found H indefinite at θₖ, else 0). The final record has no update and
    /// no state.
    public static func runNewton<O: TwiceDifferentiable>(
        _ objective: O, start: [Double], settings: NewtonSettings, stopping: StoppingRule,
        recording: Recording = .all
    ) throws(OptimError) -> Trace {
        guard start.count == objective.dimension else {
            throw .dimensionMismatch("start point has \(start.count) coordinates, the objective \(objective.dimension)")
        }
        try settings.validate()
        let n = start.count
        var theta = start
        var gradient = Array(repeating: 0.0, count: n)
        var recorder = Recorder(recording, dimension: n, maxIterations: stopping.maxIterations)
        let divergence = stopping.divergenceTest(for: objective, start: start)
        var previousLoss = 0.0
        var lastGood: Iteration? = nil
        var k = 0
        while true {
            let loss = objective.valueAndGradient(at: theta, gradient: &gradient)
            let norm = LinearAlgebra.norm(gradient)
            guard loss.isFinite, gradient.allSatisfy(\.isFinite), theta.allSatisfy(\.isFinite) else {
                let final =
                    lastGood
                    ?? Iteration(
                        k: 0, theta: theta, loss: loss, gradient: gradient, gradientNorm: norm, update: nil,
                        learningRate: settings.learningRate, state: [])
                return recorder.finish(final: final, outcome: nonFiniteOutcome(objective, at: theta, iteration: k))
            }
            func stop(_ outcome: Outcome) -> Trace {
                let final = Iteration(
                    k: k, theta: theta, loss: loss, gradient: gradient, gradientNorm: norm, update: nil,
                    learningRate: settings.learningRate, state: [])
                return recorder.finish(final: final, outcome: outcome)
            }
            if divergence.exceeded(loss: loss, theta: theta) { return stop(.diverged(iteration: k)) }
            if let tolerance = stopping.gradientTolerance, norm <= tolerance {
                return stop(.converged(.gradientNorm, iteration: k))
            }
            if let tolerance = stopping.lossChangeTolerance, k > 0, abs(loss - previousLoss) <= tolerance {
                return stop(.converged(.lossChange, iteration: k))
            }
            if k >= stopping.maxIterations { return stop(.reachedIterationLimit(stopping.maxIterations)) }

            let direction: [Double]
            var indefinite = false
            switch newtonDirection(objective.hessian(at: theta), gradient, policy: settings.indefinite) {
            case .success(let found):
                direction = found.direction
                indefinite = found.indefinite
            case .failure(.singular): return stop(.failed(iteration: k, reason: .singularHessian(theta: theta)))
            case .failure(.indefinite): return stop(.failed(iteration: k, reason: .indefiniteHessian(theta: theta)))
            }
            var slope = 0.0
            for j in 0..<n { slope += gradient[j] * direction[j] }
            var t = settings.learningRate
            var trials = 1
            var candidate = theta
            for j in 0..<n { candidate[j] = theta[j] + t * direction[j] }
            if case .armijo(let c1, let shrink, let maxTrials) = settings.step {
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
            var state = [
                StateEntry(name: "newton_direction", values: direction),
                StateEntry(name: "line_search_trials", values: [Double(trials)]),
            ]
            if settings.indefinite != .fail {
                state.append(StateEntry(name: "indefinite_hessian", values: [indefinite ? 1 : 0]))
            }
            let record = Iteration(
                k: k, theta: theta, loss: loss, gradient: gradient, gradientNorm: norm, update: update,
                learningRate: t, state: state)
            if recorder.wants(k) { recorder.keep(record) }
            lastGood = record
            previousLoss = loss
            theta = candidate
            k += 1
        }
    }

    /// The direction d of one Newton step and whether H was indefinite: −H⁻¹∇J by Cholesky where H is positive
    /// definite; where it is indefinite, a failure, −H⁻¹∇J by Gaussian elimination, or −∇J, as `policy` says.
    /// A singular H is a failure whatever the policy.
    static func newtonDirection(
        _ hessian: Matrix, _ gradient: [Double], policy: IndefiniteHessianPolicy
    ) -> Result<(direction: [Double], indefinite: Bool), Cholesky.Failure> {
        switch Cholesky.factor(hessian) {
        case .success(let factor):
            return .success((Cholesky.solve(factor: factor, gradient).map { -$0 }, false))
        case .failure(.singular): return .failure(.singular)
        case .failure(.indefinite):
            switch policy {
            case .fail: return .failure(.indefinite)
            case .gradient: return .success((gradient.map { -$0 }, true))
            case .continue:
                guard let solution = LinearAlgebra.solve(hessian, gradient) else { return .failure(.singular) }
                return .success((solution.map { -$0 }, true))
            }
        }
    }
}
