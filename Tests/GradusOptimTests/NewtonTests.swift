import GradusOptim
import GradusTestSupport
import Testing

struct NewtonTests {
    @Test func pureNewtonSolvesAQuadraticInOneStep() throws {
        let trace = try Runner.runNewton(
            seedRegression, start: [0.5, -0.5], stopping: StoppingRule(maxIterations: 10, gradientTolerance: 1e-10))
        #expect(trace.outcome == .converged(.gradientNorm, iteration: 1))
        #expect(isApproximatelyEqual(trace.final.theta, [1, 0], relative: 1e-10, absolute: 1e-10))
    }

    @Test func dampedNewtonReachesTheRosenbrockMinimum() throws {
        let trace = try Runner.runNewton(
            Rosenbrock(), start: [-1.2, 1], control: .armijo(c1: 1e-4, shrink: 0.5),
            stopping: StoppingRule(maxIterations: 100, gradientTolerance: 1e-10))
        guard case .converged(.gradientNorm, let k) = trace.outcome else {
            Issue.record("expected convergence, got \(trace.outcome)")
            return
        }
        #expect(k < 40)
        #expect(isApproximatelyEqual(trace.final.theta, [1, 1], relative: 1e-8, absolute: 1e-8))
        // Every accepted step satisfies the Armijo condition.
        for (a, b) in zip(trace.iterations, trace.iterations.dropFirst()) {
            let update = try #require(a.update)
            let slope = zip(a.gradient, update).map { $0 * $1 }.reduce(0, +)
            #expect(b.loss <= a.loss + 1e-4 * slope)
        }
        #expect(trace.iterations.contains { $0.learningRate < 1 }, "some steps were shortened")
    }

    @Test func indefiniteHessianFailsWithAReason() throws {
        let trace = try Runner.runNewton(Himmelblau(), start: [0, 0], stopping: StoppingRule(maxIterations: 10))
        guard case .failed(0, let reason) = trace.outcome else {
            Issue.record("expected failure, got \(trace.outcome)")
            return
        }
        #expect(reason == .indefiniteHessian(theta: [0, 0]))
        #expect(
            trace.outcome.description.hasPrefix("failed at iteration 0: the Hessian is indefinite at θ = (0.0, 0.0)"))
        #expect(trace.final.k == 0)
    }

    @Test func singularHessianFailsWithAReason() throws {
        let collinear = LinearRegression(features: Matrix([[1, 2], [2, 4]]), targets: [1, 2])
        let trace = try Runner.runNewton(collinear, start: [0, 0], stopping: StoppingRule(maxIterations: 10))
        guard case .failed(0, let reason) = trace.outcome else {
            Issue.record("expected failure, got \(trace.outcome)")
            return
        }
        #expect(reason == .singularHessian(theta: [0, 0]))
        #expect(trace.outcome.description.hasPrefix("failed at iteration 0: the Hessian is singular"))
    }

    @Test func badInputIsAnError() {
        #expect(throws: OptimError.self) {
            try Runner.runNewton(Rosenbrock(), start: [0], stopping: StoppingRule(maxIterations: 1))
        }
        #expect(throws: OptimError.self) {
            try Runner.runNewton(
                Rosenbrock(), start: [0, 0], control: .armijo(c1: 2, shrink: 0.5),
                stopping: StoppingRule(maxIterations: 1))
        }
    }
}

struct ProjectionAndAscentTests {
    @Test func projectedGradientDescentStaysInTheBox() throws {
        let optimizer = try BoxProjection(GradientDescent(learningRate: 0.05), lower: [-1, -1], upper: [0.8, 0.5])
        let trace = Runner.run(
            seedRegression, optimizer: optimizer, start: [0.5, -0.5], stopping: StoppingRule(maxIterations: 500))
        for record in trace.iterations {
            #expect(record.theta[0] >= -1 && record.theta[0] <= 0.8)
            #expect(record.theta[1] >= -1 && record.theta[1] <= 0.5)
        }
        // The constrained minimiser lies on the face θ₀ = 0.8.
        #expect(trace.final.theta[0] == 0.8)
        #expect(throws: OptimError.self) { try BoxProjection(SGD(), lower: [1], upper: [0]) }
    }

    @Test func gradientAscentClimbsAConcaveFunction() {
        // Maximise −J for J a bowl: SGD with maximize on the negated objective.
        struct Negated: Objective {
            let inner: Booth
            var dimension: Int { 2 }
            func value(at theta: [Double]) -> Double { -inner.value(at: theta) }
            func valueAndGradient(at theta: [Double], gradient: inout [Double]) -> Double {
                let v = inner.valueAndGradient(at: theta, gradient: &gradient)
                for j in gradient.indices { gradient[j] = -gradient[j] }
                return -v
            }
        }
        let trace = Runner.run(
            Negated(inner: Booth()), optimizer: SGD(learningRate: 0.02, maximize: true), start: [0, 0],
            stopping: StoppingRule(maxIterations: 2000, gradientTolerance: 1e-9))
        #expect(isApproximatelyEqual(trace.final.theta, [1, 3], relative: 1e-8, absolute: 1e-8))
    }
}
