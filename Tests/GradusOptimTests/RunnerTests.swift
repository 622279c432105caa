import GradusOptim
import GradusTestSupport
import Testing

struct RunnerTests {
    let seed = LinearRegression(
        features: Matrix([[1, 2], [2, 3], [3, 4], [4, 5]]), targets: [1, 2, 3, 4])

    @Test func seedRunMatchesTheNumPyReferenceAtEveryIteration() throws {
        let reference = try fixture("seed_gd.json")
        let iterations = try #require(reference["iterations"] as? [[String: Any]])
        let trace = Runner.run(
            seed, optimizer: GradientDescent(learningRate: 0.01), start: [0.5, -0.5],
            stopping: StoppingRule(maxIterations: 1000))
        #expect(trace.outcome == .reachedIterationLimit(1000))
        #expect(trace.iterations.count == iterations.count)
        for (record, expected) in zip(trace.iterations, iterations) {
            let theta = try #require(expected["theta"] as? [Double])
            let gradient = try #require(expected["gradient"] as? [Double])
            let loss = try #require(expected["loss"] as? Double)
            #expect(record.k == expected["k"] as? Int)
            #expect(isApproximatelyEqual(record.theta, theta, relative: 1e-12, absolute: 1e-12), "θ at k=\(record.k)")
            #expect(
                isApproximatelyEqual(record.gradient, gradient, relative: 1e-12, absolute: 1e-12), "∇J at k=\(record.k)"
            )
            #expect(isApproximatelyEqual([record.loss], [loss], relative: 1e-12, absolute: 1e-12), "J at k=\(record.k)")
        }
        #expect(trace.final.k == 1000)
        #expect(trace.final.update == nil)
    }

    @Test func updateIsTheDifferenceOfIteratesAsApplied() throws {
        let trace = Runner.run(
            seed, optimizer: GradientDescent(learningRate: 0.01), start: [0.5, -0.5],
            stopping: StoppingRule(maxIterations: 1))
        let first = trace.iterations[0]
        let step = [-0.01 * -8.75, -0.01 * -11.75]
        #expect(trace.final.theta == [0.5 + step[0], -0.5 + step[1]])
        #expect(first.update == [trace.final.theta[0] - 0.5, trace.final.theta[1] - (-0.5)])
        // θ₁ − θ₀ is not −lr·g to the bit here: the trace records the change actually made.
        #expect(first.update != step)
        #expect(isApproximatelyEqual(try #require(first.update), step, relative: 1e-15, absolute: 1e-15))
    }

    @Test func tooLargeAStepDivergesWithoutCrashing() {
        let trace = Runner.run(
            seed, optimizer: GradientDescent(learningRate: 1), start: [0.5, -0.5],
            stopping: StoppingRule(maxIterations: 10_000))
        guard case .diverged(let k) = trace.outcome else {
            Issue.record("expected divergence, got \(trace.outcome)")
            return
        }
        #expect(trace.final.k == k - 1)
        #expect(trace.final.loss.isFinite)
        // k updates were applied; the k-th gave a non-finite loss.
        #expect(trace.iterationCount == k)
        #expect(trace.outcome.description == "diverged at iteration \(k)")
    }

    @Test func gradientToleranceStopsTheRun() {
        let trace = Runner.run(
            seed, optimizer: GradientDescent(learningRate: 0.05), start: [0.5, -0.5],
            stopping: StoppingRule(maxIterations: 1_000_000, gradientTolerance: 1e-6))
        guard case .converged(.gradientNorm, let k) = trace.outcome else {
            Issue.record("expected convergence, got \(trace.outcome)")
            return
        }
        #expect(trace.final.k == k)
        #expect(trace.final.gradientNorm <= 1e-6)
        #expect(trace.iteration(k - 1)!.gradientNorm > 1e-6)
    }

    @Test func sampledRecordingKeepsFirstLastAndEveryKth() {
        let trace = Runner.run(
            seed, optimizer: GradientDescent(learningRate: 0.01), start: [0.5, -0.5],
            stopping: StoppingRule(maxIterations: 1000), recording: .sample(first: 3, last: 2, every: 250))
        #expect(trace.iterations.map(\.k) == [0, 1, 2, 250, 500, 750, 998, 999, 1000])
        let full = Runner.run(
            seed, optimizer: GradientDescent(learningRate: 0.01), start: [0.5, -0.5],
            stopping: StoppingRule(maxIterations: 1000))
        #expect(trace.iteration(750) == full.iteration(750))
        #expect(trace.final == full.final)
    }
}
