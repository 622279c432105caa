/// Commands: symbols, fractions, roots, fonts, text, accents, `\left…\right`, `\big…`.
extension Parser {
    mutating func parseCommand(_ name: String, _ token: Token) throws(MathError) -> Node {
        if let entry = Symbols.identifiers[name] {
            return .identifier(entry.text, variant: font ?? entry.variant)
        }
        if let entry = Symbols.operators[name] {
            return .symbol(entry.text, entry.symbolClass)
        }
        if let entry = Symbols.largeOperators[name] {
            return .largeOperator(entry.text, limits: entry.limits)
        }
        if let entry = Symbols.functions[name] {
            return .function(name: .identifier(entry.text, variant: .normal), limits: entry.limits)
        }
        if let width = Symbols.spaces[name] {
            return .space(em: width)
        }
        if let accent = Symbols.accents[name] {
            let base = try argument(of: token)
            return .accent(base, mark: accent.mark, stretchy: accent.stretchy, below: accent.below)
        }
        if let variant = Symbols.fonts[name] {
            return try parseFont(variant, token)
        }
        if let sized = try parseBig(name, token) {
            return sized
        }
        switch name {
        case "frac", "dfrac", "tfrac", "binom", "cfrac":
            if name == "cfrac", let bracket = peek, bracket.kind == .symbol("[") {
                throw MathError(
                    utf8Offset: bracket.offset,
                    message: #"\cfrac[l] and \cfrac[r] are not supported (numerators are centered)"#)
            }
            let numerator = try argument(of: token)
            let denominator = try argument(of: token)
            let kinds: [String: FractionKind] = [
                "frac": .auto, "dfrac": .display, "tfrac": .text, "binom": .binomial,
                "cfrac": .continued,
            ]
            return .fraction(numerator: numerator, denominator: denominator, kind: kinds[name]!)
        case "sqrt":
            let index = try parseOptionalArgument(token)
            let radicand = try argument(of: token)
            return index.map { .root(radicand, index: $0) } ?? .squareRoot(radicand)
        case "text", "textrm", "textnormal", "textup", "mbox":
            return .text(try parseRawText(token), font: nil)
        case "textbf", "textit", "emph", "texttt", "textsf":
            let fonts: [String: TextFont] = [
                "textbf": .bold, "textit": .italic, "emph": .italic, "texttt": .monospace,
                "textsf": .sansSerif,
            ]
            return .text(try parseRawText(token), font: fonts[name])
        case "operatorname":
            var limits = Limits.never
            if peek?.kind == .symbol("*") {
                advance()
                limits = .auto
            }
            let saved = font
            font = .normal
            defer { font = saved }
            let body = try argument(of: token)
            return .function(name: Self.mergingLetters(body), limits: limits)
        case "mathop":
            // Like `\operatorname*`, but the content keeps its own font.
            return .function(name: try argument(of: token), limits: .auto)
        case "overbrace", "underbrace":
            return .brace(try argument(of: token), over: name == "overbrace")
        case "overset", "underset", "stackrel":
            return try parseStacked(name, token)
        case "xrightarrow", "xleftarrow":
            let below = try parseOptionalArgument(token)
            let above = try argument(of: token)
            let arrow = name == "xrightarrow" ? "→" : "←"
            return .extensibleArrow(arrow, above: above, below: below)
        case "boxed":
            return .boxed(Self.boxContent(try argument(of: token)))
        case "phantom", "hphantom", "vphantom":
            let body = Self.boxContent(try argument(of: token))
            return .phantom(body, keepsWidth: name != "vphantom", keepsHeight: name != "hphantom")
        case "smash":
            return try parseSmash(token)
        case "hspace":
            return .space(em: try parseLength(token))
        case "substack":
            return try parseSubstack(token)
        case "not":
            return try parseNegation(token)
        case "bmod":
            return .binaryModulo
        case "pmod":
            return .parenthesizedModulo(try argument(of: token))
        case "left":
            return try parseLeftRight(token)
        case "begin":
            return try parseEnvironment(token)
        case "limits", "nolimits":
            throw MathError(
                utf8Offset: token.offset,
                message: "\\\(name) is only allowed right after a large operator or function")
        case "displaystyle", "textstyle":
            throw unexpected(token)
        case "hline":
            throw MathError(
                utf8Offset: token.offset,
                message: "\\hline is only allowed at the start of a row in array")
        case "tag", "label", "ref", "eqref":
            throw MathError(
                utf8Offset: token.offset,
                message: "equation numbers and labels are not supported (\\\(name))")
        case "color", "textcolor", "colorbox":
            let reason = "pages keep their contrast in light and dark mode"
            throw MathError(
                utf8Offset: token.offset,
                message: "colours are not supported (\\\(name)): \(reason)")
        default:
            throw MathError(utf8Offset: token.offset, message: "unknown command \\\(name)")
        }
    }

    /// The next argument of `command`, or a "missing argument" error pointing at the command.
    mutating func argument(of command: Token) throws(MathError) -> Node {
        try parseArgument(
            orThrow: MathError(
                utf8Offset: command.offset,
                message: "missing argument for \(command.spelling)"))
    }

    /// `\mathbf{…}` and friends: the argument parsed with a different alphabet.
    private mutating func parseFont(_ variant: MathVariant, _ token: Token) throws(MathError) -> Node {
        let saved = font
        font = variant
        defer { font = saved }
        let body = try argument(of: token)
        return variant == .normal ? Self.mergingLetters(body) : body
    }

    /// Joins runs of upright letters into one identifier: `\mathrm{softmax}` → `<mi>softmax</mi>`.
    static func mergingLetters(_ node: Node) -> Node {
        guard case .row(let items) = node else { return node }
        var merged: [Node] = []
        for item in items {
            if case .identifier(let text, .normal) = item,
                case .identifier(let previous, .normal)? = merged.last
            {
                merged[merged.count - 1] = .identifier(previous + text, variant: .normal)
            } else {
                merged.append(item)
            }
        }
        return .row(merged)
    }

    /// An optional `[…]` argument, such as the index of `\sqrt[n]{x}`, if present.
    mutating func parseOptionalArgument(_ command: Token) throws(MathError) -> Node? {
        guard let bracket = peek, bracket.kind == .symbol("[") else { return nil }
        advance()
        var items: [Node] = []
        while let token = peek, token.kind != .symbol("]") {
            if Self.endsRow(token) { break }
            items.append(try parseAtom())
        }
        guard peek?.kind == .symbol("]") else {
            throw MathError(
                utf8Offset: bracket.offset,
                message: "missing ] to match [ in \(command.spelling)")
        }
        advance()
        return .row(AtomSpacing.normalize(items, leadingOrdinary: false))
    }

    /// `\big(`, `\Bigl[`, `\biggr)`, `\bigm|`; nil if `name` is not a `\big` command.
    private mutating func parseBig(_ name: String, _ token: Token) throws(MathError) -> Node? {
        var base = name
        var role: FenceRole?
        if let last = name.last, "lrm".contains(last), Symbols.bigSizes[String(name.dropLast())] != nil {
            base = String(name.dropLast())
            role = last == "l" ? .open : last == "r" ? .close : .middle
        }
        guard let height = Symbols.bigSizes[base] else { return nil }
        let delimiter = try parseDelimiter(after: token)
        return delimiter.isEmpty ? .row([]) : .symbol(delimiter, .sized(height: height, role: role))
    }

    /// `\left<delim> … [\middle<delim> …] \right<delim>`.
    private mutating func parseLeftRight(_ left: Token) throws(MathError) -> Node {
        let open = try parseDelimiter(after: left)
        let missingRight = MathError(utf8Offset: left.offset, message: "\\left without matching \\right")
        openLefts += 1
        var body: [Node] = []
        while true {
            body += try parseRow()
            guard let token = peek else { throw missingRight }
            switch token.kind {
            case .command("middle"):
                advance()
                let delimiter = try parseDelimiter(after: token)
                if !delimiter.isEmpty {
                    body.append(.symbol(delimiter, .fence(.middle)))
                }
            case .command("right"):
                advance()
                let close = try parseDelimiter(after: token)
                openLefts -= 1
                return .fenced(
                    open: open.isEmpty ? nil : open, body: .row(body),
                    close: close.isEmpty ? nil : close)
            default:
                if token.kind == .closeBrace || acceptedByEnclosing(token) {
                    throw missingRight
                }
                throw unexpected(token)
            }
        }
    }

    /// The delimiter after `\left`, `\right`, `\middle` or `\big`; `""` for `.`.
    private mutating func parseDelimiter(after command: Token) throws(MathError) -> String {
        guard let token = peek else {
            throw MathError(utf8Offset: command.offset, message: "missing delimiter after \(command.spelling)")
        }
        guard let delimiter = Symbols.delimiter(token) else {
            throw MathError(
                utf8Offset: token.offset,
                message: "invalid delimiter \(token.spelling) after \(command.spelling)")
        }
        advance()
        return delimiter
    }

    /// The raw text of `\text{…}` with TeX escapes resolved and spaces normalised.
    private mutating func parseRawText(_ command: Token) throws(MathError) -> String {
        guard let open = peek, open.kind == .openBrace else {
            throw MathError(utf8Offset: command.offset, message: "missing argument for \(command.spelling)")
        }
        var depth = 0
        var close = index
        while close < tokens.count {
            if tokens[close].kind == .openBrace { depth += 1 }
            if tokens[close].kind == .closeBrace { depth -= 1 }
            if depth == 0 { break }
            close += 1
        }
        guard close < tokens.count else {
            throw MathError(utf8Offset: open.offset, message: "missing } to match {")
        }
        let text = try TextContent.decode(source[open.end..<tokens[close].offset])
        index = close + 1
        return text
    }
}
