import Foundation
import GradusOptim
import GradusTestSupport
import Testing

/// One entry of Fixtures/optimizers.json "runs".
// The property names are the JSON fixture's keys (written by scripts/reference_*.py).
// swift-format-ignore: AlwaysUseLowerCamelCase
struct ReferenceRun: Decodable, CustomTestStringConvertible {
    struct Schedule: Decodable {
        let type: String
        let step_size: Int?
        let gamma: Double?
        let t_max: Int?
        let eta_min: Double?
        let start_factor: Double?
        let end_factor: Double?
        let total_iters: Int?
    }
    let objective: String
    let start: [Double]
    let method: String
    let parameters: [String: HyperparameterValue]
    let thetas: [[Double]]
    let final_loss: Double
    let final_state: [String: [Double]]
    let schedule: Schedule?
    let rates: [Double]?
    let clip_norm: Double?

    var testDescription: String {
        let hyper = parameters.keys.sorted().map { "\($0)=\(parameters[$0]!)" }.joined(separator: " ")
        let extra = (schedule.map { " schedule=\($0.type)" } ?? "") + (clip_norm.map { " clip=\($0)" } ?? "")
        return "\(objective) \(method) \(hyper)\(extra)"
    }

    func spec() throws -> OptimizerSpec {
        var scheduleValue = LearningRateSchedule.constant
        if let s = schedule {
            var values: [String: HyperparameterValue] = [:]
            if let x = s.step_size { values["step_size"] = .number(Double(x)) }
            if let x = s.gamma { values["gamma"] = .number(x) }
            if let x = s.t_max { values["t_max"] = .number(Double(x)) }
            if let x = s.eta_min { values["eta_min"] = .number(x) }
            if let x = s.start_factor { values["start_factor"] = .number(x) }
            if let x = s.end_factor { values["end_factor"] = .number(x) }
            if let x = s.total_iters { values["total_iters"] = .number(Double(x)) }
            scheduleValue = try LearningRateSchedule(name: s.type, parameters: values)
        }
        return try OptimizerSpec(method: method, parameters: parameters, schedule: scheduleValue, clipNorm: clip_norm)
    }
}

// The property names are the JSON fixture's keys (written by scripts/reference_*.py).
// swift-format-ignore: AlwaysUseLowerCamelCase
struct ReferenceFixture: Decodable {
    struct BitExact: Decodable {
        struct Method: Decodable {
            let method: String
            let parameters: [String: HyperparameterValue]
            let start: [Double]
            let after: [[String]]
        }
        let gradients: [[String]]
        let methods: [Method]
    }
    let runs: [ReferenceRun]
    let bitexact: BitExact

    static let shared: ReferenceFixture = {
        let url = folderBeside(named: "Fixtures").appendingPathComponent("optimizers.json")
        // swift-format-ignore
        return try! JSONDecoder().decode(ReferenceFixture.self, from: Data(contentsOf: url))
    }()
}

func bits(_ hex: [String]) -> [Double] { hex.map { Double(bitPattern: UInt64($0, radix: 16)!) } }

let seedRegression = LinearRegression(features: Matrix([[1, 2], [2, 3], [3, 4], [4, 5]]), targets: [1, 2, 3, 4])

struct ReferenceOptimizerTests {
    @Test(arguments: ReferenceFixture.shared.runs)
    func everyIterationMatchesTheTorchTranscription(run: ReferenceRun) throws {
        let spec = try run.spec()
        let trace: Trace
        switch run.objective {
        case "seed":
            trace = Runner.run(
                seedRegression, optimizer: spec.makeOptimizer(), start: run.start,
                stopping: StoppingRule(maxIterations: 1000))
        default:
            trace = Runner.run(
                Rosenbrock(), optimizer: spec.makeOptimizer(), start: run.start,
                stopping: StoppingRule(maxIterations: 1000))
        }
        #expect(trace.outcome == .reachedIterationLimit(1000))
        #expect(trace.iterations.count == run.thetas.count)
        var worst = 0.0
        for (record, expected) in zip(trace.iterations, run.thetas) {
            for (a, b) in zip(record.theta, expected) { worst = max(worst, abs(a - b) / (1 + abs(b))) }
        }
        #expect(worst <= 1e-12, "largest scaled |Δθ| \(worst)")
        #expect(isApproximatelyEqual([trace.final.loss], [run.final_loss], relative: 1e-12, absolute: 1e-12))
        if let rates = run.rates {
            #expect(zip(trace.iterations, rates).allSatisfy { $0.learningRate == $1 }, "scheduled learning rates")
        }
        // The state after the last step is on the record of the iterate it was taken from; the final record has none.
        #expect(trace.final.state.isEmpty)
        let lastStep = try #require(trace.iteration(trace.final.k - 1))
        let state = Dictionary(uniqueKeysWithValues: lastStep.state.map { ($0.name, $0.values) })
        for (name, values) in run.final_state {
            let swiftName = name == "velocity" ? "velocity" : name
            let actual = try #require(state[swiftName], "state \(name) missing from \(state.keys.sorted())")
            #expect(isApproximatelyEqual(actual, values, relative: 1e-12, absolute: 1e-12), "state \(name)")
        }
    }

    @Test(arguments: ReferenceFixture.shared.bitexact.methods.indices)
    func updateArithmeticIsBitForBit(index: Int) throws {
        let fixture = ReferenceFixture.shared.bitexact
        let reference = fixture.methods[index]
        var optimizer = try OptimizerSpec(method: reference.method, parameters: reference.parameters).makeOptimizer()
        var theta = reference.start
        var update = [0.0, 0.0]
        for (k, (gradient, expected)) in zip(fixture.gradients, reference.after).enumerated() {
            optimizer.step(parameters: &theta, gradient: bits(gradient), update: &update)
            let want = bits(expected)
            guard theta.map(\.bitPattern) == want.map(\.bitPattern) else {
                Issue.record(
                    "\(reference.method) \(reference.parameters): step \(k + 1) gives \(theta), reference \(want)")
                return
            }
        }
    }
}
