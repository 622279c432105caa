/// Runs an optimizer on an objective from a start point.
public enum Runner {
    /// Iterates until the stopping rule, a non-finite value or the iteration limit ends the run.
    ///
    /// Record k holds θₖ, J(θₖ), ∇J(θₖ), the update applied from θₖ and the optimizer's state after it; the final
    /// record has neither update nor state, since no step was taken from it. A run whose iterate passes the
    /// stopping rule's `divergeAbove` ends as diverged with that iterate as the final record. Memory is bounded by
    /// `recording`: between kept iterations only two vectors of scratch are reused.
    @inlinable public static func run<O: Objective, Opt: Optimizer>(
        _ objective: O, optimizer: Opt, start: [Double], stopping: StoppingRule,
        recording: Recording = .all
    ) -> Trace {
        precondition(start.count == objective.dimension, "start point has the wrong dimension")
        var optimizer = optimizer
        var theta = start
        var gradient = Array(repeating: 0.0, count: start.count)
        var update = Array(repeating: 0.0, count: start.count)
        // The previous iteration, kept in reused buffers so divergence can report the last finite values.
        var previous = Array(repeating: 0.0, count: start.count)
        var previousGradient = Array(repeating: 0.0, count: start.count)
        var previousLoss = 0.0
        var previousNorm = 0.0
        var previousRate = 0.0
        var recorder = Recorder(recording, dimension: start.count, maxIterations: stopping.maxIterations)
        let divergence = stopping.divergenceTest(for: objective, start: start)
        var k = 0
        while true {
            let loss = objective.valueAndGradient(at: theta, gradient: &gradient)
            if !loss.isFinite || !LinearAlgebra.isFinite(gradient) || !LinearAlgebra.isFinite(theta) {
                guard k > 0 else {
                    let start = Iteration(
                        k: 0, theta: theta, loss: loss, gradient: gradient,
                        gradientNorm: LinearAlgebra.norm(gradient), update: nil,
                        learningRate: optimizer.learningRate, state: [])
                    return recorder.finish(final: start, outcome: nonFiniteOutcome(objective, at: theta, iteration: 0))
                }
                let lastFinite = Iteration(
                    k: k - 1, theta: previous, loss: previousLoss, gradient: previousGradient,
                    gradientNorm: previousNorm, update: update, learningRate: previousRate,
                    state: optimizer.state)
                return recorder.finish(final: lastFinite, outcome: nonFiniteOutcome(objective, at: theta, iteration: k))
            }
            let norm = LinearAlgebra.norm(gradient)
            let rate = optimizer.learningRate
            var outcome: Outcome? = nil
            if divergence.exceeded(loss: loss, theta: theta) {
                outcome = .diverged(iteration: k)
            } else if let tolerance = stopping.gradientTolerance, norm <= tolerance {
                outcome = .converged(.gradientNorm, iteration: k)
            } else if let tolerance = stopping.lossChangeTolerance, k > 0,
                abs(loss - previousLoss) <= tolerance
            {
                outcome = .converged(.lossChange, iteration: k)
            } else if k >= stopping.maxIterations {
                outcome = .reachedIterationLimit(stopping.maxIterations)
            }
            if let outcome {
                let final = Iteration(
                    k: k, theta: theta, loss: loss, gradient: gradient, gradientNorm: norm,
                    update: nil, learningRate: rate, state: [])
                return recorder.finish(final: final, outcome: outcome)
            }
            for j in theta.indices {
                previous[j] = theta[j]
                previousGradient[j] = gradient[j]
            }
            previousLoss = loss
            previousNorm = norm
            previousRate = rate
            optimizer.step(parameters: &theta, gradient: gradient, update: &update)
            if recorder.wants(k) {
                recorder.keepInPlace(
                    k: k, theta: previous, loss: loss, gradient: gradient, gradientNorm: norm, update: update,
                    learningRate: rate, state: optimizer.state)
            }
            k += 1
        }
    }
}
