import GradusOptim
import Yams

/// Turns the `examples:` entries of a lesson's front matter into `Example` values.
struct ExampleParser {
    let reader: YAMLReader
    let files: any DataFiles

    func examples(_ node: Node) throws(Diagnostics) -> [Example] {
        guard let sequence = node.sequence else {
            throw reader.fail(node, "'examples' must be a list of examples")
        }
        var examples: [Example] = []
        var problems: [Diagnostic] = []
        for entry in sequence {
            do throws(Diagnostics) {
                let example = try self.example(entry)
                if examples.contains(where: { $0.name == example.name }) {
                    throw reader.fail(entry, "a second example is named '\(example.name)'")
                }
                examples.append(example)
            } catch {
                problems += error.all
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return examples
    }

    static let keys = ["name", "label", "notation", "objective", "data", "start", "optimizer", "stop", "check"]

    func example(_ node: Node) throws(Diagnostics) -> Example {
        let pairs = try reader.mapping(node, allowed: Self.keys, what: "an example")
        func value(_ key: String) throws(Diagnostics) -> Node {
            guard let pair = pairs.first(where: { $0.key == key }) else {
                throw reader.fail(node, "the example has no '\(key)'")
            }
            return pair.value
        }
        let nameNode = try value("name")
        let name = try reader.string(nameNode, what: "the example's name")
        guard name.first?.isLetter == true, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            throw reader.fail(
                nameNode, "an example's name is letters, digits and '_', starting with a letter: '\(name)'")
        }
        let objective = try self.objective(value("objective"), data: pairs.first { $0.key == "data" }?.value)
        let startNode = try value("start")
        let start = try reader.vector(startNode, what: "'start'")
        guard start.count == objective.dimension else {
            if let names = objective.parameterNames {
                throw reader.fail(startNode, Self.startMismatch(start.count, names))
            }
            throw reader.fail(
                startNode, "'start' has \(start.count) values; the objective has \(objective.dimension) parameters")
        }
        let method = try self.method(value("optimizer"))
        if case .firstOrder(_, let sampling, let box) = method {
            if sampling != nil, !objective.hasSamples {
                throw reader.fail(node, "mini-batches ('batch_size') need a regression objective with data")
            }
            if let box, box.lower.count != start.count || box.upper.count != start.count {
                throw reader.fail(node, "'box' bounds need \(start.count) values each, one per parameter")
            }
            if let box, zip(box.lower, box.upper).contains(where: { $0 > $1 }) {
                throw reader.fail(node, "'box': every lower bound must be at most its upper bound")
            }
            if let box { try startInside(box, start: start, node: startNode) }
        }
        if case .newton = method, !objective.hasHessian {
            throw reader.fail(node, "Newton's method needs an objective with a Hessian")
        }
        let dataFile = try pairs.first { $0.key == "data" }?.value.mapping?["csv"].map { node throws(Diagnostics) in
            try reader.string(node, what: "'csv'")
        }
        var example = Example(
            name: name, location: reader.location(node), objective: objective, start: start,
            method: method, stopping: try stopping(value("stop")),
            tolerance: try tolerance(pairs.first { $0.key == "check" }?.value), dataFile: dataFile)
        example.label = try label(pairs.first { $0.key == "label" }?.value)
        if let notationNode = pairs.first(where: { $0.key == "notation" })?.value {
            let names = try LessonParser.notation(notationNode, reader: reader, allowed: ["parameters"]).parameters
            if let names, names.count != start.count {
                throw reader.fail(
                    notationNode,
                    "'notation' names \(names.count) parameters, but the example has \(start.count) (one per value of 'start')"
                )
            }
            example.parameterNames = names
        }
        guard example.work <= WorkLimits.perExample else {
            throw reader.fail(
                try value("stop"),
                "example '\(name)' would take up to \(Example.shown(example.work)) units of work (values per iteration × "
                    + "'max-iterations'); the limit is \(Example.shown(WorkLimits.perExample)): use fewer iterations or less data"
            )
        }
        return example
    }

    /// `check: {rtol: 1e-6, atol: 1e-9}`: the tolerances of `gradus check` for this example.
    func tolerance(_ node: Node?) throws(Diagnostics) -> Tolerance {
        var tolerance = Tolerance()
        guard let node else { return tolerance }
        for pair in try reader.mapping(node, allowed: ["rtol", "atol"], what: "'check'") {
            let value = try reader.double(pair.value, what: "'\(pair.key)'")
            guard value >= 0 else { throw reader.fail(pair.value, "'\(pair.key)' must not be negative") }
            if pair.key == "rtol" { tolerance.relative = value } else { tolerance.absolute = value }
        }
        return tolerance
    }

    /// `objective: NAME` or `objective: {name: NAME, PARAMETER: VALUE, …}`, with `data` where the objective needs it.
    func objective(_ node: Node, data: Node?) throws(Diagnostics) -> ObjectiveDeclaration {
        if node.mapping?["formula"] != nil { return try formulaObjective(node, data: data) }
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        let nameNode: Node
        if node.mapping != nil {
            pairs = try reader.mapping(
                node, allowed: ["name", "a", "b", "condition_number", "dimension", "rotation", "center", "A", "loss"],
                what: "'objective'")
            guard let found = pairs.first(where: { $0.key == "name" })?.value else {
                throw reader.fail(node, "'objective' needs a 'name'")
            }
            nameNode = found
        } else {
            nameNode = node
        }
        let name = try reader.string(nameNode, what: "'objective'")
        func parameter(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }
        func only(_ allowed: [String]) throws(Diagnostics) {
            for pair in pairs where pair.key != "name" && !allowed.contains(pair.key) {
                throw reader.fail(pair.keyNode, "the \(name) objective has no parameter '\(pair.key)'")
            }
        }
        func number(_ key: String, _ value: Double) throws(Diagnostics) -> Double {
            guard let node = parameter(key) else { return value }
            return try reader.double(node, what: "'\(key)'")
        }
        func noData() throws(Diagnostics) {
            if let data { throw reader.fail(data, "the \(name) objective takes no 'data'") }
        }
        /// An error of the objective, at the parameter it names when the lesson gives that parameter.
        func checked<T>(_ make: () throws(OptimError) -> T) throws(Diagnostics) -> T {
            do throws(OptimError) { return try make() } catch {
                var at = node
                switch error {
                case .invalidValue(let key, _): at = parameter(key) ?? node
                case .dimensionMismatch(let message) where message.hasPrefix("center"): at = parameter("center") ?? node
                default: break
                }
                throw reader.fail(at, "\(error)")
            }
        }
        switch name {
        case "linear-regression", "logistic-regression":
            try only(name == "linear-regression" ? ["loss"] : [])
            guard let data else {
                throw Diagnostics(reader.location(node), "the \(name) objective needs 'data' with 'x' and 'y'")
            }
            let (rows, targets, intercept) = try self.data(data)
            let loss = try leastSquaresLoss(parameter("loss"))
            if name == "logistic-regression" {
                let features = Matrix(rows)
                return .logisticRegression(
                    try checked { () throws(OptimError) in
                        try LogisticRegression(
                            features: intercept ? features.prependingOnes() : features, targets: targets)
                    })
            }
            return .linearRegression(
                try checked { () throws(OptimError) in
                    try LinearRegression(validating: Matrix(rows), targets: targets, intercept: intercept, loss: loss)
                })
        case "quadratic":
            try noData()
            if let matrixNode = parameter("A") {
                return .quadratic(try quadratic(matrix: matrixNode, linear: parameter("b"), pairs: pairs))
            }
            if let pair = pairs.first(where: { $0.key == "b" }) {
                throw reader.fail(pair.keyNode, "'b' goes with 'A': J(θ) = ½θᵀAθ − bᵀθ")
            }
            try only(["condition_number", "dimension", "rotation", "center"])
            let dimension =
                try parameter("dimension").map { n throws(Diagnostics) in try reader.int(n, what: "'dimension'") } ?? 2
            // A dense d × d matrix: a lesson's bowl is small, and a typo must not ask for gigabytes.
            if let node = parameter("dimension"), !(1...1000).contains(dimension) {
                throw reader.fail(node, "'dimension' must be between 1 and 1000")
            }
            let center = try parameter("center").map { n throws(Diagnostics) in try reader.vector(n, what: "'center'") }
            let kappa = try number("condition_number", 10)
            let rotation = try number("rotation", 0)
            return .quadratic(
                try checked { () throws(OptimError) in
                    try QuadraticBowl(conditionNumber: kappa, dimension: dimension, rotation: rotation, center: center)
                })
        case "rosenbrock":
            try only(["a", "b"])
            try noData()
            return .rosenbrock(Rosenbrock(a: try number("a", 1), b: try number("b", 100)))
        case "himmelblau", "beale", "booth", "wavy":
            try only([])
            try noData()
            switch name {
            case "himmelblau": return .himmelblau(Himmelblau())
            case "beale": return .beale(Beale())
            case "booth": return .booth(Booth())
            default: return .wavy(WavyParabola())
            }
        default:
            throw reader.fail(
                nameNode,
                "unknown objective '\(name)'; expected one of: \(ObjectiveDeclaration.names.joined(separator: ", "))")
        }
    }

    /// `data: {x: ROWS, y: TARGETS, intercept: BOOL}`, or generated:
    /// `data: {generate: linear|classes, samples: M, weights: [..], noise: S, seed: N, range: [LOW, HIGH], intercept: BOOL}`.
    func data(_ data: Node) throws(Diagnostics) -> (rows: [[Double]], targets: [Double], intercept: Bool) {
        let pairs = try reader.mapping(
            data,
            allowed: [
                "x", "y", "intercept", "generate", "samples", "weights", "noise", "seed", "range", "csv", "target",
            ],
            what: "'data'")
        func value(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }
        let intercept =
            try value("intercept").map { node throws(Diagnostics) in try reader.bool(node, what: "'intercept'") }
            ?? false
        // Three ways to give data; a key of another way is a mistake, not something to ignore.
        let ways: [(key: String, keys: Set<String>, hint: String)] = [
            (
                "csv", ["csv", "target"],
                "the file gives the features and the target (its last column, or the one named by 'target')"
            ),
            ("generate", ["generate", "samples", "weights", "noise", "seed", "range"], "the data are generated"),
            ("x", ["x", "y"], "the data are written out as 'x' and 'y'"),
        ]
        let way = ways.first { value($0.key) != nil } ?? ways[2]
        for pair in pairs where pair.key != "intercept" && !way.keys.contains(pair.key) {
            throw reader.fail(pair.keyNode, "'\(pair.key)' does not go with '\(way.key)': \(way.hint)")
        }
        if let kindNode = value("generate") {
            let kind = try reader.string(kindNode, what: "'generate'")
            guard kind == "linear" || kind == "classes" else {
                throw reader.fail(kindNode, "'generate' is 'linear' or 'classes', not '\(kind)'")
            }
            guard let samplesNode = value("samples"), let weightsNode = value("weights") else {
                throw reader.fail(data, "generated data needs 'samples' and 'weights'")
            }
            let samples = try reader.int(samplesNode, what: "'samples'")
            guard (1...1_000_000).contains(samples) else {
                throw reader.fail(samplesNode, "'samples' must be between 1 and 1000000")
            }
            let weights = try reader.vector(weightsNode, what: "'weights'")
            guard !weights.isEmpty else { throw reader.fail(weightsNode, "'weights' needs at least one value") }
            guard samples * weights.count <= WorkLimits.generatedValues else {
                throw reader.fail(
                    samplesNode,
                    "\(samples) samples × \(weights.count) weights is \(samples * weights.count) values; generated data may have at most \(WorkLimits.generatedValues)"
                )
            }
            let noise =
                try value("noise").map { node throws(Diagnostics) in try reader.double(node, what: "'noise'") } ?? 0
            let seed = try value("seed").map { node throws(Diagnostics) in try reader.int(node, what: "'seed'") } ?? 0
            guard seed >= 0 else { throw reader.fail(value("seed")!, "'seed' must not be negative") }
            var low = -1.0
            var high = 1.0
            if let rangeNode = value("range") {
                let bounds = try reader.vector(rangeNode, what: "'range'")
                guard bounds.count == 2, bounds[0] < bounds[1] else {
                    throw reader.fail(rangeNode, "'range' must be [low, high] with low < high")
                }
                (low, high) = (bounds[0], bounds[1])
            }
            let generated: (Matrix, [Double])
            if kind == "linear" {
                generated = SyntheticData.linear(
                    samples: samples, weights: weights, noise: noise, seed: UInt64(seed), low: low, high: high)
            } else {
                generated = SyntheticData.classes(
                    samples: samples, weights: weights, noise: noise, seed: UInt64(seed), low: low, high: high)
            }
            let rows = (0..<samples).map { Array(generated.0.row($0)) }
            return (rows, generated.1, intercept)
        }
        if let csvNode = value("csv") {
            let path = try reader.string(csvNode, what: "'csv'")
            let file: SourceFile
            do throws(DataFileError) {
                file = try files.read(path)
            } catch {
                throw reader.fail(csvNode, "cannot read '\(path)': \(error.message)")
            }
            let table = try CSVTable(file)
            var targetColumn = table.columns.count - 1
            if let targetNode = value("target") {
                let name = try reader.string(targetNode, what: "'target'")
                guard let index = table.columns.firstIndex(of: name) else {
                    throw reader.fail(
                        targetNode,
                        "'\(path)' has no column '\(name)'; its columns: \(table.columns.joined(separator: ", "))")
                }
                targetColumn = index
            }
            guard table.columns.count >= 2 else {
                throw reader.fail(csvNode, "'\(path)' needs at least one feature column and a target column")
            }
            let rows = table.rows.map { row in row.enumerated().filter { $0.offset != targetColumn }.map(\.element) }
            return (rows, table.rows.map { $0[targetColumn] }, intercept)
        }
        guard let xNode = value("x"), let yNode = value("y") else {
            throw reader.fail(data, "'data' needs 'x' (rows of features) and 'y' (one target per row), or 'generate'")
        }
        let rows = try reader.rows(xNode, what: "'x'")
        let targets = try reader.vector(yNode, what: "'y'")
        guard rows.count == targets.count else {
            throw reader.fail(yNode, "'y' has \(targets.count) values; 'x' has \(rows.count) rows")
        }
        return (rows, targets, intercept)
    }

    /// `optimizer: {method: NAME, HYPERPARAMETER: VALUE, …, schedule: {…}, clip_norm: X, batch_size: N, seed: S, box: {…}}`.
    func method(_ node: Node) throws(Diagnostics) -> MethodDeclaration {
        guard let mapping = node.mapping else {
            throw reader.fail(node, "'optimizer' must be a mapping with a 'method'")
        }
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            pairs.append((try reader.string(keyNode, what: "a key of 'optimizer'"), keyNode, value))
        }
        guard let methodNode = pairs.first(where: { $0.key == "method" })?.value else {
            throw reader.fail(node, "'optimizer' needs a 'method'")
        }
        let method = try reader.string(methodNode, what: "'method'")
        func keyNode(_ name: String) -> Node { pairs.first { $0.key == name }?.keyNode ?? node }
        func locate(_ error: OptimError) -> Diagnostics {
            switch error {
            case .unknownParameter(let name, _, let known):
                reader.fail(
                    keyNode(name),
                    "unknown key '\(name)' for the \(method) method; expected one of: \(known.joined(separator: ", "))")
            case .invalidValue(let name, let reason):
                reader.fail(pairs.first { $0.key == name }?.value ?? node, "'\(name)' \(reason)")
            default: reader.fail(node, "\(error)")
            }
        }
        if method == "newton" { return .newton(try newton(pairs, node: node)) }
        guard let known = OptimizerSpec.parameterNames(for: method) else {
            throw reader.fail(
                methodNode,
                "unknown optimizer '\(method)'; expected one of: \(MethodDeclaration.names.joined(separator: ", "))")
        }
        var parameters: [String: HyperparameterValue] = [:]
        var schedule = LearningRateSchedule.constant
        var clipNorm: Double? = nil
        var sampling: BatchSampling? = nil
        var box: MethodDeclaration.Box? = nil
        for pair in pairs where pair.key != "method" {
            switch pair.key {
            case "schedule": schedule = try self.schedule(pair.value)
            case "clip_norm": clipNorm = try reader.double(pair.value, what: "'clip_norm'")
            case "batch_size":
                let size = try reader.int(pair.value, what: "'batch_size'")
                guard size >= 1 else { throw reader.fail(pair.value, "'batch_size' must be at least 1") }
                sampling = BatchSampling(batchSize: size, seed: sampling?.seed ?? 0, shuffle: sampling?.shuffle ?? true)
            case "seed", "shuffle": continue
            case "box": box = try self.box(pair.value)
            default:
                guard known.contains(pair.key) else {
                    let all = known + ["schedule", "clip_norm", "batch_size", "seed", "shuffle", "box"]
                    throw reader.fail(
                        pair.keyNode,
                        "unknown key '\(pair.key)' for the \(method) method; expected one of: \(all.joined(separator: ", "))"
                    )
                }
                parameters[pair.key] = try hyperparameter(pair.value, name: pair.key)
            }
        }
        if let seedNode = pairs.first(where: { $0.key == "seed" })?.value {
            guard var current = sampling else { throw reader.fail(seedNode, "'seed' goes with 'batch_size'") }
            let seed = try reader.int(seedNode, what: "'seed'")
            guard seed >= 0 else { throw reader.fail(seedNode, "'seed' must not be negative") }
            current.seed = UInt64(seed)
            sampling = current
        }
        if let shuffleNode = pairs.first(where: { $0.key == "shuffle" })?.value {
            guard var current = sampling else { throw reader.fail(shuffleNode, "'shuffle' goes with 'batch_size'") }
            current.shuffle = try reader.bool(shuffleNode, what: "'shuffle'")
            sampling = current
        }
        do throws(OptimError) {
            let spec = try OptimizerSpec(method: method, parameters: parameters, schedule: schedule, clipNorm: clipNorm)
            try spec.validate()
            return .firstOrder(spec, sampling: sampling, box: box)
        } catch {
            throw locate(error)
        }
    }

    func hyperparameter(_ node: Node, name: String) throws(Diagnostics) -> HyperparameterValue {
        if let sequence = node.sequence {
            let values = try reader.vector(node, what: "'\(name)'")
            guard values.count == 2, sequence.count == 2 else {
                throw reader.fail(node, "'\(name)' must be a pair [a, b]")
            }
            return .pair(values[0], values[1])
        }
        if case .scalar = node, let flag = node.bool { return .flag(flag) }
        return .number(try reader.double(node, what: "'\(name)'"))
    }

    /// `schedule: {name: cosine, t_max: 100}` or `schedule: constant`.
    func schedule(_ node: Node) throws(Diagnostics) -> LearningRateSchedule {
        var name: String
        var parameters: [String: HyperparameterValue] = [:]
        if let mapping = node.mapping {
            guard let nameNode = mapping["name"] else { throw reader.fail(node, "'schedule' needs a 'name'") }
            name = try reader.string(nameNode, what: "the schedule's name")
            for (key, value) in mapping where key.string != "name" {
                let keyName = try reader.string(key, what: "a key of 'schedule'")
                parameters[keyName] = try hyperparameter(value, name: keyName)
            }
        } else {
            name = try reader.string(node, what: "'schedule'")
        }
        do throws(OptimError) {
            return try LearningRateSchedule(name: name, parameters: parameters)
        } catch {
            switch error {
            case .unknownMethod(_, let known):
                throw reader.fail(node, "unknown schedule '\(name)'; expected one of: \(known.joined(separator: ", "))")
            case .invalidValue(let key, _):
                throw reader.fail(node.mapping?[key] ?? node, "\(error)")
            default: throw reader.fail(node, "\(error)")
            }
        }
    }

    /// `box: {lower: [..], upper: [..]}`.
    func box(_ node: Node) throws(Diagnostics) -> MethodDeclaration.Box {
        let pairs = try reader.mapping(node, allowed: ["lower", "upper"], what: "'box'")
        guard let lower = pairs.first(where: { $0.key == "lower" })?.value,
            let upper = pairs.first(where: { $0.key == "upper" })?.value
        else { throw reader.fail(node, "'box' needs 'lower' and 'upper'") }
        return MethodDeclaration.Box(
            lower: try reader.vector(lower, what: "'lower'"), upper: try reader.vector(upper, what: "'upper'"))
    }

    func stopping(_ node: Node) throws(Diagnostics) -> StoppingRule {
        let pairs = try reader.mapping(
            node, allowed: ["max-iterations", "gradient-tolerance", "loss-change-tolerance", "diverge-above"],
            what: "'stop'")
        guard let maxNode = pairs.first(where: { $0.key == "max-iterations" })?.value else {
            throw reader.fail(node, "'stop' needs 'max-iterations'")
        }
        let maximum = try reader.int(maxNode, what: "'max-iterations'")
        guard (0...10_000_000).contains(maximum) else {
            throw reader.fail(maxNode, "'max-iterations' must be between 0 and 10000000")
        }
        var rule = StoppingRule(maxIterations: maximum)
        for pair in pairs {
            switch pair.key {
            case "gradient-tolerance":
                rule.gradientTolerance = try reader.nonNegative(pair.value, what: "'gradient-tolerance'")
            case "loss-change-tolerance":
                rule.lossChangeTolerance = try reader.nonNegative(pair.value, what: "'loss-change-tolerance'")
            case "diverge-above":
                let bound = try reader.double(pair.value, what: "'diverge-above'")
                guard bound.isFinite, bound > 0 else {
                    throw reader.fail(pair.value, "'diverge-above' must be a positive number, the bound on |J| and ‖θ‖")
                }
                rule.divergeAbove = bound
            default: break
            }
        }
        return rule
    }
}
