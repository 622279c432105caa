import Yams

/// Reads the YAML inside a ```` ```gradus KIND ```` block.
struct GeneratedBlockParser {
    let reader: YAMLReader

    func parse(kind word: String, content: String, at location: SourceLocation) throws(Diagnostics) -> GeneratedBlock {
        guard let kind = GeneratedBlock.Kind(rawValue: word) else {
            let kinds = GeneratedBlock.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw Diagnostics(
                location, word.isEmpty ? "a gradus block needs a kind, e.g. 'gradus table'" : "unknown gradus block '\(word)'; expected one of: \(kinds)")
        }
        guard let node = try reader.compose(content) else {
            throw Diagnostics(location, "the \(kind.rawValue) block needs at least 'example: NAME'")
        }
        let pairs = try reader.mapping(node, allowed: ["example", "first", "last", "digits"], what: "a \(kind.rawValue) block")
        guard let exampleNode = pairs.first(where: { $0.key == "example" })?.value else {
            throw Diagnostics(location, "the \(kind.rawValue) block needs 'example: NAME'")
        }
        func count(_ key: String, default value: Int, range: ClosedRange<Int>) throws(Diagnostics) -> Int {
            guard let node = pairs.first(where: { $0.key == key })?.value else { return value }
            let number = try reader.int(node, what: "'\(key)'")
            guard range.contains(number) else {
                throw reader.fail(node, "'\(key)' must be between \(range.lowerBound) and \(range.upperBound)")
            }
            return number
        }
        return GeneratedBlock(
            kind: kind, location: location, example: try reader.string(exampleNode, what: "'example'"),
            exampleLocation: reader.location(exampleNode), first: try count("first", default: 5, range: 0...1000),
            last: try count("last", default: 3, range: 0...1000), digits: try count("digits", default: 6, range: 1...17))
    }
}
