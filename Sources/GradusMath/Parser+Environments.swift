/// `\begin{…} … \end{…}`: matrices, `aligned`, `gathered`, `cases`, `array`.
extension Parser {
    static let environments: [String: Table.Kind] = [
        "matrix": .matrix(open: nil, close: nil),
        "pmatrix": .matrix(open: "(", close: ")"),
        "bmatrix": .matrix(open: "[", close: "]"),
        "Bmatrix": .matrix(open: "{", close: "}"),
        "vmatrix": .matrix(open: "|", close: "|"),
        "Vmatrix": .matrix(open: "‖", close: "‖"),
        "aligned": .aligned, "align": .aligned, "align*": .aligned, "split": .aligned,
        "gathered": .gathered, "gather": .gathered, "gather*": .gathered,
        "cases": .cases,
    ]

    mutating func parseEnvironment(_ begin: Token) throws(MathError) -> Node {
        guard let name = readEnvironmentName() else {
            throw MathError(utf8Offset: begin.offset, message: "missing environment name after \\begin")
        }
        let kind: Table.Kind
        if name == "array" {
            kind = .array(try parseArraySpec(after: begin))
        } else if let known = Self.environments[name] {
            kind = known
        } else {
            throw MathError(utf8Offset: begin.offset, message: "unknown environment \(name)")
        }
        let missingEnd = MathError(utf8Offset: begin.offset, message: "missing \\end{\(name)}")
        openEnvironments += 1
        var rows: [[Node]] = []
        var cells: [Node] = []
        // `array` only: the number of `\hline`s at the start of each row.
        var horizontalRules: [Int] = []
        while true {
            if case .array = kind, cells.isEmpty {
                var count = 0
                while peek?.kind == .command("hline") {
                    advance()
                    count += 1
                }
                horizontalRules.append(count)
            }
            // In `aligned`, right-hand cells start after an implicit `{}` (so `&= b` keeps its spacing).
            let leadingOrdinary = kind == .aligned && cells.count % 2 == 1
            cells.append(.row(try parseRow(leadingOrdinary: leadingOrdinary)))
            guard let token = peek else { throw missingEnd }
            switch token.kind {
            case .alignmentTab:
                if case .array(let spec) = kind, cells.count >= spec.alignments.count {
                    let count = spec.alignments.count
                    let columns = count == 1 ? "1 column" : "\(count) columns"
                    throw MathError(
                        utf8Offset: token.offset,
                        message: "extra & in array row (the column specification has \(columns))")
                }
                advance()
            case .command("\\"):
                advance()
                skipOptionalRowSpacing()
                rows.append(cells)
                cells = []
            case .command("end"):
                advance()
                guard let endName = readEnvironmentName() else {
                    throw MathError(utf8Offset: token.offset, message: "missing environment name after \\end")
                }
                guard endName == name else {
                    throw MathError(
                        utf8Offset: token.offset,
                        message: "\\end{\(endName)} does not match \\begin{\(name)}")
                }
                // A trailing `\\` before `\end` does not start a new row (its `\hline`s go below
                // the last row).
                if rows.isEmpty || cells != [.row([])] {
                    rows.append(cells)
                    horizontalRules.append(0)
                }
                openEnvironments -= 1
                if case .array = kind {
                    return .table(Table(kind: kind, rows: rows, horizontalRules: horizontalRules))
                }
                return .table(Table(kind: kind, rows: rows))
            default:
                if acceptedByEnclosing(token) {
                    throw missingEnd
                }
                throw unexpected(token)
            }
        }
    }

    /// The column specification `{lc|r}` after `\begin{array}`: `l`, `c`, `r` columns and `|`
    /// rules between them.
    private mutating func parseArraySpec(after begin: Token) throws(MathError) -> ArraySpec {
        guard let open = peek, open.kind == .openBrace else {
            throw MathError(
                utf8Offset: peek?.offset ?? begin.offset,
                message: "missing column specification after \\begin{array}, e.g. {lcr}")
        }
        advance()
        var spec = ArraySpec(alignments: [], rules: [0])
        while let token = peek, token.kind != .closeBrace {
            switch token.kind {
            case .letter(let letter) where letter == "l" || letter == "c" || letter == "r":
                spec.alignments.append(letter == "l" ? .left : letter == "c" ? .center : .right)
                spec.rules.append(0)
            case .symbol("|"):
                spec.rules[spec.rules.count - 1] += 1
            default:
                let use = "use l, c, r and |"
                throw MathError(
                    utf8Offset: token.offset,
                    message: "invalid column specification \(token.spelling) in array (\(use))")
            }
            advance()
        }
        guard peek != nil else {
            throw MathError(utf8Offset: open.offset, message: "missing } to match {")
        }
        advance()
        guard !spec.alignments.isEmpty else {
            throw MathError(
                utf8Offset: open.offset,
                message: "empty column specification for array (use l, c, r and |)")
        }
        return spec
    }

    /// Reads `{name}` after `\begin` / `\end`.
    private mutating func readEnvironmentName() -> String? {
        guard let (name, next) = peekEnvironmentName(at: index) else { return nil }
        index = next
        return name
    }

    /// The `{name}` starting at token `start`, and the index after it.
    func peekEnvironmentName(at start: Int) -> (name: String, next: Int)? {
        guard start < tokens.count, tokens[start].kind == .openBrace else { return nil }
        var name = ""
        var position = start + 1
        while position < tokens.count {
            switch tokens[position].kind {
            case .letter(let text), .symbol(let text):
                name += text
            case .closeBrace:
                return name.isEmpty ? nil : (name, position + 1)
            default:
                return nil
            }
            position += 1
        }
        return nil
    }

    /// Ignores the `[3pt]` of `\\[3pt]`.
    private mutating func skipOptionalRowSpacing() {
        guard peek?.kind == .symbol("[") else { return }
        var position = index + 1
        while position < tokens.count {
            if tokens[position].kind == .symbol("]") {
                index = position + 1
                return
            }
            if Self.endsRow(tokens[position]) { return }
            position += 1
        }
    }
}
