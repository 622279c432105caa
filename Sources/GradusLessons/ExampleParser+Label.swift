import Yams

extension ExampleParser {
    /// `label: "Gradient descent, α = 0.05"` or `label: {en: …, zh: …}`.
    func label(_ node: Node?) throws(Diagnostics) -> ExampleLabel {
        guard let node else { return ExampleLabel() }
        func text(_ node: Node, _ what: String) throws(Diagnostics) -> String {
            guard case .scalar = node else {
                throw reader.fail(
                    node,
                    what == "'label'"
                        ? "'label' is a text, or one text per language: label: {en: …, zh: …}" : "\(what) must be text")
            }
            let text = try reader.string(node, what: what)
            guard !text.allSatisfy(\.isWhitespace) else { throw reader.fail(node, "\(what) is empty") }
            return text
        }
        guard let mapping = node.mapping else { return ExampleLabel(text: try text(node, "'label'")) }
        var label = ExampleLabel()
        for (keyNode, value) in mapping {
            guard let language = keyNode.string, Self.isLanguageTag(language) else {
                throw reader.fail(
                    keyNode, "a key of 'label' is a language tag such as en or zh, not '\(keyNode.string ?? "")'")
            }
            label.byLanguage[language] = try text(value, "the label in '\(language)'")
        }
        guard !label.byLanguage.isEmpty else {
            throw reader.fail(node, "'label' has no text; write e.g. label: {en: …, zh: …}")
        }
        return label
    }

    /// `en`, `zh`, `zh-Hans`: letters, then parts of letters and digits after `-`.
    static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        return parts[0].count >= 2 && parts[0].count <= 8 && parts[0].allSatisfy { $0.isASCII && $0.isLetter }
            && parts.dropFirst().allSatisfy {
                !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            }
    }
}
