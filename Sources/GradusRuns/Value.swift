import Foundation
import GradusLessons
import GradusOptim

/// A value a binding can show.
public enum Value: Sendable, Equatable {
    case number(Double)
    case integer(Int)
    case text(String)
    /// How a run ended (shown in the page's language).
    case outcome(Outcome)
    /// Math, as TeX: inserted as it is inside `$…$`, rendered as math in prose (a formula and its derivatives).
    case tex(String)
}

extension LessonRun {
    /// The value `binding` names, or a diagnostic at the binding saying why there is none.
    public func value(of binding: Binding) throws(Diagnostics) -> Value {
        func fail(_ message: String) -> Diagnostics { Diagnostics(binding.location, message) }
        var path = binding.path[...]
        guard case .name(let exampleName) = path.popFirst() else {
            throw fail("a binding starts with an example's name")
        }
        guard let run = run(named: exampleName) else {
            let names = runs.map(\.example.name).joined(separator: ", ")
            throw fail(
                "no example named '\(exampleName)' in this lesson" + (names.isEmpty ? "" : "; its examples: \(names)"))
        }
        return try ValuePath(run: run, binding: binding).resolve(path)
    }
}

/// Walks the rest of a binding's path inside one example run.
struct ValuePath {
    let run: ExampleRun
    let binding: Binding
    var name: String { run.example.name }

    var data: (features: Matrix, targets: [Double])? { run.example.objective.data }

    static let exampleValues = [
        "iterations", "outcome", "final", "iter", "start", "lr", "max_iterations", "samples", "x", "y", "solution",
        "solution_loss", "distance_to_solution", "condition_number", "lambda_min", "lambda_max", "max_stable_lr",
        "contraction", "remaining", "optimal_lr", "param", "batch_size", "batches_per_epoch", "observed_rate",
        "clip_norm", "schedule",
        "gradient_tolerance", "loss_change_tolerance", "diverge_above", "box", "newton", "objective",
    ]
    static let iterationValues = [
        "k", "loss", "theta", "gradient", "gradient_norm", "update", "lr", "state", "batch_loss", "batch_gradient",
    ]

    func fail(_ message: String) -> Diagnostics { Diagnostics(binding.location, message) }

    func resolve(_ path: ArraySlice<Binding.Component>) throws(Diagnostics) -> Value {
        var path = path
        guard case .name(let key) = path.popFirst() else {
            throw fail("'\(name)' is an example; name one of its values: \(Self.exampleValues.joined(separator: ", "))")
        }
        let trace = run.trace
        switch key {
        case "iterations": return try scalar(.integer(trace.iterationCount), path)
        case "outcome": return try scalar(.outcome(trace.outcome), path)
        case "lr": return try scalar(.number(run.example.method.learningRate), path)
        case "max_iterations": return try scalar(.integer(run.example.stopping.maxIterations), path)
        case "start": return try element(of: run.example.start, "start", path, names: names)
        case "samples":
            guard let (features, _) = data else { throw fail("\(name)'s objective has no data") }
            return try scalar(.integer(features.rows), path)
        case "x", "y":
            guard let (features, targets) = data else { throw fail("\(name)'s objective has no data") }
            if key == "y" { return try element(of: targets, "y", path) }
            guard case .index(let i) = path.popFirst(), i < features.rows else {
                throw fail("'x' is the data matrix: pick a row and a column, e.g. x[0][1] (\(features.rows) rows)")
            }
            return try element(of: Array(features.row(i)), "x[\(i)]", path)
        case "final": return try iterationValue(trace.final, path)
        case "param":
            guard case .name(let parameter) = path.popFirst() else {
                throw fail("write 'param.NAME', e.g. \(name).param.momentum")
            }
            guard case .firstOrder(let spec, _, _) = run.example.method, let value = spec.parameters[parameter] else {
                let names: [String]
                if case .firstOrder(let spec, _, _) = run.example.method {
                    names = spec.parameters.keys.sorted()
                } else {
                    names = []
                }
                throw fail(
                    "\(name) has no hyperparameter '\(parameter)'"
                        + (names.isEmpty ? "" : "; its hyperparameters: \(names.joined(separator: ", "))"))
            }
            switch value {
            case .number(let x): return try scalar(.number(x), path)
            case .flag(let flag): return try scalar(.text(flag ? "true" : "false"), path)
            case .pair(let a, let b): return try element(of: [a, b], parameter, path)
            }
        case "gradient_tolerance", "loss_change_tolerance":
            let tolerance =
                key == "gradient_tolerance"
                ? run.example.stopping.gradientTolerance : run.example.stopping.lossChangeTolerance
            guard let tolerance else { throw fail("\(name) has no \(key.replacingOccurrences(of: "_", with: "-"))") }
            return try scalar(.number(tolerance), path)
        case "diverge_above":
            guard let bound = run.example.stopping.divergeAbove else { throw fail("\(name) has no diverge-above") }
            return try scalar(.number(bound), path)
        case "box":
            guard case .firstOrder(_, _, let box?) = run.example.method else {
                throw fail("\(name) is not projected onto a box")
            }
            guard case .name(let side) = path.popFirst(), side == "lower" || side == "upper" else {
                throw fail("write 'box.lower[i]' or 'box.upper[i]'")
            }
            return try element(of: side == "lower" ? box.lower : box.upper, "box.\(side)", path)
        case "newton":
            guard case .newton(let settings) = run.example.method else {
                throw fail("\(name) does not use Newton's method")
            }
            return try newtonSetting(settings, path)
        case "objective":
            guard case .name(let setting) = path.popFirst() else {
                throw fail("write 'objective.NAME', e.g. \(name).objective.condition_number")
            }
            if case .formula(let objective) = run.example.objective {
                return try formulaValue(objective.formula, setting, path)
            }
            switch (run.example.objective, setting) {
            case (.quadratic(let bowl), _) where bowl.isGivenByMatrix: return try matrixSetting(bowl, setting, path)
            case (.linearRegression(let problem), "loss"): return try scalar(.text(problem.loss.rawValue), path)
            case (.quadratic(let bowl), "condition_number"): return try scalar(.number(bowl.conditionNumber), path)
            case (.quadratic(let bowl), "rotation"): return try scalar(.number(bowl.rotation), path)
            case (.quadratic(let bowl), "dimension"): return try scalar(.integer(bowl.dimension), path)
            case (.quadratic(let bowl), "center"): return try element(of: bowl.center, "objective.center", path)
            case (.rosenbrock(let function), "a"): return try scalar(.number(function.a), path)
            case (.rosenbrock(let function), "b"): return try scalar(.number(function.b), path)
            default: throw fail("\(name)'s objective has no setting '\(setting)'")
            }
        case "clip_norm":
            guard case .firstOrder(let spec, _, _) = run.example.method, let norm = spec.clipNorm else {
                throw fail("\(name) does not clip its gradient")
            }
            return try scalar(.number(norm), path)
        case "schedule":
            guard case .firstOrder(let spec, _, _) = run.example.method, spec.schedule != .constant else {
                throw fail("\(name) has a constant learning rate")
            }
            let parameters = Self.parameters(of: spec.schedule)
            guard case .name(let parameter) = path.popFirst(), let value = parameters[parameter] else {
                throw fail(
                    "write 'schedule.NAME'; \(name)'s schedule has: \(parameters.keys.sorted().joined(separator: ", "))"
                )
            }
            return try scalar(.number(value), path)
        case "batch_size":
            guard case .firstOrder(_, let sampling?, _) = run.example.method else {
                throw fail("\(name) does not run on mini-batches")
            }
            return try scalar(.integer(sampling.batchSize), path)
        case "batches_per_epoch":
            // One iteration per batch; the last batch of an epoch is smaller when m is not a multiple.
            guard case .firstOrder(_, let sampling?, _) = run.example.method, let (features, _) = data else {
                throw fail("\(name) does not run on mini-batches")
            }
            return try scalar(.integer((features.rows + sampling.batchSize - 1) / sampling.batchSize), path)
        case "observed_rate":
            // The mean factor by which ‖∇J‖ shrank per iteration over the second half of the run.
            let last = trace.final
            let middle = trace.iterations.last { $0.k <= last.k / 2 } ?? trace.iterations[0]
            guard last.k > middle.k, middle.gradientNorm > 0 else {
                throw fail("\(name) is too short to measure a rate")
            }
            return try scalar(
                .number(pow(last.gradientNorm / middle.gradientNorm, 1 / Double(last.k - middle.k))), path)
        case "iter":
            guard case .index(let k) = path.popFirst() else {
                throw fail("write 'iter[K]' with the iteration number K, e.g. \(name).iter[1].loss")
            }
            guard let record = trace.iteration(k) else {
                throw fail(
                    k > trace.final.k
                        ? "iteration \(k) does not exist: \(name) \(trace.outcome) (its last iteration is \(trace.final.k))"
                        : "iteration \(k) of \(name) was not recorded")
            }
            return try iterationValue(record, path)
        case "solution", "solution_loss", "distance_to_solution":
            guard let solution = run.solution else { throw fail("\(name) has no closed-form solution") }
            if key == "solution" { return try element(of: solution, "solution", path) }
            if key == "distance_to_solution" {
                let difference = zip(trace.final.theta, solution).map { $0 - $1 }
                return try scalar(.number(LinearAlgebra.norm(difference)), path)
            }
            return try scalar(.number(run.example.objective.objective.value(at: solution)), path)
        case "condition_number", "lambda_min", "lambda_max", "max_stable_lr", "contraction", "remaining", "optimal_lr":
            guard let eigenvalues = run.hessianEigenvalues, let low = eigenvalues.first, let high = eigenvalues.last
            else { throw fail("\(name)'s objective has no constant Hessian") }
            let value: Double =
                switch key {
                case "condition_number": high / low
                case "lambda_min": low
                case "lambda_max": high
                case "max_stable_lr": 2 / high
                // The fixed step that makes the slowest and the fastest directions shrink equally fast.
                case "optimal_lr": 2 / (low + high)
                // The slowest factor by which gradient descent shrinks the error per step…
                case "contraction": contraction(eigenvalues)
                // …and what is left of the error along that direction after the whole run.
                default: pow(contraction(eigenvalues), Double(trace.iterationCount))
                }
            return try scalar(.number(value), path)
        default: break
        }
        throw fail(
            "'\(key)' is not a value of an example; expected one of: \(Self.exampleValues.joined(separator: ", "))")
    }

    /// A schedule's settings by the names lessons write them with.
    static func parameters(of schedule: LearningRateSchedule) -> [String: Double] {
        switch schedule {
        case .constant: [:]
        case .step(let size, let gamma): ["step_size": Double(size), "gamma": gamma]
        case .exponential(let gamma): ["gamma": gamma]
        case .cosineAnnealing(let tMax, let etaMin): ["t_max": Double(tMax), "eta_min": etaMin]
        case .linear(let start, let end, let total):
            ["start_factor": start, "end_factor": end, "total_iters": Double(total)]
        }
    }

    func contraction(_ eigenvalues: [Double]) -> Double {
        eigenvalues.map { abs(1 - run.example.method.learningRate * $0) }.max() ?? 0
    }

    func iterationValue(_ record: Iteration, _ path: ArraySlice<Binding.Component>) throws(Diagnostics) -> Value {
        var path = path
        guard case .name(let key) = path.popFirst() else {
            throw fail("name a value of the iteration: \(Self.iterationValues.joined(separator: ", "))")
        }
        switch key {
        case "k": return try scalar(.integer(record.k), path)
        case "loss": return try scalar(.number(record.loss), path)
        case "gradient_norm": return try scalar(.number(record.gradientNorm), path)
        case "lr": return try scalar(.number(record.learningRate), path)
        case "theta": return try element(of: record.theta, "theta", path, names: names)
        case "gradient": return try element(of: record.gradient, "gradient", path, names: names)
        case "state":
            guard case .name(let entry) = path.popFirst() else {
                throw fail("write 'state.NAME[i]', e.g. \(name).iter[1].state.velocity[0]")
            }
            guard let values = record.state.first(where: { $0.name == entry })?.values else {
                let names = record.state.map(\.name)
                throw fail(
                    "the optimizer of \(name) keeps no '\(entry)' at iteration \(record.k)"
                        + (names.isEmpty ? "" : "; it keeps: \(names.joined(separator: ", "))"))
            }
            return try element(of: values, "state.\(entry)", path)
        case "batch_loss", "batch_gradient":
            guard let batch = record.batch else {
                throw fail("\(name) does not run on mini-batches (or made no update at iteration \(record.k))")
            }
            if key == "batch_loss" { return try scalar(.number(batch.loss), path) }
            return try element(of: batch.gradient, "batch_gradient", path)
        case "update":
            guard let update = record.update else {
                throw fail("no update was made at iteration \(record.k): the run stopped there")
            }
            return try element(of: update, "update", path, names: names)
        default:
            // A formula's variable names θ's components: final.x1 is final.theta[0].
            if let index = names?.firstIndex(of: key) {
                return try element(of: record.theta, "theta", [.index(index)] + path)
            }
            throw fail(
                "'\(key)' is not a value of an iteration; expected one of: \(Self.iterationValues.joined(separator: ", "))"
            )
        }
    }

    /// The names of θ's components, when the objective names them.
    var names: [String]? { run.example.objective.parameterNames }

    func element(
        of vector: [Double], _ what: String, _ path: ArraySlice<Binding.Component>, names: [String]? = nil
    ) throws(Diagnostics) -> Value {
        var path = path
        if case .name(let component) = path.first, let names {
            guard let index = names.firstIndex(of: component) else {
                throw fail(
                    "'\(component)' is not a variable of \(name)'s formula; its variables: \(names.joined(separator: ", "))"
                )
            }
            path.removeFirst()
            return try scalar(.number(vector[index]), path)
        }
        guard case .index(let i) = path.popFirst() else {
            throw fail("'\(what)' is a vector: pick a component, e.g. \(what)[0]")
        }
        guard vector.indices.contains(i) else {
            throw fail("\(what)[\(i)] does not exist: \(what) has \(vector.count) components, numbered from 0")
        }
        return try scalar(.number(vector[i]), path)
    }

    func scalar(_ value: Value, _ rest: ArraySlice<Binding.Component>) throws(Diagnostics) -> Value {
        guard let extra = rest.first else { return value }
        throw fail("unexpected '\(extra)' after a single value")
    }
}
