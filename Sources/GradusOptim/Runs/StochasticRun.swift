extension Runner {
    /// Mini-batch (or stochastic) gradient descent: update k uses the gradient of batch k (see
    /// `BatchSampling`). Record k holds θₖ, the full-data J(θₖ) and ∇J(θₖ) (so curves and stopping
    /// tests compare with batch runs), the update, and in `batch` the batch, its loss and gradient.
    /// `maxIterations` counts updates (batches), not epochs. The final record has no update, batch or state.
    public static func runMiniBatch<O: BatchObjective, Opt: Optimizer>(
        _ objective: O, optimizer: Opt, sampling: BatchSampling, start: [Double], stopping: StoppingRule,
        recording: Recording = .all
    ) throws(OptimError) -> Trace {
        guard start.count == objective.dimension else {
            throw .dimensionMismatch("start point has \(start.count) coordinates, the objective \(objective.dimension)")
        }
        guard sampling.batchSize >= 1 else { throw .invalidValue(name: "batch_size", reason: "must be at least 1") }
        guard objective.sampleCount >= 1 else { throw .dimensionMismatch("no samples") }
        var optimizer = optimizer
        var sampler = Sampler(sampling, sampleCount: objective.sampleCount)
        let n = start.count
        var theta = start
        var gradient = Array(repeating: 0.0, count: n)
        var batchGradient = gradient
        var update = gradient
        var recorder = Recorder(recording, dimension: n, maxIterations: stopping.maxIterations)
        let divergence = stopping.divergenceTest(for: objective, start: start)
        var previousLoss = 0.0
        var lastGood: Iteration? = nil
        var k = 0
        while true {
            let loss = objective.valueAndGradient(at: theta, gradient: &gradient)
            let norm = LinearAlgebra.norm(gradient)
            let rate = optimizer.learningRate
            func record(update: [Double]?, batch: MiniBatch?) -> Iteration {
                var iteration = Iteration(
                    k: k, theta: theta, loss: loss, gradient: gradient, gradientNorm: norm, update: update,
                    learningRate: rate, state: update == nil ? [] : optimizer.state)
                iteration.batch = batch
                return iteration
            }
            guard loss.isFinite, gradient.allSatisfy(\.isFinite), theta.allSatisfy(\.isFinite) else {
                return recorder.finish(
                    final: lastGood ?? record(update: nil, batch: nil), outcome: .diverged(iteration: k))
            }
            var outcome: Outcome? = nil
            if divergence.exceeded(loss: loss, theta: theta) {
                outcome = .diverged(iteration: k)
            } else if let tolerance = stopping.gradientTolerance, norm <= tolerance {
                outcome = .converged(.gradientNorm, iteration: k)
            } else if let tolerance = stopping.lossChangeTolerance, k > 0, abs(loss - previousLoss) <= tolerance {
                outcome = .converged(.lossChange, iteration: k)
            } else if k >= stopping.maxIterations {
                outcome = .reachedIterationLimit(stopping.maxIterations)
            }
            if let outcome { return recorder.finish(final: record(update: nil, batch: nil), outcome: outcome) }

            let (epoch, rows) = sampler.next()
            let batchLoss = objective.valueAndGradient(at: theta, rows: rows, gradient: &batchGradient)
            guard batchLoss.isFinite, batchGradient.allSatisfy(\.isFinite) else {
                return recorder.finish(
                    final: lastGood ?? record(update: nil, batch: nil), outcome: .diverged(iteration: k))
            }
            let before = theta
            optimizer.step(parameters: &theta, gradient: batchGradient, update: &update)
            let batch = MiniBatch(epoch: epoch, rows: rows, loss: batchLoss, gradient: batchGradient)
            var iteration = Iteration(
                k: k, theta: before, loss: loss, gradient: gradient, gradientNorm: norm, update: update,
                learningRate: rate, state: optimizer.state)
            iteration.batch = batch
            if recorder.wants(k) { recorder.keep(iteration) }
            lastGood = iteration
            previousLoss = loss
            k += 1
        }
    }
}
