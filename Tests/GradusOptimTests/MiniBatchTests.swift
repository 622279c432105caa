import Foundation
import GradusOptim
import GradusTestSupport
import Testing

// The property names are the JSON fixture's keys (written by scripts/reference_*.py).
// swift-format-ignore: AlwaysUseLowerCamelCase
struct MiniBatchFixture: Decodable {
    struct Run: Decodable, CustomTestStringConvertible {
        let data: String
        let features: [[Double]]
        let targets: [Double]
        let start: [Double]
        let batch_size: Int
        let seed: UInt64
        let method: String
        let parameters: [String: HyperparameterValue]
        let first_batches: [[Int]]
        let thetas: [[Double]]
        var testDescription: String { "\(data) batch \(batch_size) seed \(seed) \(method)" }
    }
    let splitmix64_seed0: [String]
    let bounded_seed12345: [String]
    let permutation_seed1_n10: [Int]
    let runs: [Run]

    static let shared: MiniBatchFixture = {
        let url = folderBeside(named: "Fixtures").appendingPathComponent("minibatch.json")
        return try! JSONDecoder().decode(MiniBatchFixture.self, from: Data(contentsOf: url))
    }()
}

struct MiniBatchTests {
    let fixture = MiniBatchFixture.shared

    @Test func splitMix64MatchesTheReferenceStream() {
        var generator = SplitMix64(seed: 0)
        #expect((0..<5).map { _ in generator.next() } == fixture.splitmix64_seed0.map { UInt64($0, radix: 16)! })
        var bounded = SplitMix64(seed: 12345)
        let bounds: [UInt64] = [1, 2, 3, 7, 10, 1000, (1 << 63) + 5, 6, 6, 6]
        #expect(bounds.map { bounded.bounded($0) } == fixture.bounded_seed12345.map { UInt64($0)! })
        var shuffler = SplitMix64(seed: 1)
        #expect(shuffler.permutation(10) == fixture.permutation_seed1_n10)
    }

    @Test func boundedIntegersAreUniform() {
        var generator = SplitMix64(seed: 3)
        var counts = Array(repeating: 0, count: 6)
        for _ in 0..<60_000 { counts[Int(generator.bounded(6))] += 1 }
        #expect(counts.allSatisfy { abs($0 - 10_000) < 400 })
    }

    @Test(arguments: MiniBatchFixture.shared.runs)
    func everyIterationMatchesTheReference(run: MiniBatchFixture.Run) throws {
        let objective = try LinearRegression(validating: Matrix(run.features), targets: run.targets)
        let sampling = BatchSampling(batchSize: run.batch_size, seed: run.seed)
        #expect(Array(sampling.batches(sampleCount: run.targets.count, epochs: 12).prefix(12)) == run.first_batches)
        let optimizer = try OptimizerSpec(method: run.method, parameters: run.parameters).makeOptimizer()
        let trace = try Runner.runMiniBatch(
            objective, optimizer: optimizer, sampling: sampling, start: run.start,
            stopping: StoppingRule(maxIterations: 1000))
        #expect(trace.outcome == .reachedIterationLimit(1000))
        #expect(trace.iterations.count == run.thetas.count)
        var worst = 0.0
        for (record, expected) in zip(trace.iterations, run.thetas) {
            for (a, b) in zip(record.theta, expected) { worst = max(worst, abs(a - b) / (1 + abs(b))) }
        }
        #expect(worst <= 1e-12, "largest scaled |Δθ| \(worst)")
        let first = try #require(trace.iterations.first?.batch)
        #expect(first.rows == run.first_batches[0])
        #expect(first.epoch == 0)
        let m = run.targets.count
        let perEpoch = (m + run.batch_size - 1) / run.batch_size
        #expect(trace.iteration(perEpoch)?.batch?.epoch == 1)
    }

    @Test func fullBatchWithoutShufflingIsGradientDescent() throws {
        let trace = try Runner.runMiniBatch(
            seedRegression, optimizer: GradientDescent(learningRate: 0.01),
            sampling: BatchSampling(batchSize: 4, shuffle: false), start: [0.5, -0.5],
            stopping: StoppingRule(maxIterations: 100))
        let batch = Runner.run(
            seedRegression, optimizer: GradientDescent(learningRate: 0.01), start: [0.5, -0.5],
            stopping: StoppingRule(maxIterations: 100))
        #expect(trace.final.theta == batch.final.theta)
    }

    @Test func divergenceIsAnOutcome() throws {
        let trace = try Runner.runMiniBatch(
            seedRegression, optimizer: SGD(learningRate: 5), sampling: BatchSampling(batchSize: 1, seed: 1),
            start: [0.5, -0.5], stopping: StoppingRule(maxIterations: 10_000))
        #expect(trace.outcome.isDiverged)
        #expect(trace.final.loss.isFinite)
        #expect(throws: OptimError.self) {
            try Runner.runMiniBatch(
                seedRegression, optimizer: SGD(), sampling: BatchSampling(batchSize: 0), start: [0, 0],
                stopping: StoppingRule(maxIterations: 1))
        }
    }
}
