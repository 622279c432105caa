import GradusOptim
import Testing

/// What every trace promises: `update` is θₖ₊₁ − θₖ as applied, and the final record carries neither an update
/// nor optimizer state, since no step was taken from it.
struct TraceConventionTests {
    static let specs: [OptimizerSpec] = [
        OptimizerSpec(.gd(learningRate: 0.01)),
        OptimizerSpec(.sgd(SGD.Configuration(learningRate: 0.01, momentum: 0.9))),
        OptimizerSpec(.adam(Adam.Configuration(learningRate: 0.01))),
        OptimizerSpec(.adagrad(Adagrad.Configuration(learningRate: 0.1))),
        OptimizerSpec(.rmsprop(RMSprop.Configuration(learningRate: 0.01, momentum: 0.5))),
        OptimizerSpec(.sgd(SGD.Configuration(learningRate: 0.01, momentum: 0.9)), clipNorm: 1),
    ]

    /// Every update equals the difference of consecutive iterates, to the bit.
    static func checkUpdates(_ trace: Trace) {
        for (record, next) in zip(trace.iterations, trace.iterations.dropFirst()) {
            let applied = zip(next.theta, record.theta).map { $0 - $1 }
            #expect(record.update.map { $0.map(\.bitPattern) } == applied.map(\.bitPattern), "k = \(record.k)")
        }
    }

    @Test(arguments: specs.indices)
    func firstOrderRuns(index: Int) {
        let trace = Runner.run(
            seedRegression, optimizer: Self.specs[index].makeOptimizer(), start: [0.5, -0.5],
            stopping: StoppingRule(maxIterations: 50))
        Self.checkUpdates(trace)
        #expect(trace.final.update == nil)
        #expect(trace.final.state.isEmpty)
    }

    @Test func miniBatchRuns() throws {
        let trace = try Runner.runMiniBatch(
            seedRegression, optimizer: SGD(learningRate: 0.01, momentum: 0.9),
            sampling: BatchSampling(batchSize: 2, seed: 3, shuffle: true), start: [0.5, -0.5],
            stopping: StoppingRule(maxIterations: 20))
        Self.checkUpdates(trace)
        #expect(trace.final.state.isEmpty && trace.final.batch == nil)
        #expect(trace.iterations.dropLast().allSatisfy { !$0.state.isEmpty && $0.batch != nil })
    }

    @Test func newtonRuns() throws {
        let trace = try Runner.runNewton(
            Rosenbrock(), start: [-1.2, 1], control: .armijo(), stopping: StoppingRule(maxIterations: 20))
        Self.checkUpdates(trace)
        #expect(trace.final.update == nil && trace.final.state.isEmpty)
    }

    @Test func projectedRuns() throws {
        let boxed = try BoxProjection(GradientDescent(learningRate: 0.2), lower: [-1, -1], upper: [1, 0.5])
        let trace = Runner.run(
            Rosenbrock(), optimizer: boxed, start: [0, 0], stopping: StoppingRule(maxIterations: 30))
        Self.checkUpdates(trace)
        #expect(trace.iterations.allSatisfy { $0.theta[1] <= 0.5 })
    }
}
