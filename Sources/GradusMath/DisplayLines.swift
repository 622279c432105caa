/// Where a display formula may break across lines on a narrow screen.
///
/// MathML Core has no automatic line breaking, so a long display formula is split when it is rendered, in three
/// levels: its top-level row into statements (after a comma or semicolon followed by a space, as in
/// `s = s + g², \quad θ = …`), a statement into pieces that each begin with a relation (`J(θ)`, `= ½(θ₁ − 3)²`,
/// `= 14.5`), and a piece into terms that each begin with one of its outermost binary operators. A level with more
/// than one part is an `<mrow class="lines">` of `<mrow>`s, which the page's stylesheet lays out as a wrapping
/// row: a part goes to the next line only when it does not fit, breaks into its own parts only when it does not fit
/// a line alone, and a formula that fits is laid out exactly as one row.
struct DisplayLines: Equatable {
    /// Indices of the top-level items that begin a statement, a piece and a term (each after the first).
    var statements: [Int] = []
    var pieces: [Int] = []
    var terms: [Int] = []

    var isEmpty: Bool { statements.isEmpty && pieces.isEmpty && terms.isEmpty }

    /// The breaks, outermost level first.
    var levels: [[Int]] { [statements, pieces, terms] }

    init(_ items: [Node]) {
        var previous: AtomClass?
        var depth = 0
        var spaced = false
        // Binary operators that may begin a term: (index, piece, depth inside parentheses).
        var candidates: [(index: Int, piece: Int, depth: Int)] = []
        for (index, item) in items.enumerated() {
            guard let atomClass = AtomClass(item) else {
                spaced = true
                continue
            }
            defer {
                previous = atomClass
                spaced = false
            }
            if atomClass == .close { depth -= 1 }
            if atomClass == .open { depth += 1 }
            guard let before = previous else { continue }
            if depth == 0, before == .punct, spaced {
                statements.append(index)
            } else if depth == 0, atomClass == .rel, before != .rel, item.breaksAsRelation {
                pieces.append(index)
            } else if atomClass == .bin, case .symbol(_, .binary) = item, [.ord, .close, .inner, .op].contains(before) {
                // A binary operator after an operand (not a sign after a relation, an operator or an opening).
                candidates.append((index, statements.count + pieces.count, depth))
            }
        }
        // In each piece, only the outermost operators: `a(b − c) + d` breaks before `+`, never inside `(b − c)`.
        for piece in 0...(statements.count + pieces.count) {
            let inPiece = candidates.filter { $0.piece == piece }
            guard let outermost = inPiece.map(\.depth).min() else { continue }
            terms += inPiece.filter { $0.depth == outermost }.map(\.index)
        }
    }
}

extension Node {
    /// A relation that a line may start with: a plain relation symbol, an annotated or arrow relation.
    fileprivate var breaksAsRelation: Bool {
        switch self {
        case .symbol(_, .relation), .extensibleArrow: true
        case .stacked(_, _, _, let atomClass): atomClass == .rel
        default: false
        }
    }
}
