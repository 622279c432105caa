/// Recursive-descent parser: tokens → `Node` tree.
///
/// Grammar (informally):
///
///     row      := atom*                       (until end, `}`, `&`, `\\`, `\end`, `\right`, `\middle`)
///     atom     := base ( `^` arg | `_` arg | `'` | `\limits` | `\nolimits` )*
///     base     := letter | number | symbol | `{` row `}` | command
///     arg      := `{` row `}` | single token (a command consumes its own arguments)
///
/// Commands and environments live in `Parser+Commands.swift` and `Parser+Environments.swift`.
struct Parser {
    var tokens: [Token]
    /// The source as UTF-8, for re-reading raw text (`\text{…}`).
    let source: [UInt8]
    var index = 0
    /// Alphabet selected by an enclosing `\mathbf{…}` etc.
    var font: MathVariant?
    /// How many enclosing groups / environments / `\left` are open. Used to decide which
    /// construct an unexpected terminator belongs to, for precise error messages.
    var openGroups = 0
    var openEnvironments = 0
    var openLefts = 0
    /// How deeply constructs are nested now; past `maxDepth` the formula is refused rather than overflowing the stack.
    var depth = 0
    static let maxDepth = 100

    init(source: String) throws(MathError) {
        self.tokens = try Tokenizer.tokenize(source)
        self.source = Array(source.utf8)
    }

    /// Parses the whole input as one formula.
    mutating func parseFormula() throws(MathError) -> Node {
        let items = try parseRow()
        if let token = peek {
            throw unexpected(token)
        }
        return .row(items)
    }

    // MARK: Token access

    var peek: Token? {
        index < tokens.count ? tokens[index] : nil
    }

    @discardableResult
    mutating func advance() -> Token {
        defer { index += 1 }
        return tokens[index]
    }

    /// Tokens that end a row; which construct consumes them is decided by the caller.
    static func endsRow(_ token: Token) -> Bool {
        switch token.kind {
        case .closeBrace, .alignmentTab: return true
        case .command(let name): return name == "\\" || name == "end" || name == "right" || name == "middle"
        default: return false
        }
    }

    // MARK: Rows and atoms

    /// Parses atoms until a row terminator (which is not consumed).
    /// - Parameters:
    ///   - leadingOrdinary: treat the row as if an ordinary atom preceded it
    ///     (right-hand cells of `aligned`, where TeX inserts `{}`).
    ///   - trailingOrdinary: treat the row as if an ordinary atom followed it.
    mutating func parseRow(
        leadingOrdinary: Bool = false,
        trailingOrdinary: Bool = false
    ) throws(MathError) -> [Node] {
        var items: [Node] = []
        while let token = peek, !Self.endsRow(token) {
            if case .command(let name) = token.kind, name == "displaystyle" || name == "textstyle" {
                advance()
                try enter(at: token.offset)
                defer { depth -= 1 }
                let rest = try parseRow()
                items.append(.style(display: name == "displaystyle", .row(rest)))
                break
            }
            items.append(try parseAtom())
        }
        return AtomSpacing.normalize(
            items, leadingOrdinary: leadingOrdinary,
            trailingOrdinary: trailingOrdinary)
    }

    mutating func parseAtom() throws(MathError) -> Node {
        let base: Node
        switch peek?.kind {
        case .superscript, .subscript, .symbol("'"): base = .row([])  // `^2` at the start of a group
        default: base = try parseBase()
        }
        return try parseScripts(of: base)
    }

    /// A single token or group, without scripts.
    mutating func parseBase() throws(MathError) -> Node {
        let token = advance()
        switch token.kind {
        case .letter(let text):
            return .identifier(text, variant: font)
        case .number(let text):
            return .number(text, variant: font)
        case .symbol("~"):
            return .space(em: "0.3333em")
        case .symbol(let text):
            let symbol = Symbols.classOf(character: text)
            return .symbol(symbol.text, symbol.symbolClass)
        case .openBrace:
            index -= 1
            return .row(try parseGroup())
        case .command(let name):
            try enter(at: token.offset)
            defer { depth -= 1 }
            return try parseCommand(name, token)
        case .closeBrace, .alignmentTab, .superscript, .subscript:
            throw unexpected(token)
        }
    }

    /// Counts one more level of nesting, refusing the formula past `maxDepth`. Every path by which the parser
    /// recurses passes here (a group, a command and its arguments, a style switch), so the depth of the stack and of
    /// the tree the renderer walks stays bounded; the caller decrements `depth` when it leaves.
    mutating func enter(at offset: Int) throws(MathError) {
        depth += 1
        guard depth <= Self.maxDepth else {
            depth -= 1
            throw MathError(utf8Offset: offset, message: "the formula is nested more than \(Self.maxDepth) levels deep")
        }
    }

    /// Sub/superscripts, primes and `\limits`/`\nolimits` after a base.
    mutating func parseScripts(of nucleus: Node) throws(MathError) -> Node {
        var base = nucleus
        var sub: Node?
        var sup: Node?
        var primes = 0
        scanning: while let token = peek {
            switch token.kind {
            case .symbol("'"):
                guard sup == nil else { throw MathError(utf8Offset: token.offset, message: "double superscript") }
                advance()
                primes += 1
            case .superscript:
                guard sup == nil else { throw MathError(utf8Offset: token.offset, message: "double superscript") }
                advance()
                let script = try parseArgument(
                    orThrow: MathError(utf8Offset: token.offset, message: "missing superscript after ^"))
                sup = primes > 0 ? .row([Self.prime(primes), script]) : script
            case .subscript:
                guard sub == nil else { throw MathError(utf8Offset: token.offset, message: "double subscript") }
                advance()
                sub = try parseArgument(
                    orThrow: MathError(utf8Offset: token.offset, message: "missing subscript after _"))
            case .command(let name) where name == "limits" || name == "nolimits":
                guard sub == nil, sup == nil, primes == 0,
                    let changed = base.withLimits(name == "limits" ? .always : .never)
                else {
                    throw MathError(
                        utf8Offset: token.offset,
                        message: "\\\(name) is only allowed right after a large operator or function")
                }
                advance()
                base = changed
            default:
                break scanning
            }
        }
        if primes > 0, sup == nil {
            sup = Self.prime(primes)
        }
        guard sub != nil || sup != nil else { return base }
        return .scripts(base: base, sub: sub, sup: sup)
    }

    private static func prime(_ count: Int) -> Node {
        let marks = ["′", "″", "‴"]
        let text = count <= marks.count ? marks[count - 1] : String(repeating: "′", count: count)
        return .symbol(text, .ordinary)
    }

    /// A command or script argument: a `{…}` group or a single token.
    /// - Parameter betweenOrdinaries: space a group as if ordinary atoms surrounded it, so that a
    ///   lone `+` stays a binary operator (amsmath's `\overset` classifies its base that way).
    mutating func parseArgument(
        orThrow missing: MathError,
        betweenOrdinaries: Bool = false
    ) throws(MathError) -> Node {
        guard let token = peek else { throw missing }
        switch token.kind {
        case .openBrace:
            return .row(try parseGroup(betweenOrdinaries: betweenOrdinaries))
        case .closeBrace, .alignmentTab, .superscript, .subscript, .symbol("'"):
            throw missing
        case .command(let name) where name == "\\" || name == "end" || name == "right" || name == "middle":
            throw missing
        case .number(let digits) where digits.count > 1:
            // An undelimited argument is a single character: `\frac12` is `\frac{1}{2}`.
            let first = String(digits.prefix(1))
            tokens[index] = Token(
                kind: .number(String(digits.dropFirst())),
                offset: token.offset + 1, length: token.length - 1)
            return first == "." ? .symbol(".", .ordinary) : .number(first, variant: font)
        default:
            return try parseBase()
        }
    }

    /// `{ row }`; the current token must be `{`.
    mutating func parseGroup(betweenOrdinaries: Bool = false) throws(MathError) -> [Node] {
        let open = advance()
        try enter(at: open.offset)
        defer { depth -= 1 }
        openGroups += 1
        let items = try parseRow(
            leadingOrdinary: betweenOrdinaries,
            trailingOrdinary: betweenOrdinaries)
        openGroups -= 1
        guard let token = peek, token.kind == .closeBrace else {
            if let token = peek, !acceptedByEnclosing(token) {
                throw unexpected(token)
            }
            throw MathError(utf8Offset: open.offset, message: "missing } to match {")
        }
        advance()
        return items
    }

    // MARK: Errors

    /// Whether an enclosing construct would accept `token` as its terminator.
    func acceptedByEnclosing(_ token: Token) -> Bool {
        switch token.kind {
        case .closeBrace: return openGroups > 0
        case .alignmentTab, .command("\\"), .command("end"): return openEnvironments > 0
        case .command("right"), .command("middle"): return openLefts > 0
        default: return false
        }
    }

    /// The error for a token that no construct accepts at this point.
    func unexpected(_ token: Token) -> MathError {
        let message: String
        switch token.kind {
        case .closeBrace:
            message = "unexpected } without matching {"
        case .alignmentTab:
            message = "misplaced & (only allowed inside matrix, aligned or cases)"
        case .command("\\"):
            message = "misplaced \\\\ (only allowed inside matrix, aligned or cases)"
        case .command("end"):
            let name = peekEnvironmentName(at: index + 1).map { "{\($0.name)}" } ?? ""
            message = "\\end\(name) without matching \\begin"
        case .command("right"):
            message = "\\right without matching \\left"
        case .command("middle"):
            message = "\\middle without matching \\left"
        default:
            message = "unexpected \(token.spelling)"
        }
        return MathError(utf8Offset: token.offset, message: message)
    }
}

extension Node {
    /// The same large operator or function with different limit placement; nil for other nodes.
    func withLimits(_ limits: Limits) -> Node? {
        switch self {
        case .largeOperator(let text, _): return .largeOperator(text, limits: limits)
        case .function(let name, _): return .function(name: name, limits: limits)
        default: return nil
        }
    }
}
