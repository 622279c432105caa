import Yams

extension LessonParser {
    /// `notation: {parameters: [θ₀, θ₁], lr: η, objective: f, momentum: μ}` (an example's own `notation` may give only
    /// `parameters`).
    static func notation(
        _ node: Node, reader: YAMLReader, allowed: [String] = ["parameters", "lr", "objective", "momentum"]
    ) throws(Diagnostics) -> Notation {
        var notation = Notation()
        func symbol(_ node: Node, _ what: String) throws(Diagnostics) -> String {
            guard case .scalar = node else { throw reader.fail(node, "\(what) is a symbol such as θ₁, α or J") }
            let text = try reader.string(node, what: what)
            guard !text.isEmpty, !text.contains(where: \.isWhitespace) else {
                throw reader.fail(node, "\(what) is a symbol without spaces, such as θ₁, α or J")
            }
            return text
        }
        for pair in try reader.mapping(node, allowed: allowed, what: "'notation'") {
            switch pair.key {
            case "parameters":
                guard let list = pair.value.sequence, !list.isEmpty else {
                    throw reader.fail(pair.value, "'parameters' is a list of names, one per parameter, e.g. [θ₁, θ₂]")
                }
                var names: [String] = []
                for item in list {
                    let name = try symbol(item, "a parameter's name")
                    if names.contains(name) { throw reader.fail(item, "the parameter name '\(name)' is listed twice") }
                    names.append(name)
                }
                notation.parameters = names
            case "lr": notation.learningRate = try symbol(pair.value, "'lr'")
            case "momentum": notation.momentum = try symbol(pair.value, "'momentum'")
            default: notation.objective = try symbol(pair.value, "'objective'")
            }
        }
        return notation
    }
}
