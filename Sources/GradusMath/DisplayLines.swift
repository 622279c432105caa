/// Where a display formula may break across lines on a narrow screen.
///
/// MathML Core has no automatic line breaking, so a long display formula is split when it is rendered: its
/// top-level row into pieces that each begin with a relation (`J(θ)`, `= ½(θ₁ − 3)²`, `= 14.5`), and a piece into
/// terms that each begin with a binary operator. Pieces and terms are `<mrow>`s in an `<mrow class="lines">`,
/// which the page's stylesheet lays out as a wrapping row: a piece goes to the next line only when it does not
/// fit, a piece breaks at its operators only when it does not fit a line alone, and a formula that fits is
/// laid out exactly as one row.
struct DisplayLines: Equatable {
    /// Indices of the top-level items that begin a piece, after the first.
    var pieces: [Int] = []
    /// Indices of the top-level items that begin a term inside a piece, after the piece's first.
    var terms: [Int] = []

    var isEmpty: Bool { pieces.isEmpty && terms.isEmpty }

    init(_ items: [Node]) {
        var previous: AtomClass?
        var depth = 0
        // Binary operators that may begin a term: (index, piece, depth inside parentheses).
        var candidates: [(index: Int, piece: Int, depth: Int)] = []
        for (index, item) in items.enumerated() {
            guard let atomClass = AtomClass(item) else { continue }
            defer { previous = atomClass }
            if atomClass == .close { depth -= 1 }
            if atomClass == .open { depth += 1 }
            guard let before = previous else { continue }
            if depth == 0, atomClass == .rel, before != .rel, item.breaksAsRelation {
                pieces.append(index)
                continue
            }
            // A binary operator after an operand (not a sign after a relation, another operator or an opening).
            if atomClass == .bin, case .symbol(_, .binary) = item, [.ord, .close, .inner, .op].contains(before) {
                candidates.append((index, pieces.count, depth))
            }
        }
        // In each piece, only the outermost operators: `a(b − c) + d` breaks before `+`, never inside `(b − c)`.
        for piece in 0...pieces.count {
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
