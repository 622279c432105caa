import Foundation

/// An exercise (```` ```gradus exercise ````): a question in Markdown, an answer computed from the runs, how precisely
/// a student must give it, and an optional worked solution.
public struct Exercise: Sendable {
    /// What the answer is.
    public enum Kind: Sendable {
        /// A number: a binding or a short expression over bindings.
        case number(AnswerExpression)
        /// Which of several runs (named by their examples, shown by their labels) wins by `rule`.
        case choice([GeneratedBlock.ExampleReference], ChoiceRule)
        /// θ after one update, computed by hand: the answer is θ at `iteration + 1`, the worked step the solution.
        case step(GeneratedBlock.ExampleReference, iteration: Int)
    }

    /// How the winner of a choice is found.
    public enum ChoiceRule: String, Sendable, CaseIterable {
        /// The run that converges in the fewest iterations (a run that does not converge never wins).
        case fewestIterations = "fewest-iterations"
        /// The run with the lowest final loss.
        case lowestLoss = "lowest-loss"
    }

    /// How close a student's number must be.
    public enum Accuracy: Sendable, Equatable {
        /// N significant digits.
        case digits(Int)
        /// Within ± this much.
        case absolute(Double)
        /// Within this fraction of the answer (`tolerance: 2%` is 0.02).
        case relative(Double)
    }

    /// The answer the author states (`expect:`), checked against the runs at every build.
    public enum Expectation: Sendable, Equatable {
        case numbers([Double])
        case choice(String)
    }

    public let kind: Kind
    /// The question, as body pieces (Markdown, bindings, math).
    public var question: [Piece]
    /// The worked solution, as body pieces (empty when there is none).
    public var solution: [Piece] = []
    public var accuracy: Accuracy = .digits(3)
    public var expectation: Expectation? = nil
    /// Where `expect:` stands.
    public var expectationLocation: SourceLocation? = nil
    /// Where `answer:` (or `step:`) stands.
    public let answerLocation: SourceLocation

    public init(kind: Kind, question: [Piece], answerLocation: SourceLocation) {
        self.kind = kind
        self.question = question
        self.answerLocation = answerLocation
    }

    /// The bindings of the question, the solution and the answer.
    public var bindings: [Binding] {
        var all = Lesson.bindings(in: question) + Lesson.bindings(in: solution)
        if case .number(let expression) = kind { all += expression.bindings }
        return all
    }

    /// The examples the exercise names outside bindings.
    public var examples: [GeneratedBlock.ExampleReference] {
        switch kind {
        case .number: []
        case .choice(let choices, _): choices
        case .step(let example, _): [example]
        }
    }
}

/// An answer's arithmetic: numbers, bindings (`seed.final.loss`), `+ - * /`, `^`, parentheses, a leading minus, and
/// the functions `abs`, `sqrt`, `log` (natural), `exp`, `min` and `max`.
public indirect enum AnswerExpression: Sendable, Equatable {
    case number(Double)
    case value(Binding)
    case negate(AnswerExpression)
    case binary(Character, AnswerExpression, AnswerExpression)
    case function(String, [AnswerExpression])

    public static let functions = ["abs": 1, "sqrt": 1, "log": 1, "exp": 1, "min": 2, "max": 2]

    public var bindings: [Binding] {
        switch self {
        case .number: []
        case .value(let binding): [binding]
        case .negate(let inner): inner.bindings
        case .binary(_, let a, let b): a.bindings + b.bindings
        case .function(_, let arguments): arguments.flatMap(\.bindings)
        }
    }

    /// The value, given each binding's number.
    public func evaluate(_ number: (Binding) throws(Diagnostics) -> Double) throws(Diagnostics) -> Double {
        switch self {
        case .number(let x): return x
        case .value(let binding): return try number(binding)
        case .negate(let inner): return -(try inner.evaluate(number))
        case .binary(let op, let a, let b):
            let (x, y) = (try a.evaluate(number), try b.evaluate(number))
            switch op {
            case "+": return x + y
            case "-": return x - y
            case "*": return x * y
            case "/": return x / y
            default: return pow(x, y)
            }
        case .function(let name, let arguments):
            var values: [Double] = []
            for argument in arguments { values.append(try argument.evaluate(number)) }
            switch name {
            case "abs": return abs(values[0])
            case "sqrt": return values[0].squareRoot()
            case "log": return log(values[0])
            case "exp": return exp(values[0])
            case "min": return min(values[0], values[1])
            default: return max(values[0], values[1])
            }
        }
    }

    /// Parses `text`; `place(i)` is where its i-th character (counted in Unicode scalars) stands in the lesson.
    public static func parse(_ text: String, place: @escaping (Int) -> SourceLocation) throws(Diagnostics)
        -> AnswerExpression
    {
        var parser = AnswerParser(characters: Array(text.unicodeScalars), place: place)
        let expression = try parser.sum()
        parser.skipSpaces()
        guard parser.at >= parser.characters.count else {
            throw parser.fail(
                "unexpected '\(parser.characters[parser.at])' in the answer; write e.g. 'seed.final.loss' or 'seed.iter[0].loss - seed.iter[1].loss'"
            )
        }
        return expression
    }
}

/// A recursive-descent reader of answers, with the usual precedence (`^` binds tightest and groups from the right).
private struct AnswerParser {
    let characters: [Unicode.Scalar]
    let place: (Int) -> SourceLocation
    var at = 0
    /// Nesting, limited so a hostile answer cannot exhaust the stack.
    var depth = 0

    func fail(_ message: String) -> Diagnostics { Diagnostics(place(at), message) }

    mutating func skipSpaces() { while at < characters.count, characters[at] == " " { at += 1 } }

    func peek() -> Unicode.Scalar? { at < characters.count ? characters[at] : nil }

    mutating func sum() throws(Diagnostics) -> AnswerExpression {
        depth += 1
        defer { depth -= 1 }
        guard depth <= 48 else { throw fail("the answer is nested more than 48 levels deep") }
        var left = try product()
        while true {
            skipSpaces()
            guard let op = peek(), op == "+" || op == "-" || op == "−" else { return left }
            at += 1
            left = .binary(op == "+" ? "+" : "-", left, try product())
        }
    }

    mutating func product() throws(Diagnostics) -> AnswerExpression {
        var left = try unary()
        while true {
            skipSpaces()
            guard let op = peek(), op == "*" || op == "/" || op == "·" || op == "×" else { return left }
            at += 1
            left = .binary(op == "/" ? "/" : "*", left, try unary())
        }
    }

    mutating func unary() throws(Diagnostics) -> AnswerExpression {
        skipSpaces()
        if let sign = peek(), sign == "-" || sign == "−" {
            at += 1
            return .negate(try unary())
        }
        let base = try primary()
        skipSpaces()
        if peek() == "^" {
            at += 1
            return .binary("^", base, try unary())
        }
        return base
    }

    mutating func primary() throws(Diagnostics) -> AnswerExpression {
        skipSpaces()
        guard let first = peek() else { throw fail("the answer ends where a number or a value was expected") }
        if first == "(" {
            at += 1
            let inner = try sum()
            skipSpaces()
            guard peek() == ")" else { throw fail("expected ')' in the answer") }
            at += 1
            return inner
        }
        if first.properties.numericType != nil || first == "." {
            let start = at
            while let c = peek(),
                c.properties.numericType != nil || c == "." || c == "e" || c == "E"
                    || ((c == "-" || c == "+") && (characters[at - 1] == "e" || characters[at - 1] == "E"))
            {
                at += 1
            }
            let written = String(String.UnicodeScalarView(characters[start..<at]))
            guard let number = Double(written) else {
                at = start
                throw fail("'\(written)' is not a number")
            }
            return .number(number)
        }
        guard first.isASCII, first.properties.isAlphabetic || first == "_" else {
            throw fail("unexpected '\(first)' in the answer; write e.g. 'seed.final.loss'")
        }
        let start = at
        while let c = peek(), c.isASCII,
            c.properties.isAlphabetic || c.properties.numericType != nil || c == "_" || c == "." || c == "["
                || c == "]"
        {
            at += 1
        }
        let written = String(String.UnicodeScalarView(characters[start..<at]))
        skipSpaces()
        if let arity = AnswerExpression.functions[written], peek() == "(" {
            at += 1
            var arguments = [try sum()]
            skipSpaces()
            while peek() == "," {
                at += 1
                arguments.append(try sum())
                skipSpaces()
            }
            guard peek() == ")" else { throw fail("expected ')' after the arguments of \(written)") }
            guard arguments.count == arity else {
                throw Diagnostics(
                    place(start), "\(written) takes \(arity) argument\(arity == 1 ? "" : "s"), not \(arguments.count)")
            }
            at += 1
            return .function(written, arguments)
        }
        let location = place(start)
        guard written.contains("."), let binding = Binding(path: written, location: location) else {
            let names = AnswerExpression.functions.keys.sorted().joined(separator: ", ")
            throw Diagnostics(
                location,
                "'\(written)' is neither a value of a run (write EXAMPLE.VALUE, e.g. seed.final.loss) nor a function (\(names))"
            )
        }
        return .value(binding)
    }
}

extension GeneratedBlock {
    /// A step block writing out iteration `iteration` of `example`: the solution of a "compute one update" exercise.
    public static func workedStep(
        _ example: ExampleReference, iteration: Int, digits: Int, at location: SourceLocation
    ) -> GeneratedBlock {
        var block = GeneratedBlock(kind: .step, location: location, examples: [example])
        block.iteration = iteration
        block.digits = digits
        return block
    }
}
