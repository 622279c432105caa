/// Commands that place, hide or size content: `\overset` and friends, `\smash`, `\hspace`,
/// `\substack`, `\not`.
extension Parser {
    /// `\overset{a}{b}`, `\underset{a}{b}`, `\stackrel{a}{b}`.
    ///
    /// amsmath spaces `\overset`/`\underset` like their base when it is a binary operator or a
    /// relation (judged as TeX does, between ordinary atoms: a lone `+` is binary) and as an
    /// operator otherwise; `\stackrel` is always a relation.
    mutating func parseStacked(_ name: String, _ command: Token) throws(MathError) -> Node {
        let annotation = try argument(of: command)
        let missing = MathError(
            utf8Offset: command.offset,
            message: "missing argument for \(command.spelling)")
        var base = try parseArgument(orThrow: missing, betweenOrdinaries: true)
        if case .row(let items) = base, items.count == 1 {
            base = items[0]
        }
        let baseClass = AtomClass(base)
        let atomClass: AtomClass
        if name == "stackrel" {
            atomClass = .rel
        } else {
            atomClass = baseClass == .bin || baseClass == .rel ? baseClass! : .op
        }
        // A symbol of another class gets no space of its own; the renderer spaces the whole.
        if case .symbol(let text, let symbolClass) = base, symbolClass != .ordinary, baseClass != atomClass {
            base = .symbol(text, .ordinary)
        }
        let over = name != "underset"
        return .stacked(base: base, annotation: annotation, over: over, atomClass: atomClass)
    }

    /// The content of a box (`\boxed`, `\phantom`, `\smash`): TeX sets it as a formula of its
    /// own, so a lone relation or operator in it gets no space around it.
    static func boxContent(_ node: Node) -> Node {
        guard node.items.count == 1, case .symbol(let text, _) = node.items[0] else { return node }
        return .row([.symbol(text, .ordinary)])
    }

    /// `\smash{…}`, `\smash[t]{…}` (height only), `\smash[b]{…}` (depth only).
    mutating func parseSmash(_ command: Token) throws(MathError) -> Node {
        var height = true
        var depth = true
        if let bracket = peek, bracket.kind == .symbol("[") {
            advance()
            guard let option = peek, option.kind == .letter("t") || option.kind == .letter("b"),
                index + 1 < tokens.count, tokens[index + 1].kind == .symbol("]")
            else {
                throw MathError(
                    utf8Offset: peek?.offset ?? bracket.offset,
                    message: "invalid option for \\smash (use [t] or [b])")
            }
            height = option.kind == .letter("t")
            depth = !height
            index += 2
        }
        return .smash(Self.boxContent(try argument(of: command)), height: height, depth: depth)
    }

    /// The `{<length>}` of `\hspace` (or `\hspace*`) in em: an optionally signed number and a
    /// unit. TeX's units are converted for a 10pt font: 1pt = 0.1em, 1ex = 0.4306em, 1mu = 1/18em.
    mutating func parseLength(_ command: Token) throws(MathError) -> String {
        if peek?.kind == .symbol("*") {
            advance()
        }
        guard let open = peek, open.kind == .openBrace else {
            throw MathError(
                utf8Offset: command.offset,
                message: "missing argument for \(command.spelling)")
        }
        advance()
        let units = "em, ex, pt or mu"
        let invalid = { (token: Token?) in
            let expected = "expected a number and a unit: \(units)"
            return MathError(
                utf8Offset: token?.offset ?? open.offset,
                message: "invalid length in \(command.spelling) (\(expected))")
        }
        var sign = 1.0
        if let token = peek, token.kind == .symbol("-") || token.kind == .symbol("+") {
            sign = token.kind == .symbol("-") ? -1 : 1
            advance()
        }
        guard let number = peek, case .number(let digits) = number.kind,
            let value = Double(digits)
        else { throw invalid(peek) }
        advance()
        var unit = ""
        let unitStart = peek
        while let token = peek, case .letter(let letter) = token.kind {
            unit += letter
            advance()
        }
        let scales: [String: Double] = ["em": 1, "ex": 0.4306, "pt": 0.1, "mu": 1.0 / 18]
        guard let unitStart, !unit.isEmpty else { throw invalid(peek) }
        guard let scale = scales[unit] else {
            throw MathError(
                utf8Offset: unitStart.offset,
                message: "unsupported unit \(unit) in \(command.spelling) (use \(units))")
        }
        guard let close = peek else {
            throw MathError(utf8Offset: open.offset, message: "missing } to match {")
        }
        guard close.kind == .closeBrace else { throw invalid(close) }
        advance()
        return Self.em(sign * value * scale)
    }

    /// `value` as a CSS length in em with at most four decimals: `0.1667em`, `-1em`.
    static func em(_ value: Double) -> String {
        let scaled = Int(abs(value) * 10_000 + 0.5)  // rounded half up, without libm
        var text = String(scaled / 10_000)
        var fraction = String(scaled % 10_000)
        if fraction != "0" {
            fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return (value < 0 && scaled != 0 ? "-" : "") + text + "em"
    }

    /// `\substack{a \\ b}`: rows stacked and centered, in the surrounding style.
    mutating func parseSubstack(_ command: Token) throws(MathError) -> Node {
        guard let open = peek, open.kind == .openBrace else {
            throw MathError(
                utf8Offset: command.offset,
                message: "missing argument for \(command.spelling)")
        }
        advance()
        let missingClose = MathError(utf8Offset: open.offset, message: "missing } to match {")
        var rows: [[Node]] = []
        while true {
            let row = Node.row(try parseRow())
            guard let token = peek else { throw missingClose }
            switch token.kind {
            case .command("\\"):
                advance()
                rows.append([row])
            case .closeBrace:
                advance()
                // A trailing `\\` does not start a new row.
                if rows.isEmpty || row != .row([]) {
                    rows.append([row])
                }
                return .table(Table(kind: .substack, rows: rows))
            default:
                if token.kind != .alignmentTab, acceptedByEnclosing(token) {
                    throw missingClose
                }
                throw unexpected(token)
            }
        }
    }

    /// `\not` before a symbol: the negated relation (`\not=` is `≠`, `\not\in` is `∉`), or the
    /// symbol with U+0338 COMBINING LONG SOLIDUS OVERLAY where Unicode has no negated form.
    mutating func parseNegation(_ command: Token) throws(MathError) -> Node {
        guard let next = peek, !Self.endsRow(next) else {
            throw MathError(utf8Offset: command.offset, message: "missing symbol after \\not")
        }
        let negatable: Bool
        switch next.kind {
        case .symbol(let text): negatable = text != "~" && text != "'"
        case .command(let name):
            negatable = Symbols.operators[name] != nil || Symbols.identifiers[name] != nil
        default: negatable = false
        }
        guard negatable else {
            let message = #"\not must be followed by a symbol such as = or \in, not "#
            throw MathError(utf8Offset: next.offset, message: message + next.spelling)
        }
        switch try parseBase() {
        case .symbol(let text, let symbolClass):
            return .symbol(Symbols.negated(text), symbolClass)
        case .identifier(let text, let variant):
            return .identifier(Symbols.negated(text), variant: variant)
        case let other:
            return other
        }
    }
}
