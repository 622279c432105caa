import GradusOptim
import Yams

extension ExampleParser {
    static let newtonKeys = ["step", "lr", "c1", "shrink", "max_trials", "indefinite"]

    /// `optimizer: {method: newton, step: pure|armijo, lr: T, c1: C, shrink: R, max_trials: N,
    /// indefinite: fail|continue|gradient}`; the line-search settings go with `step: armijo` only.
    func newton(_ pairs: [(key: String, keyNode: Node, value: Node)], node: Node) throws(Diagnostics) -> NewtonSettings
    {
        for pair in pairs where pair.key != "method" && !Self.newtonKeys.contains(pair.key) {
            throw reader.fail(
                pair.keyNode,
                "unknown key '\(pair.key)' for the newton method; expected one of: \(Self.newtonKeys.joined(separator: ", "))"
            )
        }
        func value(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }
        func number(_ key: String, _ fallback: Double) throws(Diagnostics) -> Double {
            guard let node = value(key) else { return fallback }
            return try reader.double(node, what: "'\(key)'")
        }
        let step =
            try value("step").map { node throws(Diagnostics) in try reader.string(node, what: "'step'") } ?? "pure"
        var settings = NewtonSettings(learningRate: try number("lr", 1))
        switch step {
        case "pure":
            for key in ["c1", "shrink", "max_trials"] {
                if let pair = pairs.first(where: { $0.key == key }) {
                    throw reader.fail(
                        pair.keyNode, "'\(key)' is a setting of the line search: it goes with 'step: armijo'")
                }
            }
        case "armijo":
            let trials =
                try value("max_trials").map { node throws(Diagnostics) in try reader.int(node, what: "'max_trials'") }
                ?? 60
            settings.step = .armijo(c1: try number("c1", 1e-4), shrink: try number("shrink", 0.5), maxTrials: trials)
        default:
            throw reader.fail(
                pairs.first { $0.key == "step" }?.keyNode ?? node, "'step' is 'pure' or 'armijo', not '\(step)'")
        }
        if let policyNode = value("indefinite") {
            let name = try reader.string(policyNode, what: "'indefinite'")
            guard let policy = IndefiniteHessianPolicy(rawValue: name) else {
                let known = IndefiniteHessianPolicy.allCases.map(\.rawValue).joined(separator: ", ")
                throw reader.fail(policyNode, "'indefinite' is one of \(known), not '\(name)'")
            }
            settings.indefinite = policy
        }
        do throws(OptimError) {
            try settings.validate()
        } catch {
            guard case .invalidValue(let name, let reason) = error else { throw reader.fail(node, "\(error)") }
            throw reader.fail(value(name) ?? node, "'\(name)' \(reason)")
        }
        return settings
    }
}
