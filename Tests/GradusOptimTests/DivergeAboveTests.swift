import GradusOptim
import GradusTestSupport
import Testing

/// `StoppingRule.divergeAbove`: a run whose |J| or ‖θ‖ passes the bound is reported diverged there.
struct DivergeAboveTests {
    /// f = x², x₀ = 10, lr 1.1: x ← −1.2·x, so x₁₀ = 10·1.2¹⁰ in magnitude and x₉ ≈ 51.6 is the first beyond 50.
    func square(bound: Double?) -> Trace {
        Runner.run(
            Square(), optimizer: GradientDescent(learningRate: 1.1), start: [10],
            stopping: StoppingRule(maxIterations: 10, divergeAbove: bound))
    }

    @Test func withoutABoundTheRunMerelyReachesItsLimit() {
        let trace = square(bound: nil)
        #expect(trace.outcome == .reachedIterationLimit(10))
        #expect(isApproximatelyEqual(abs(trace.final.theta[0]), 61.917364, absolute: 5e-7))
    }

    @Test func theFirstIterateBeyondTheBoundEndsTheRun() throws {
        let trace = square(bound: 50)
        #expect(trace.outcome == .diverged(iteration: 9))
        #expect(trace.iterationCount == 9)
        // The final record is the iterate beyond the bound: x₉, after 9 updates, with no update of its own.
        #expect(trace.final.k == 9)
        #expect(abs(trace.final.theta[0]) > 50 && abs(trace.final.theta[0]) < 52)
        #expect(trace.final.update == nil)
        let before = try #require(trace.iteration(8))
        #expect(abs(before.theta[0]) < 50)
    }

    @Test func theLossIsWatchedWhenItStartsWithinTheBound() {
        // From x₀ = 1, |x| = 1.2ᵏ passes 50 at k = 22 but J = 1.44ᵏ passes 50 at k = 11.
        let trace = Runner.run(
            Square(), optimizer: GradientDescent(learningRate: 1.1), start: [1],
            stopping: StoppingRule(maxIterations: 30, divergeAbove: 50))
        #expect(trace.outcome == .diverged(iteration: 11))
        #expect(trace.final.loss > 50 && abs(trace.final.theta[0]) < 50)
    }

    @Test func aQuantityBeyondTheBoundAtTheStartIsNotWatched() {
        // J(x₀) = 100 is beyond 50 already, so only |x| can tell (as in the reference above); with a start beyond the
        // bound in both, the bound cannot end the run.
        let test = StoppingRule(maxIterations: 1, divergeAbove: 50).divergenceTest(for: Square(), start: [10])
        #expect(!test.watchesLoss && test.watchesTheta)
        let trace = Runner.run(
            Square(), optimizer: GradientDescent(learningRate: 1.1), start: [60],
            stopping: StoppingRule(maxIterations: 10, divergeAbove: 50))
        #expect(trace.outcome == .reachedIterationLimit(10))
    }

    @Test func newtonIsBoundedToo() throws {
        let trace = try Runner.runNewton(
            XCosine(c: 0.15 * Double.pi), start: [10], settings: NewtonSettings(indefinite: .continue),
            stopping: StoppingRule(maxIterations: 10, divergeAbove: 20))
        // x₁ = 5, x₂ ≈ 25.0 > 20.
        #expect(trace.outcome == .diverged(iteration: 2))
        #expect(trace.final.k == 2 && trace.final.theta[0] > 20)
    }

    @Test func miniBatchRunsAreBoundedToo() throws {
        let trace = try Runner.runMiniBatch(
            seedRegression, optimizer: GradientDescent(learningRate: 0.5),
            sampling: BatchSampling(batchSize: 2, seed: 1, shuffle: true), start: [0.5, -0.5],
            stopping: StoppingRule(maxIterations: 1000, divergeAbove: 1e6))
        guard case .diverged(let k) = trace.outcome else {
            Issue.record("expected divergence, got \(trace.outcome)")
            return
        }
        #expect(trace.final.k == k)
        #expect(abs(trace.final.loss) > 1e6 || LinearAlgebra.norm(trace.final.theta) > 1e6)
        #expect(trace.final.loss.isFinite && trace.final.batch == nil)
    }

    @Test(arguments: [0.0, -1.0, Double.infinity, Double.nan])
    func aBoundMustBePositiveAndFinite(bound: Double) {
        #expect(throws: OptimError.self) { try StoppingRule(maxIterations: 1, divergeAbove: bound).validate() }
    }
}
