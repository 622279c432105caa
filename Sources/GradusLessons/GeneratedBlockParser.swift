import Yams

/// Reads the YAML inside a ```` ```gradus KIND ```` block.
struct GeneratedBlockParser {
    let reader: YAMLReader

    static let keys: [GeneratedBlock.Kind: [String]] = [
        .table: ["example", "first", "last", "digits", "id"],
        .data: ["example", "rows", "id"],
        .step: ["example", "iteration", "digits"],
        .compare: ["examples", "tolerance", "id"],
        .claims: ["claims"],
        .plot: [
            "kind", "example", "examples", "title", "x", "y", "quantity", "gap", "layout", "formula", "variable",
            "family", "id",
        ],
        .explore: exploreKeys,
    ]

    func parse(kind word: String, content: String, at location: SourceLocation) throws(Diagnostics) -> GeneratedBlock {
        guard let kind = GeneratedBlock.Kind(rawValue: word) else {
            let kinds = (GeneratedBlock.Kind.allCases.map(\.rawValue) + ["faq"]).joined(separator: ", ")
            throw Diagnostics(
                location,
                word.isEmpty
                    ? "a gradus block needs a kind, e.g. 'gradus table'"
                    : "unknown gradus block '\(word)'; expected one of: \(kinds)")
        }
        guard let node = try reader.compose(content) else {
            throw Diagnostics(location, "the \(kind.rawValue) block is empty")
        }
        if kind == .exercise { return try exercise(node, at: location) }
        if kind == .claims, node.sequence != nil {
            var block = GeneratedBlock(kind: kind, location: location, examples: [])
            block.claims = try claims(node)
            return block
        }
        let article = kind == .explore ? "an" : "a"
        let pairs = try reader.mapping(node, allowed: Self.keys[kind] ?? [], what: "\(article) \(kind.rawValue) block")
        func value(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }
        func count(_ key: String, default number: Int, range: ClosedRange<Int>) throws(Diagnostics) -> Int {
            guard let node = value(key) else { return number }
            let n = try reader.int(node, what: "'\(key)'")
            guard range.contains(n) else {
                throw reader.fail(node, "'\(key)' must be between \(range.lowerBound) and \(range.upperBound)")
            }
            return n
        }
        var examples: [GeneratedBlock.ExampleReference] = []
        if let one = value("example") {
            examples.append(.init(name: try reader.string(one, what: "'example'"), location: reader.location(one)))
        }
        if let many = value("examples") {
            guard let sequence = many.sequence, !sequence.isEmpty else {
                throw reader.fail(many, "'examples' must be a list of example names")
            }
            for entry in sequence {
                examples.append(
                    .init(name: try reader.string(entry, what: "an example's name"), location: reader.location(entry)))
            }
        }
        let isCurve =
            kind == .plot && value("kind").flatMap { $0.scalar?.string } == GeneratedBlock.PlotKind.curve.rawValue
        if examples.isEmpty && kind != .claims && !isCurve {
            throw Diagnostics(
                location,
                "the \(kind.rawValue) block needs '\(kind == .compare ? "examples: [A, B]" : "example: NAME")'")
        }
        var block = GeneratedBlock(kind: kind, location: location, examples: examples)
        block.first = try count("first", default: 5, range: 0...1000)
        block.last = try count("last", default: 3, range: 0...1000)
        block.digits = try count("digits", default: 6, range: 1...17)
        block.iteration = try count("iteration", default: 0, range: 0...10_000_000)
        if value("rows") != nil { block.rows = try count("rows", default: 0, range: 1...100_000) }
        if let node = value("tolerance") { block.tolerance = try reader.double(node, what: "'tolerance'") }
        if kind != .explore, let node = value("claims") { block.claims = try claims(node) }
        if let node = value("title") { block.title = try reader.string(node, what: "'title'") }
        if let node = value("id") {
            let label = try reader.string(node, what: "'id'")
            let prefix = kind == .plot ? "fig" : "tab"
            guard Label.isValid(label, kind: prefix) else {
                throw reader.fail(
                    node, "'id' of a \(kind.rawValue) block is '\(prefix):' and a name of letters, digits, - and _")
            }
            block.label = label
        }
        if let node = value("kind") {
            let name = try reader.string(node, what: "'kind'")
            guard let plot = GeneratedBlock.PlotKind(rawValue: name) else {
                let kinds = GeneratedBlock.PlotKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw reader.fail(node, "unknown plot kind '\(name)'; expected one of: \(kinds)")
            }
            block.plot = plot
        }
        if let node = value("x") { block.xRange = try range(node, "x") }
        if let node = value("y") { block.yRange = try range(node, "y") }
        if kind == .plot { try plotOptions(&block, value) }
        if kind == .explore { try explore(&block, pairs: pairs) }
        return block
    }

    func range(_ node: Node, _ name: String) throws(Diagnostics) -> ClosedRange<Double> {
        let bounds = try reader.vector(node, what: "'\(name)'")
        guard bounds.count == 2, bounds[0] < bounds[1] else {
            throw reader.fail(node, "'\(name)' must be [low, high] with low < high")
        }
        return bounds[0]...bounds[1]
    }

    /// A list of claims: each a sentence, or `{claim: SENTENCE, text: WHAT THE PAGE SAYS}`.
    func claims(_ node: Node) throws(Diagnostics) -> [Claim] {
        guard let sequence = node.sequence, !sequence.isEmpty else {
            throw reader.fail(node, "claims are a list, one claim per line starting with '- '")
        }
        var claims: [Claim] = []
        var problems: [Diagnostic] = []
        for entry in sequence {
            do throws(Diagnostics) {
                var sentenceNode = entry
                var text: String? = nil
                var textLocation: SourceLocation? = nil
                var textOnOneLine = false
                if entry.mapping != nil {
                    let pairs = try reader.mapping(entry, allowed: ["claim", "text"], what: "a claim")
                    guard let claim = pairs.first(where: { $0.key == "claim" })?.value else {
                        throw reader.fail(entry, "a claim needs 'claim: …'")
                    }
                    sentenceNode = claim
                    if let shown = pairs.first(where: { $0.key == "text" })?.value {
                        text = try reader.string(shown, what: "'text'")
                        textLocation = reader.location(shown)
                        // A one-line plain or quoted scalar stands in the file as written: bindings in it can be
                        // placed at their own column.
                        if case .scalar(let scalar) = shown, !(text ?? "").contains("\n") {
                            switch scalar.style {
                            case .plain, .any: textOnOneLine = true
                            case .singleQuoted, .doubleQuoted:
                                textOnOneLine = !(text ?? "").contains("'") && !(text ?? "").contains("\\")
                                if let at = textLocation {
                                    textLocation = SourceLocation(path: at.path, line: at.line, column: at.column + 1)
                                }
                            default: break
                            }
                        }
                    }
                }
                let sentence = try reader.string(sentenceNode, what: "a claim")
                let location = reader.location(sentenceNode)
                guard let statement = ClaimSyntax.parse(sentence, at: location) else {
                    throw Diagnostics(
                        location,
                        "cannot read the claim '\(sentence)'; write e.g. 'A converges within 100 iterations', 'A diverges', 'A reaches the iteration limit', 'A fails', 'A needs fewer iterations than B', or 'A.final.loss < 1e-6'"
                    )
                }
                var claim = Claim(statement: statement, source: sentence, text: text ?? sentence, location: location)
                claim.textParts = try Self.parts(
                    of: claim.text, at: textLocation ?? location,
                    columnsFollowText: textLocation != nil && textOnOneLine)
                claims.append(claim)
            } catch {
                problems += error.all
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return claims
    }
}

extension GeneratedBlockParser {
    /// Splits a claim's text into plain text and `{{ bindings }}`; every binding is reported at the text's place.
    /// With `columnsFollowText`, the text stands on one line from `location` on, and each binding is reported at
    /// its own column.
    static func parts(
        of text: String, at location: SourceLocation, columnsFollowText: Bool = false
    ) throws(Diagnostics) -> [Claim.TextPart] {
        var parts: [Claim.TextPart] = []
        var rest = Substring(text)
        func place(_ index: Substring.Index) -> SourceLocation {
            guard columnsFollowText else { return location }
            let column = location.column + text.unicodeScalars[text.startIndex..<index].count
            return SourceLocation(path: location.path, line: location.line, column: column)
        }
        while let open = rest.range(of: "{{") {
            if open.lowerBound > rest.startIndex { parts.append(.text(String(rest[..<open.lowerBound]))) }
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                throw Diagnostics(place(open.lowerBound), "'{{' is not closed by '}}' in the claim's text")
            }
            let start = place(open.lowerBound)
            let binding = try BindingSyntax.parse(
                rest[open.upperBound..<close.lowerBound], at: { _ in start }, start: start)
            parts.append(.binding(binding))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        return parts
    }
}

/// The sentences a claim can be.
enum ClaimSyntax {
    static func parse(_ sentence: String, at location: SourceLocation) -> Claim.Statement? {
        let words = sentence.split(separator: " ").map(String.init)
        guard let subject = words.first else { return nil }
        let rest = Array(words.dropFirst())
        func within(_ tail: [String]) -> Int?? {
            if tail.isEmpty { return .some(nil) }
            if tail.count == 3, tail[0] == "within", let n = Int(tail[1]),
                tail[2] == "iterations" || tail[2] == "iteration"
            {
                return .some(n)
            }
            return nil
        }
        if rest.first == "converges", let limit = within(Array(rest.dropFirst())) {
            return .converges(subject, within: limit)
        }
        if rest.first == "diverges", let limit = within(Array(rest.dropFirst())) {
            return .diverges(subject, within: limit)
        }
        if rest == ["reaches", "the", "iteration", "limit"] { return .reachesIterationLimit(subject) }
        if rest == ["fails"] { return .fails(subject) }
        if rest.count == 5, rest[0...3] == ["needs", "fewer", "iterations", "than"] {
            return .needsFewerIterations(subject, than: rest[4])
        }
        if words.count == 3, let comparison = Claim.Comparison(rawValue: words[1]),
            let left = Binding(path: words[0], location: location)
        {
            if let number = Double(words[2]) { return .compare(left, comparison, .number(number)) }
            if let right = Binding(path: words[2], location: location) {
                return .compare(left, comparison, .value(right))
            }
        }
        return nil
    }
}
