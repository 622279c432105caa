import Yams

extension GeneratedBlockParser {
    static let exerciseKeys = ["question", "answer", "choices", "step", "digits", "tolerance", "solution", "expect"]

    /// A ```` ```gradus exercise ```` block: `question:` and `solution:` in Markdown, the answer as `answer:` (a
    /// number), `choices:` with `answer: fewest-iterations | lowest-loss` (a choice) or `step:` (one update by hand),
    /// `digits:` or `tolerance:`, and `expect:`.
    func exercise(_ node: Node, at location: SourceLocation) throws(Diagnostics) -> GeneratedBlock {
        let pairs = try reader.mapping(node, allowed: Self.exerciseKeys, what: "an exercise")
        func value(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }
        guard let questionNode = value("question") else {
            throw Diagnostics(location, "an exercise needs 'question: …' (Markdown, with bindings and math)")
        }
        let question = try markdown(questionNode, what: "'question'")
        let kind: Exercise.Kind
        let answerLocation: SourceLocation
        if let stepNode = value("step") {
            if let other = value("answer") ?? value("choices") {
                throw reader.fail(other, "a 'step' exercise's answer is the step itself: remove 'answer' and 'choices'")
            }
            let fields = try reader.mapping(stepNode, allowed: ["example", "iteration"], what: "'step'")
            guard let example = fields.first(where: { $0.key == "example" })?.value else {
                throw reader.fail(stepNode, "'step' needs the example and the iteration: {example: NAME, iteration: 0}")
            }
            var iteration = 0
            if let node = fields.first(where: { $0.key == "iteration" })?.value {
                iteration = try reader.int(node, what: "'iteration'")
                guard (0...10_000_000).contains(iteration) else {
                    throw reader.fail(node, "'iteration' must be between 0 and 10000000")
                }
            }
            let name = try reader.string(example, what: "'example'")
            kind = .step(.init(name: name, location: reader.location(example)), iteration: iteration)
            answerLocation = reader.location(stepNode)
        } else {
            guard let answerNode = value("answer") else {
                throw Diagnostics(
                    location,
                    "an exercise needs 'answer: …' (a value such as seed.final.loss, or an expression over values), or 'step: {example: NAME, iteration: 0}'"
                )
            }
            answerLocation = reader.location(answerNode)
            let written = try reader.string(answerNode, what: "'answer'")
            if let choicesNode = value("choices") {
                guard let list = choicesNode.sequence, list.count >= 2 else {
                    throw reader.fail(choicesNode, "'choices' is a list of at least two example names")
                }
                var choices: [GeneratedBlock.ExampleReference] = []
                for entry in list {
                    let name = try reader.string(entry, what: "a choice")
                    guard !choices.contains(where: { $0.name == name }) else {
                        throw reader.fail(entry, "'\(name)' is already a choice")
                    }
                    choices.append(.init(name: name, location: reader.location(entry)))
                }
                guard let rule = Exercise.ChoiceRule(rawValue: written) else {
                    let rules = Exercise.ChoiceRule.allCases.map(\.rawValue).joined(separator: " or ")
                    throw reader.fail(
                        answerNode, "the answer of a choice is the rule that picks it: \(rules), not '\(written)'")
                }
                kind = .choice(choices, rule)
            } else {
                let place = placement(of: written, node: answerNode)
                kind = .number(
                    try AnswerExpression.parse(written) { i in
                        place(written.unicodeScalars.prefix(i).reduce(0) { $0 + String($1).utf8.count })
                    })
            }
        }
        var exercise = Exercise(kind: kind, question: question, answerLocation: answerLocation)
        if let node = value("solution") { exercise.solution = try markdown(node, what: "'solution'") }
        if let digits = value("digits"), let tolerance = value("tolerance") {
            throw reader.fail(
                reader.location(digits) < reader.location(tolerance) ? tolerance : digits,
                "give either 'digits' (significant digits) or 'tolerance', not both")
        }
        if let node = value("digits") {
            let digits = try reader.int(node, what: "'digits'")
            guard (1...17).contains(digits) else { throw reader.fail(node, "'digits' must be between 1 and 17") }
            exercise.accuracy = .digits(digits)
        }
        if let node = value("tolerance") { exercise.accuracy = try tolerance(node) }
        if case .choice = kind, let node = value("digits") ?? value("tolerance") {
            throw reader.fail(node, "a choice has no tolerance: its answer is one of the choices")
        }
        if let node = value("expect") {
            exercise.expectationLocation = reader.location(node)
            switch kind {
            case .number:
                exercise.expectation = .numbers([try reader.double(node, what: "'expect'")])
            case .step:
                exercise.expectation = .numbers(try reader.vector(node, what: "'expect' (θ after the step)"))
            case .choice(let choices, _):
                let name = try reader.string(node, what: "'expect'")
                guard choices.contains(where: { $0.name == name }) else {
                    throw reader.fail(node, "'expect' must be one of the choices, not '\(name)'")
                }
                exercise.expectation = .choice(name)
            }
        }
        var block = GeneratedBlock(kind: .exercise, location: location, examples: exercise.examples)
        block.exercise = exercise
        return block
    }

    /// `tolerance: 0.001` (absolute) or `tolerance: 2%` (relative).
    func tolerance(_ node: Node) throws(Diagnostics) -> Exercise.Accuracy {
        let written = node.scalar?.string ?? ""
        let message = "'tolerance' is a positive number (absolute, e.g. 0.001) or a percentage (relative, e.g. 2%)"
        if written.hasSuffix("%") {
            guard let percent = Double(String(written.dropLast()).trimmingSpaces), percent > 0, percent < 100 else {
                throw reader.fail(node, message)
            }
            return .relative(percent / 100)
        }
        guard let number = Double(written), number > 0, number.isFinite else { throw reader.fail(node, message) }
        return .absolute(number)
    }

    /// A YAML text holding Markdown, scanned for bindings and math, each placed at its line and column in the lesson.
    func markdown(_ node: Node, what: String) throws(Diagnostics) -> [Piece] {
        let text = try reader.string(node, what: what)
        guard !text.trimmingSpaces.isEmpty else { throw reader.fail(node, "\(what) is empty") }
        let scanned = BodyScanner.scan(text, path: reader.source.path, place: placement(of: text, node: node))
        if !scanned.problems.isEmpty { throw Diagnostics(scanned.problems) }
        for piece in scanned.pieces {
            switch piece {
            case .block(let block):
                throw Diagnostics(
                    block.location,
                    "\(what) holds Markdown, bindings and math; put the \(block.kind.rawValue) block before the exercise"
                )
            case .faqStart(let at): throw Diagnostics(at, "\(what) cannot hold an FAQ block")
            default: continue
            }
        }
        return scanned.pieces
    }

    /// Maps a UTF-8 offset of a YAML text to the line and column where it stands in the lesson: each line of the text
    /// is found at the end of its line in the file (a one-line text, or a literal block `|`); where it is not (a folded
    /// or escaped text), at the text's start.
    func placement(of text: String, node: Node) -> @Sendable (Int) -> SourceLocation {
        let start = reader.location(node)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var style = Node.Scalar.Style.plain
        if case .scalar(let scalar) = node { style = scalar.style }
        let source = reader.source
        let first: Int
        switch style {
        case .literal: first = start.line + 1
        case .plain, .any, .singleQuoted, .doubleQuoted: first = lines.count == 1 ? start.line : -1
        default: first = -1
        }
        var starts: [Int] = []
        var columns: [Int?] = []
        var offset = 0
        for (i, line) in lines.enumerated() {
            starts.append(offset)
            offset += line.utf8.count + 1
            let number = first + i
            guard first > 0, number >= 1, number <= source.lineCount else {
                columns.append(nil)
                continue
            }
            var fileLine = source.line(number)
            if fileLine.hasSuffix("\r") { fileLine = fileLine.dropLast() }
            if style == .singleQuoted || style == .doubleQuoted {
                guard !text.contains("\\"), !text.contains("'"), fileLine.hasSuffix(line + String(fileLine.last ?? " "))
                else {
                    columns.append(nil)
                    continue
                }
                fileLine = fileLine.dropLast()
            }
            columns.append(
                fileLine.hasSuffix(line) ? fileLine.unicodeScalars.count - line.unicodeScalars.count + 1 : nil)
        }
        let utf8 = Array(text.utf8)
        let (lineStarts, lineColumns) = (starts, columns)
        return { offset in
            guard let i = lineStarts.lastIndex(where: { $0 <= offset }), let column = lineColumns[i] else {
                return start
            }
            let end = min(max(offset, lineStarts[i]), utf8.count)
            let scalars = utf8[lineStarts[i]..<end].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
            return SourceLocation(path: start.path, line: first + i, column: column + scalars)
        }
    }
}
