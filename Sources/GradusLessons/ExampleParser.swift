import GradusOptim
import Yams

/// Turns the `examples:` entries of a lesson's front matter into `Example` values.
struct ExampleParser {
    let reader: YAMLReader

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

    static let keys = ["name", "objective", "data", "start", "optimizer", "stop", "check"]

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
            throw reader.fail(nameNode, "an example's name is letters, digits and '_', starting with a letter: '\(name)'")
        }
        let objective = try self.objective(value("objective"), data: value("data"))
        let startNode = try value("start")
        let start = try reader.vector(startNode, what: "'start'")
        guard start.count == objective.dimension else {
            throw reader.fail(
                startNode, "'start' has \(start.count) values; the objective has \(objective.dimension) parameters")
        }
        return Example(
            name: name, location: reader.location(node), objective: objective, start: start,
            method: try method(value("optimizer")), stopping: try stopping(value("stop")),
            tolerance: try tolerance(pairs.first { $0.key == "check" }?.value))
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

    func objective(_ node: Node, data: Node) throws(Diagnostics) -> ObjectiveDeclaration {
        let name = try reader.string(node, what: "'objective'")
        switch name {
        case "linear-regression":
            let pairs = try reader.mapping(data, allowed: ["x", "y"], what: "the data of a linear regression")
            guard let xNode = pairs.first(where: { $0.key == "x" })?.value,
                let yNode = pairs.first(where: { $0.key == "y" })?.value
            else { throw reader.fail(data, "the data of a linear regression needs 'x' (rows) and 'y' (targets)") }
            let rows = try reader.rows(xNode, what: "'x'")
            let targets = try reader.vector(yNode, what: "'y'")
            guard rows.count == targets.count else {
                throw reader.fail(yNode, "'y' has \(targets.count) values; 'x' has \(rows.count) rows")
            }
            return .linearRegression(LinearRegression(features: Matrix(rows), targets: targets))
        default:
            throw reader.fail(
                node, "unknown objective '\(name)'; expected one of: \(ObjectiveDeclaration.names.joined(separator: ", "))")
        }
    }

    func method(_ node: Node) throws(Diagnostics) -> MethodDeclaration {
        let pairs = try reader.mapping(node, allowed: ["method", "lr"], what: "'optimizer'")
        guard let methodNode = pairs.first(where: { $0.key == "method" })?.value else {
            throw reader.fail(node, "'optimizer' needs a 'method'")
        }
        let method = try reader.string(methodNode, what: "'method'")
        switch method {
        case "gd":
            guard let rateNode = pairs.first(where: { $0.key == "lr" })?.value else {
                throw reader.fail(node, "gradient descent needs a learning rate 'lr'")
            }
            let rate = try reader.double(rateNode, what: "'lr'")
            guard rate > 0 else { throw reader.fail(rateNode, "'lr' must be positive") }
            return .gradientDescent(learningRate: rate)
        default:
            throw reader.fail(
                methodNode, "unknown optimizer '\(method)'; expected one of: \(MethodDeclaration.names.joined(separator: ", "))")
        }
    }

    func stopping(_ node: Node) throws(Diagnostics) -> StoppingRule {
        let pairs = try reader.mapping(
            node, allowed: ["max-iterations", "gradient-tolerance", "loss-change-tolerance"], what: "'stop'")
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
            case "gradient-tolerance": rule.gradientTolerance = try reader.double(pair.value, what: "'gradient-tolerance'")
            case "loss-change-tolerance":
                rule.lossChangeTolerance = try reader.double(pair.value, what: "'loss-change-tolerance'")
            default: break
            }
        }
        return rule
    }
}
