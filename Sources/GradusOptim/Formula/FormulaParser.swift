/// A recursive-descent parser of formulas:
///
///     sum     := product (('+' | '-') product)*
///     product := unary (('*' | '/') unary)*
///     unary   := '-' unary | power
///     power   := primary ('^' unary)?          (right-associative; −x^2 is −(x²), x^-1 is x⁻¹)
///     primary := NUMBER | NAME | FUNCTION '(' sum ')' | '(' sum ')'
///
/// Names are resolved while parsing: a variable, a constant of the formula, or `pi` / `e`. The tree's height is
/// checked against `FormulaLimits.depth` as each node is made (sums and products are parsed in loops, so a long
/// chain costs no recursion), and nesting by parentheses, minus signs, powers and calls is bounded by twice that,
/// so no input, however deep, can exhaust the stack.
struct FormulaParser {
    let tokens: [FormulaToken]
    var position = 0
    /// The variables, in order (when inferred: the one name found so far, if any).
    var variables: [String]?
    /// Whether the variable is to be inferred from the formula (then there may be only one).
    let inferred: Bool
    /// Offsets of each variable's first use.
    var firstUse: [Int: Int] = [:]
    let constants: [FormulaConstant]
    /// Variables are allowed (false for a constant's own expression).
    let allowsVariables: Bool

    init(tokens: [FormulaToken], variables: [String]?, constants: [FormulaConstant], allowsVariables: Bool = true) {
        self.tokens = tokens
        self.variables = variables ?? (allowsVariables ? [] : nil)
        self.inferred = variables == nil && allowsVariables
        self.constants = constants
        self.allowsVariables = allowsVariables
    }

    var current: FormulaToken { tokens[position] }

    /// The whole formula: a sum followed by the end.
    mutating func parseFormula() throws(FormulaError) -> Expression {
        if case .end = current.kind { throw FormulaError(0, "the formula is empty") }
        let expression = try sum(0).expression
        switch current.kind {
        case .end: return expression
        case .close: throw FormulaError(current.offset, "unbalanced parenthesis: this ')' has no '(' before it")
        case .number, .name, .open:
            throw FormulaError(
                current.offset, "missing operator before \(current.quoted): write '*' to multiply (as in 2*x)")
        case .comma: throw FormulaError(current.offset, "unexpected ',': functions take one argument")
        case .op: throw FormulaError(current.offset, "unexpected \(current.quoted)")
        }
    }

    func tooDeep(_ offset: Int) -> FormulaError {
        FormulaError(offset, "the formula nests more than \(FormulaLimits.depth) levels deep")
    }

    /// An expression with the height of its tree, so that the limit is checked in constant time per node.
    struct Parsed {
        let expression: Expression
        let depth: Int
    }

    /// A node over `children`, refused when the tree would grow deeper than the limit.
    func node(_ expression: Expression, _ children: Parsed..., at offset: Int) throws(FormulaError) -> Parsed {
        let depth = 1 + (children.map(\.depth).max() ?? 0)
        guard depth <= FormulaLimits.depth else { throw tooDeep(offset) }
        return Parsed(expression: expression, depth: depth)
    }

    /// Parentheses may wrap a subexpression without deepening its tree; this bounds the recursion anyway.
    func guardNesting(_ nesting: Int) throws(FormulaError) {
        guard nesting <= 2 * FormulaLimits.depth else { throw tooDeep(current.offset) }
    }

    mutating func sum(_ nesting: Int) throws(FormulaError) -> Parsed {
        var left = try product(nesting)
        while case .op(let op) = current.kind, op == .add || op == .subtract {
            let at = current.offset
            position += 1
            let right = try product(nesting)
            left = try node(.binary(op, left.expression, right.expression), left, right, at: at)
        }
        return left
    }

    mutating func product(_ nesting: Int) throws(FormulaError) -> Parsed {
        var left = try unary(nesting)
        while case .op(let op) = current.kind, op == .multiply || op == .divide {
            let at = current.offset
            position += 1
            let right = try unary(nesting)
            left = try node(.binary(op, left.expression, right.expression), left, right, at: at)
        }
        return left
    }

    mutating func unary(_ nesting: Int) throws(FormulaError) -> Parsed {
        try guardNesting(nesting)
        if case .op(let op) = current.kind {
            let at = current.offset
            guard op == .subtract else {
                if op == .add, position == 0 || tokens[position - 1].kind == .open {
                    throw FormulaError(at, "a unary '+' is not needed: leave it out")
                }
                let place = position > 0 ? "between \(tokens[position - 1].quoted) and" : "before"
                throw FormulaError(at, "missing operand \(place) \(current.quoted)")
            }
            position += 1
            let operand = try unary(nesting + 1)
            return try node(.negate(operand.expression), operand, at: at)
        }
        return try power(nesting)
    }

    mutating func power(_ nesting: Int) throws(FormulaError) -> Parsed {
        let base = try primary(nesting)
        guard case .op(.power) = current.kind else { return base }
        let at = current.offset
        position += 1
        let exponent = try unary(nesting + 1)
        return try node(.binary(.power, base.expression, exponent.expression), base, exponent, at: at)
    }

    mutating func primary(_ nesting: Int) throws(FormulaError) -> Parsed {
        try guardNesting(nesting)
        let token = current
        switch token.kind {
        case .number(let x):
            position += 1
            return Parsed(expression: .number(x), depth: 1)
        case .open:
            position += 1
            if case .close = current.kind { throw FormulaError(current.offset, "empty parentheses") }
            let inner = try sum(nesting + 1)
            guard case .close = current.kind else { throw unclosed(token) }
            position += 1
            return inner
        case .name(let name):
            position += 1
            if case .open = current.kind { return try call(name, at: token, nesting) }
            return Parsed(expression: try resolve(name, at: token.offset), depth: 1)
        case .end, .close:
            let before = position > 0 ? " after \(tokens[position - 1].quoted)" : ""
            throw FormulaError(token.offset, "missing operand\(before)")
        case .op:
            let before =
                position > 0 ? " between \(tokens[position - 1].quoted) and \(token.quoted)" : " before \(token.quoted)"
            throw FormulaError(token.offset, "missing operand\(before)")
        case .comma:
            throw FormulaError(token.offset, "unexpected ',': functions take one argument")
        }
    }

    func unclosed(_ open: FormulaToken) -> FormulaError {
        switch current.kind {
        case .comma: FormulaError(current.offset, "unexpected ',': functions take one argument")
        case .end: FormulaError(open.offset, "unbalanced parenthesis: this '(' is never closed")
        case .number, .name, .open:
            FormulaError(current.offset, "missing operator before \(current.quoted): write '*' to multiply (as in 2*x)")
        default: FormulaError(current.offset, "expected ')' to close the '(' at character \(open.offset + 1)")
        }
    }

    mutating func call(_ name: String, at token: FormulaToken, _ nesting: Int) throws(FormulaError) -> Parsed {
        guard let function = FormulaFunction(rawValue: name) else {
            if variables?.contains(name) == true || constants.contains(where: { $0.name == name }) || name == "pi"
                || name == "e"
            {
                throw FormulaError(
                    tokens[position].offset, "missing operator after '\(name)': write \(name)*(…) to multiply")
            }
            let near = FormulaNames.nearest(name, among: FormulaFunction.names)
            throw FormulaError(
                token.offset,
                "unknown function '\(name)'" + (near.map { "; did you mean '\($0)'?" } ?? "")
                    + " (functions: \(FormulaFunction.names.joined(separator: ", ")))")
        }
        let open = current
        position += 1
        if case .close = current.kind { throw FormulaError(current.offset, "\(name)() needs an argument") }
        let argument = try sum(nesting + 1)
        guard case .close = current.kind else { throw unclosed(open) }
        position += 1
        return try node(.call(function, argument.expression), argument, at: token.offset)
    }

    mutating func resolve(_ name: String, at offset: Int) throws(FormulaError) -> Expression {
        if FormulaFunction(rawValue: name) != nil {
            throw FormulaError(offset, "'\(name)' is a function: write \(name)(…) with its argument in parentheses")
        }
        if let variables, let index = variables.firstIndex(of: name) {
            if firstUse[index] == nil { firstUse[index] = offset }
            return .variable(index)
        }
        if let constant = constants.first(where: { $0.name == name }) { return .constant(name, constant.value) }
        if name == "pi" { return .constant("pi", Double.pi) }
        if name == "e" { return .constant("e", FormulaConstant.e) }
        guard allowsVariables else {
            let known = constants.map(\.name) + ["pi", "e"]
            throw FormulaError(
                offset, "unknown constant '\(name)'; a constant may use numbers and \(known.joined(separator: ", "))")
        }
        guard let variables else { throw FormulaError(offset, "unknown name '\(name)'") }
        if inferred {
            guard variables.isEmpty else {
                throw FormulaError(
                    offset,
                    "the formula has more than one variable ('\(variables[0])' and '\(name)'): list them in order, e.g. variables: [\(variables[0]), \(name)]"
                )
            }
            self.variables = [name]
            firstUse[0] = offset
            return .variable(0)
        }
        var known = "the variables are " + variables.joined(separator: ", ")
        if !constants.isEmpty { known += "; the constants " + constants.map(\.name).joined(separator: ", ") }
        let near = FormulaNames.nearest(name, among: variables + constants.map(\.name))
        throw FormulaError(
            offset, "unknown name '\(name)'" + (near.map { "; did you mean '\($0)'?" } ?? "") + " (\(known))")
    }
}

/// Spelling help for names.
public enum FormulaNames {
    /// The candidate closest to `name` by edit distance, if it is close enough to be a likely typo.
    static func nearest(_ name: String, among candidates: [String]) -> String? {
        // One letter for another is no typo worth naming (z is not a misspelt x).
        guard name.count >= 2 else { return nil }
        let scored = candidates.map { (candidate: $0, distance: distance(name, $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        return best.distance <= max(1, min(name.count, best.candidate.count) / 3) ? best.candidate : nil
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var row = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where j <= b.count {
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = row
        }
        return previous[b.count]
    }
}
