import Yams

/// Reads typed values out of a YAML tree and turns every mismatch into a diagnostic at the node.
struct YAMLReader {
    let source: SourceFile
    /// The file line on which the YAML's line 1 stands.
    let firstLine: Int

    func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return source.location(line: firstLine, column: 1) }
        return source.location(line: firstLine + mark.line - 1, column: mark.column)
    }

    func fail(_ node: Node, _ message: String) -> Diagnostics {
        Diagnostics(location(node), message)
    }

    /// Parses YAML text, turning libyaml's errors into a diagnostic.
    func compose(_ yaml: String) throws(Diagnostics) -> Node? {
        if let deep = NestingLimits.firstTooDeepYAML(yaml) {
            throw Diagnostics(
                source.location(line: firstLine + deep.line - 1, column: deep.column),
                "the YAML is nested more than \(NestingLimits.yaml) levels deep (brackets, braces, '- ' and indentation)"
            )
        }
        try refuseComplexKeys(in: yaml)
        let composed: Node?
        do {
            // The encoding named: Yams's default reads the process's environment at every call.
            composed = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            switch error {
            case .parser(let context?, let problem, _, _)
            where context.text.contains("flow sequence") || context.text.contains("flow mapping"):
                // An unclosed `[` or `{` is found where the text ends or the next key starts; point at the bracket.
                let bracket = context.text.contains("sequence") ? "[" : "{"
                throw Diagnostics(
                    source.location(line: firstLine + context.mark.line - 1, column: context.mark.column),
                    "malformed YAML: this \(bracket) is not closed (\(problem))")
            case .scanner(let context?, let problem, _, _) where context.text.contains("quoted scalar"):
                // An unclosed quote is found where the text ends; point at the quote.
                throw Diagnostics(
                    source.location(line: firstLine + context.mark.line - 1, column: context.mark.column),
                    "malformed YAML: this quote is not closed (\(problem))")
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                .composer(_, let problem, let mark, _):
                throw Diagnostics(
                    source.location(line: firstLine + mark.line - 1, column: mark.column),
                    "malformed YAML: \(problem)\(Self.hint(problem, line: Self.line(mark.line, of: yaml)))")
            case .duplicatedKeysInMapping(let duplicates, let context):
                throw Diagnostics(
                    source.location(line: firstLine + context.mark.line - 1, column: context.mark.column),
                    "duplicate key '\(duplicates.joined(separator: "', '"))'")
            default:
                throw Diagnostics(source.location(line: firstLine, column: 1), "malformed YAML")
            }
        } catch {
            throw Diagnostics(source.location(line: firstLine, column: 1), "malformed YAML")
        }
        if let composed { try refuseExpansion(of: composed) }
        return composed
    }

    /// What an author can do about libyaml's most common complaints, which name the parser's state, not the mistake.
    static func hint(_ problem: String, line: Substring) -> String {
        if line.contains("\t") { return " (this line has a tab: YAML is indented with spaces only)" }
        let indentation = ["did not find expected", "mapping values are not allowed", "could not find expected ':'"]
        if indentation.contains(where: problem.contains) {
            return
                " (check the indentation of this line and the one above, and that each 'key: value' has a space after the colon)"
        }
        return ""
    }

    /// Line `number` (from 1) of `text`.
    static func line(_ number: Int, of text: String) -> Substring {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    /// The pairs of a mapping, checked against the keys allowed, in source order.
    func mapping(_ node: Node, allowed: [String], what: String) throws(Diagnostics) -> [(
        key: String, keyNode: Node, value: Node
    )] {
        guard let mapping = node.mapping else { throw fail(node, "\(what) must be a mapping of keys to values") }
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { throw fail(keyNode, "\(what): keys must be text") }
            guard allowed.contains(key) else {
                throw fail(
                    keyNode,
                    "unknown key '\(key)' in \(what); expected one of: \(allowed.joined(separator: ", "))")
            }
            pairs.append((key, keyNode, value))
        }
        return pairs
    }

    func string(_ node: Node, what: String) throws(Diagnostics) -> String {
        guard case .scalar(let scalar) = node else { throw fail(node, "\(what) must be text") }
        return scalar.string
    }

    func int(_ node: Node, what: String) throws(Diagnostics) -> Int {
        guard case .scalar = node, let value = node.int else { throw fail(node, "\(what) must be a whole number") }
        return value
    }

    func bool(_ node: Node, what: String) throws(Diagnostics) -> Bool {
        guard case .scalar = node, let value = node.bool else { throw fail(node, "\(what) must be true or false") }
        return value
    }

    /// A finite number (YAML int or float).
    func double(_ node: Node, what: String) throws(Diagnostics) -> Double {
        guard case .scalar(let scalar) = node,
            let value = node.float ?? node.int.map(Double.init) ?? Double(scalar.string)
        else { throw fail(node, "\(what) must be a number") }
        guard value.isFinite else { throw fail(node, "\(what) must be finite, not \(scalar.string)") }
        return value
    }

    /// A finite number ≥ 0 (a tolerance).
    func nonNegative(_ node: Node, what: String) throws(Diagnostics) -> Double {
        let value = try double(node, what: what)
        guard value >= 0 else { throw fail(node, "\(what) must be ≥ 0, got \(value)") }
        return value
    }

    func vector(_ node: Node, what: String) throws(Diagnostics) -> [Double] {
        guard let sequence = node.sequence else { throw fail(node, "\(what) must be a list of numbers") }
        var values: [Double] = []
        for element in sequence { values.append(try double(element, what: "each entry of \(what)")) }
        return values
    }

    /// A list of rows of equal length.
    func rows(_ node: Node, what: String) throws(Diagnostics) -> [[Double]] {
        guard let sequence = node.sequence, !sequence.isEmpty else {
            throw fail(node, "\(what) must be a non-empty list of rows")
        }
        var rows: [[Double]] = []
        for row in sequence {
            let values = try vector(row, what: "each row of \(what)")
            if let first = rows.first, first.count != values.count {
                throw fail(
                    row, "row \(rows.count + 1) of \(what) has \(values.count) columns; row 1 has \(first.count)")
            }
            rows.append(values)
        }
        return rows
    }
}

/// Parses a whole YAML file (such as `course.yaml`); libyaml's errors become one diagnostic at their line and column.
public func composeYAML(_ source: SourceFile) throws(Diagnostics) -> Node? {
    try YAMLReader(source: source, firstLine: 1).compose(source.text)
}
