import GradusOptim
import GradusTestSupport
import Testing

struct SpecTests {
    @Test func defaultsAreTorchs() throws {
        #expect(try OptimizerSpec(method: "sgd").method == .sgd(SGD.Configuration(learningRate: 1e-3)))
        let adam = try OptimizerSpec(method: "adam").parameters
        #expect(adam["lr"] == .number(1e-3) && adam["betas"] == .pair(0.9, 0.999) && adam["eps"] == .number(1e-8))
        #expect(adam["weight_decay"] == .number(0) && adam["amsgrad"] == .flag(false))
        #expect(try OptimizerSpec(method: "adamw").parameters["weight_decay"] == .number(0.01))
        let adagrad = try OptimizerSpec(method: "adagrad").parameters
        #expect(adagrad["lr"] == .number(0.01) && adagrad["eps"] == .number(1e-10))
        let rmsprop = try OptimizerSpec(method: "rmsprop").parameters
        #expect(rmsprop["lr"] == .number(0.01) && rmsprop["alpha"] == .number(0.99) && rmsprop["eps"] == .number(1e-8))
    }

    @Test func everyMethodListsItsParameterNamesAndRoundTrips() throws {
        for name in OptimizerSpec.methodNames {
            let names = try #require(OptimizerSpec.parameterNames(for: name))
            let spec = try OptimizerSpec(method: name)
            #expect(Set(spec.parameters.keys) == Set(names), "\(name)")
            #expect(spec.methodName == name)
            #expect(try OptimizerSpec(method: name, parameters: spec.parameters) == spec)
        }
        #expect(OptimizerSpec.parameterNames(for: "lbfgs") == nil)
    }

    @Test func unknownNamesAndBadValuesAreReported() {
        #expect(throws: OptimError.unknownMethod("adamax", known: OptimizerSpec.methodNames)) {
            try OptimizerSpec(method: "adamax")
        }
        do {
            _ = try OptimizerSpec(method: "sgd", parameters: ["momentun": .number(0.9)])
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("unknown parameter \"momentun\" for sgd (known: lr, momentum"))
        }
        #expect(throws: OptimError.self) { try OptimizerSpec(method: "sgd", parameters: ["lr": .number(-1)]) }
        #expect(throws: OptimError.self) { try OptimizerSpec(method: "sgd", parameters: ["nesterov": .flag(true)]) }
        #expect(throws: OptimError.self) { try OptimizerSpec(method: "adam", parameters: ["betas": .pair(0.9, 1)]) }
        #expect(throws: OptimError.self) { try OptimizerSpec(method: "adam", parameters: ["amsgrad": .number(1)]) }
        #expect(throws: OptimError.self) { try OptimizerSpec(method: "gd", parameters: ["lr": .number(.nan)]) }
        #expect(throws: OptimError.self) { try LearningRateSchedule(name: "step", parameters: ["gamma": .number(0.5)]) }
        #expect(throws: OptimError.self) {
            try LearningRateSchedule(name: "cosine", parameters: ["t_max": .number(2.5)])
        }
        #expect(throws: OptimError.self) { try OptimizerSpec(method: "gd", clipNorm: 0) }
    }

    @Test func schedulesFollowTheClosedForms() {
        #expect(LearningRateSchedule.step(stepSize: 10, gamma: 0.5).rate(base: 1, afterSteps: 25) == 0.25)
        #expect(LearningRateSchedule.exponential(gamma: 0.5).rate(base: 2, afterSteps: 3) == 0.25)
        let cosine = LearningRateSchedule.cosineAnnealing(tMax: 10, etaMin: 0.1)
        #expect(cosine.rate(base: 1, afterSteps: 0) == 1)
        #expect(isApproximatelyEqual(cosine.rate(base: 1, afterSteps: 10), 0.1, absolute: 1e-15))
        // Not clamped: past T_max the cosine rises again.
        #expect(cosine.rate(base: 1, afterSteps: 15) > cosine.rate(base: 1, afterSteps: 10))
        let warmup = LearningRateSchedule.linear(startFactor: 0.25, endFactor: 1, totalIters: 4)
        #expect((0...6).map { warmup.rate(base: 1, afterSteps: $0) } == [0.25, 0.4375, 0.625, 0.8125, 1, 1, 1])
    }

    @Test func traceRecordsRateAndStatePerIteration() throws {
        let spec = try OptimizerSpec(
            method: "adam", parameters: ["lr": .number(0.1), "amsgrad": .flag(true)],
            schedule: .step(stepSize: 2, gamma: 0.5))
        let trace = Runner.run(
            seedRegression, optimizer: spec.makeOptimizer(), start: [0.5, -0.5],
            stopping: StoppingRule(maxIterations: 5))
        #expect(trace.iterations.map(\.learningRate) == [0.1, 0.1, 0.05, 0.05, 0.025, 0.025])
        #expect(trace.iterations[0].state.map(\.name) == ["exp_avg", "exp_avg_sq", "max_exp_avg_sq"])
        let momentum = Runner.run(
            seedRegression, optimizer: SGD(learningRate: 0.01, momentum: 0.9), start: [0.5, -0.5],
            stopping: StoppingRule(maxIterations: 2))
        // The first buffer is the gradient itself.
        #expect(momentum.iterations[0].state == [StateEntry(name: "velocity", values: [-8.75, -11.75])])
        let clipped = Runner.run(
            seedRegression,
            optimizer: try OptimizerSpec(method: "gd", parameters: ["lr": .number(0.1)], clipNorm: 1).makeOptimizer(),
            start: [0.5, -0.5], stopping: StoppingRule(maxIterations: 1))
        let coef = try #require(clipped.iterations[0].state.first { $0.name == "clip_coef" }?.values.first)
        #expect(coef == 1 / (LinearAlgebra.norm([-8.75, -11.75]) + 1e-6))
        #expect(isApproximatelyEqual(LinearAlgebra.norm(clipped.iterations[0].update!), 0.1, absolute: 1e-7))
    }

    @Test(arguments: OptimizerSpec.methodNames)
    func divergenceIsReportedNotACrash(method: String) throws {
        let spec = try OptimizerSpec(method: method, parameters: ["lr": .number(1e6)])
        let trace = Runner.run(
            Rosenbrock(), optimizer: spec.makeOptimizer(), start: [-1.5, 2],
            stopping: StoppingRule(maxIterations: 100_000))
        #expect(trace.final.loss.isFinite)
        #expect(trace.outcome.isDiverged || trace.outcome == .reachedIterationLimit(100_000))
    }
}
