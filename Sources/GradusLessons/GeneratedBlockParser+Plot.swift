import GradusOptim
import Yams

extension GeneratedBlockParser {
    /// The keys of a plot block that only some kinds take: `quantity` (trace), `gap` (loss, sweep), `layout` (sweep).
    func plotOptions(_ block: inout GeneratedBlock, _ value: (String) -> Node?) throws(Diagnostics) {
        let kind = block.plot
        func only(_ key: String, for kinds: [GeneratedBlock.PlotKind]) throws(Diagnostics) -> Node? {
            guard let node = value(key) else { return nil }
            guard kinds.contains(kind) else {
                let names = kinds.map { "'\($0.rawValue)'" }.joined(separator: " and ")
                throw reader.fail(node, "'\(key)' belongs to \(names) plots, not to a '\(kind.rawValue)' plot")
            }
            return node
        }
        if let node = try only("quantity", for: [.trace]) {
            let text = try reader.string(node, what: "'quantity'")
            guard let quantity = Self.quantity(text) else {
                throw reader.fail(
                    node,
                    "unknown quantity '\(text)'; expected loss, gradient-norm, learning-rate, batch-loss, theta[i], gradient[i], update[i] or state.NAME[i]"
                )
            }
            block.quantity = quantity
        } else if kind == .trace {
            throw Diagnostics(
                block.location,
                "a trace plot needs 'quantity: …', e.g. 'quantity: theta[0]' or 'quantity: learning-rate'")
        }
        try curveOptions(&block, value, only: only)
        if let node = try only("gap", for: [.loss, .sweep]) { block.gap = try reader.bool(node, what: "'gap'") }
        if let node = try only("layout", for: [.sweep]) {
            let layout = try reader.string(node, what: "'layout'")
            guard layout == "shared" || layout == "panels" else {
                throw reader.fail(
                    node, "'layout' is 'shared' (one plot, the default) or 'panels' (one panel per example)")
            }
            block.panels = layout == "panels"
        }
    }

    /// `formula`, `variable`, `family` and the region of a curve: one formula, or one per value of the family's
    /// parameter, each parsed by the formula parser (its mistakes are reported at their column in the block).
    func curveOptions(
        _ block: inout GeneratedBlock, _ value: (String) -> Node?,
        only: (String, [GeneratedBlock.PlotKind]) throws(Diagnostics) -> Node?
    ) throws(Diagnostics) {
        let formulaNode = try only("formula", [.curve])
        let variableNode = try only("variable", [.curve])
        let familyNode = try only("family", [.curve])
        guard block.plot == .curve else { return }
        guard let formulaNode else {
            throw Diagnostics(block.location, "a curve needs 'formula: …', e.g. 'formula: \"beta^t\"'")
        }
        guard block.xRange != nil else {
            throw Diagnostics(block.location, "a curve needs its region, e.g. 'x: [0, 50]'")
        }
        if !block.examples.isEmpty {
            throw Diagnostics(
                block.exampleLocation, "a curve draws a formula, not examples: remove 'example'/'examples'")
        }
        let text = try reader.string(formulaNode, what: "'formula'")
        let variable = try variableNode.map { node throws(Diagnostics) in try reader.string(node, what: "'variable'") }
        var members: [(label: String, constants: [FormulaConstant])] = [("", [])]
        if let familyNode {
            guard let mapping = familyNode.mapping, mapping.count == 1, let (keyNode, valuesNode) = mapping.first,
                let key = keyNode.string, let list = valuesNode.sequence, !list.isEmpty
            else {
                throw reader.fail(
                    familyNode, "'family' is one parameter and its values, e.g. '{beta: [0.95, 0.9, 0.6]}'")
            }
            let pair = (key: key, value: valuesNode)
            members = []
            for entry in list {
                let number = try reader.double(entry, what: "a value of '\(pair.key)'")
                let written = entry.scalar?.string ?? "\(number)"
                members.append(("\(pair.key) = \(written)", [FormulaConstant(name: pair.key, value: number)]))
            }
        }
        for member in members {
            do throws(FormulaError) {
                let formula = try Formula(text, variables: variable.map { [$0] }, constants: member.constants)
                guard formula.variables.count == 1 else {
                    throw FormulaError(
                        0,
                        "a curve has one variable; this formula has \(formula.variables.count): \(formula.variables.joined(separator: ", "))"
                    )
                }
                block.curveVariable = formula.variables[0]
                block.curves.append((member.label.isEmpty ? text : member.label, formula))
            } catch {
                switch error.place {
                case .formula:
                    let message =
                        error.message.contains("more than one variable")
                        ? "a curve has one variable: name it with 'variable: …', and give another name values with 'family: {NAME: [values]}'"
                        : error.message
                    throw reader.fail(formulaNode, offset: error.offset, "in the formula: \(message)")
                case .variableName: throw reader.fail(variableNode ?? formulaNode, error.message)
                case .constantName, .constantValue: throw reader.fail(familyNode ?? formulaNode, error.message)
                }
            }
        }
    }

    /// `loss`, `gradient-norm`, `learning-rate`, `batch-loss`, `theta[i]`, `gradient[i]`, `update[i]`, `state.NAME[i]`.
    static func quantity(_ text: String) -> GeneratedBlock.TraceQuantity? {
        switch text {
        case "loss": return .loss
        case "gradient-norm": return .gradientNorm
        case "learning-rate", "lr": return .learningRate
        case "batch-loss": return .batchLoss
        default: break
        }
        guard text.hasSuffix("]"), let open = text.lastIndex(of: "[") else { return nil }
        let name = text[..<open]
        guard let index = Int(text[text.index(after: open)..<text.index(before: text.endIndex)]), index >= 0 else {
            return nil
        }
        switch name {
        case "theta": return .theta(index)
        case "gradient": return .gradient(index)
        case "update": return .update(index)
        default:
            guard name.hasPrefix("state."), name.count > 6,
                name.dropFirst(6).allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
            else { return nil }
            return .state(String(name.dropFirst(6)), index)
        }
    }
}
