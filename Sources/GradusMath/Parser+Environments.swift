/// `\begin{…} … \end{…}`: matrices, `aligned`, `gathered`, `cases`.
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
        guard let kind = Self.environments[name] else {
            throw MathError(utf8Offset: begin.offset, message: "unknown environment \(name)")
        }
        let missingEnd = MathError(utf8Offset: begin.offset, message: "missing \\end{\(name)}")
        openEnvironments += 1
        var rows: [[Node]] = []
        var cells: [Node] = []
        while true {
            // In `aligned`, right-hand cells start after an implicit `{}` (so `&= b` keeps its spacing).
            let leadingOrdinary = kind == .aligned && cells.count % 2 == 1
            cells.append(.row(try parseRow(leadingOrdinary: leadingOrdinary)))
            guard let token = peek else { throw missingEnd }
            switch token.kind {
            case .alignmentTab:
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
                    throw MathError(utf8Offset: token.offset,
                                    message: "\\end{\(endName)} does not match \\begin{\(name)}")
                }
                // A trailing `\\` before `\end` does not start a new row.
                if rows.isEmpty || cells != [.row([])] {
                    rows.append(cells)
                }
                openEnvironments -= 1
                return .table(Table(kind: kind, rows: rows))
            default:
                if acceptedByEnclosing(token) {
                    throw missingEnd
                }
                throw unexpected(token)
            }
        }
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
