import Foundation
import GradusOptim
import GradusTestSupport
import Testing

/// The step factor, the indefinite-Hessian policies and the trial budget of Newton's method.
struct NewtonSettingsTests {
    let wave = XCosine(c: 0.15 * Double.pi)

    func run(lr: Double, indefinite: IndefiniteHessianPolicy, steps: Int = 10) throws -> Trace {
        try Runner.runNewton(
            wave, start: [10], settings: NewtonSettings(learningRate: lr, indefinite: indefinite),
            stopping: StoppingRule(maxIterations: steps))
    }

    /// Reference figures computed independently (plain Newton iteration x ← x − lr·f′/f″, printed to 6 decimals).
    @Test(arguments: [(1.0, 26.834133), (0.5, 7.269860)])
    func stepFactorMatchesTheReference(lr: Double, expected: Double) throws {
        let trace = try run(lr: lr, indefinite: .continue)
        #expect(trace.outcome == .reachedIterationLimit(10))
        #expect(isApproximatelyEqual(trace.final.theta[0], expected, absolute: 5e-7), "x₁₀ = \(trace.final.theta[0])")
        #expect(trace.iterations.dropLast().allSatisfy { $0.learningRate == lr })
    }

    @Test func failStopsAtTheFirstIndefiniteHessian() throws {
        let trace = try run(lr: 1, indefinite: .fail)
        guard case .failed(let k, .indefiniteHessian) = trace.outcome else {
            Issue.record("expected an indefinite Hessian, got \(trace.outcome)")
            return
        }
        #expect(k == 2)
        #expect(wave.hessian(at: trace.final.theta)[0, 0] < 0)
    }

    @Test func continueTakesTheRawNewtonStepAndSaysSo() throws {
        let trace = try run(lr: 1, indefinite: .continue)
        for record in trace.iterations.dropLast() {
            let h = wave.hessian(at: record.theta)[0, 0]
            let direction = try #require(record.state.first { $0.name == "newton_direction" }?.values[0])
            let flag = try #require(record.state.first { $0.name == "indefinite_hessian" }?.values[0])
            #expect(flag == (h < 0 ? 1 : 0), "k = \(record.k)")
            #expect(
                isApproximatelyEqual(direction, -record.gradient[0] / h, relative: 1e-12, absolute: 1e-12),
                "k = \(record.k)")
        }
        #expect(trace.iterations.contains { $0.state.contains { $0.name == "indefinite_hessian" && $0.values == [1] } })
    }

    @Test func gradientFallsBackToSteepestDescentWhereTheHessianIsIndefinite() throws {
        let trace = try run(lr: 1, indefinite: .gradient)
        let fallbacks = trace.iterations.filter {
            $0.state.contains { $0.name == "indefinite_hessian" && $0.values == [1] }
        }
        #expect(!fallbacks.isEmpty)
        for record in fallbacks {
            #expect(wave.hessian(at: record.theta)[0, 0] < 0)
            #expect(record.state.first { $0.name == "newton_direction" }?.values == [-record.gradient[0]])
            #expect(record.update == [(record.theta[0] - record.gradient[0]) - record.theta[0]])
        }
    }

    @Test func aSingularHessianFailsWhateverThePolicy() throws {
        let collinear = LinearRegression(features: Matrix([[1, 2], [2, 4]]), targets: [1, 2])
        for policy in IndefiniteHessianPolicy.allCases {
            let trace = try Runner.runNewton(
                collinear, start: [0, 0], settings: NewtonSettings(indefinite: policy),
                stopping: StoppingRule(maxIterations: 5))
            #expect(trace.outcome == .failed(iteration: 0, reason: .singularHessian(theta: [0, 0])), "\(policy)")
        }
    }

    @Test func armijoBacktracksFromTheStepFactor() throws {
        let bowl = try QuadraticBowl(conditionNumber: 4)
        let trace = try Runner.runNewton(
            bowl, start: [1, 1], settings: NewtonSettings(step: .armijo(), learningRate: 0.25),
            stopping: StoppingRule(maxIterations: 3))
        // On a quadratic any t ≤ 1 passes the Armijo test at once, so every step is the first trial t = lr.
        #expect(trace.iterations.dropLast().allSatisfy { $0.learningRate == 0.25 })
        #expect(isApproximatelyEqual(trace.iterations[1].theta[0], 0.75, absolute: 1e-15))
    }

    @Test func theTrialBudgetEndsALineSearch() throws {
        // Uphill from a local maximum's neighbourhood the Newton direction ascends: no trial can satisfy Armijo.
        let trace = try Runner.runNewton(
            wave, start: [25], settings: NewtonSettings(step: .armijo(maxTrials: 3), indefinite: .continue),
            stopping: StoppingRule(maxIterations: 5))
        #expect(trace.outcome == .failed(iteration: 0, reason: .lineSearchExhausted(trials: 3)))
    }

    @Test(arguments: [
        NewtonSettings(learningRate: 0), NewtonSettings(learningRate: -1), NewtonSettings(learningRate: .infinity),
        NewtonSettings(step: .armijo(maxTrials: 0)),
    ])
    func badSettingsAreErrors(settings: NewtonSettings) {
        #expect(throws: OptimError.self) {
            try Runner.runNewton(Square(), start: [1], settings: settings, stopping: StoppingRule(maxIterations: 1))
        }
    }
}
