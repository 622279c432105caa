import GradusOptim
import Yams

/// `objective: {formula: "x * cos(c * x)", variables: [x], constants: {c: 0.15 * pi}}`.
extension ExampleParser {
    static let formulaKeys = ["formula", "variables", "constants"]

    /// A formula objective. `variables` may be left out when the formula has one free name (it is the variable);
    /// with several it is required, so that θ's order is written down. `constants` are expressions of numbers,
    /// `pi`, `e` and the constants before them. Mistakes are reported inside the formula, at their character.
    func formulaObjective(_ node: Node, data: Node?) throws(Diagnostics) -> ObjectiveDeclaration {
        let pairs = try reader.mapping(node, allowed: Self.formulaKeys, what: "a formula objective")
        if let data {
            throw reader.fail(data, "a formula objective takes no 'data': the formula is the whole objective")
        }
        guard let formulaNode = pairs.first(where: { $0.key == "formula" })?.value else {
            throw reader.fail(node, "a formula objective needs 'formula'")
        }
        let text = try reader.string(formulaNode, what: "'formula'")
        var variableNodes: [Node] = []
        var variables: [String]? = nil
        let variablesNode = pairs.first { $0.key == "variables" }?.value
        if let variablesNode {
            guard let sequence = variablesNode.sequence, !sequence.isEmpty else {
                throw reader.fail(variablesNode, "'variables' must be a list of names, e.g. [x1, x2]")
            }
            variableNodes = Array(sequence)
            var names: [String] = []
            for element in sequence { names.append(try reader.string(element, what: "each variable")) }
            variables = names
        }
        var constants: [FormulaConstant] = []
        var constantNodes: [(key: Node, value: Node)] = []
        if let constantsNode = pairs.first(where: { $0.key == "constants" })?.value {
            guard let mapping = constantsNode.mapping else {
                throw reader.fail(
                    constantsNode, "'constants' must be a mapping of names to values, e.g. {c: 0.15 * pi}")
            }
            for (keyNode, valueNode) in mapping {
                let name = try reader.string(keyNode, what: "a constant's name")
                let expression = try reader.string(valueNode, what: "the value of '\(name)'")
                constantNodes.append((keyNode, valueNode))
                do throws(FormulaError) {
                    constants.append(
                        FormulaConstant(name: name, value: try FormulaConstant.evaluate(expression, earlier: constants))
                    )
                } catch {
                    throw reader.fail(valueNode, offset: error.offset, "in the value of '\(name)': \(error.message)")
                }
            }
        }
        do throws(FormulaError) {
            let formula = try Formula(text, variables: variables, constants: constants)
            return .formula(try FormulaObjective(formula))
        } catch {
            switch error.place {
            case .formula, .constantValue:
                throw reader.fail(formulaNode, offset: error.offset, "in the formula: \(error.message)")
            case .variableName(let index):
                throw reader.fail(
                    index < variableNodes.count ? variableNodes[index] : variablesNode ?? node, error.message)
            case .constantName(let index):
                throw reader.fail(index < constantNodes.count ? constantNodes[index].key : node, error.message)
            }
        }
    }

    /// "'start' has 1 value; the formula has 2 variables (x1, x2)".
    static func startMismatch(_ count: Int, _ names: [String]) -> String {
        let values = count == 1 ? "1 value" : "\(count) values"
        let variables = names.count == 1 ? "1 variable" : "\(names.count) variables"
        return "'start' has \(values); the formula has \(variables) (\(names.joined(separator: ", ")))"
    }
}
