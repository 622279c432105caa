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
            throw Diagnostics(block.location, "a trace plot needs 'quantity: …', e.g. 'quantity: theta[0]' or 'quantity: learning-rate'")
        }
        if let node = try only("gap", for: [.loss, .sweep]) { block.gap = try reader.bool(node, what: "'gap'") }
        if let node = try only("layout", for: [.sweep]) {
            let layout = try reader.string(node, what: "'layout'")
            guard layout == "shared" || layout == "panels" else {
                throw reader.fail(node, "'layout' is 'shared' (one plot, the default) or 'panels' (one panel per example)")
            }
            block.panels = layout == "panels"
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
