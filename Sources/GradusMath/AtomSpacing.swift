/// TeX's atom classes and the spacing rules MathML renderers do not apply on their own.
///
/// Browsers choose operator spacing from the operator's position in its `<mrow>` only, so a
/// unary minus after `=` would get binary spacing. TeX instead turns such a binary operator
/// into an ordinary atom; `normalize` does the same before rendering.
enum AtomClass: Equatable {
    case ord, op, bin, rel, open, close, punct, inner

    /// The class of a node; nil for spaces, which TeX's spacing rules skip over.
    init?(_ node: Node) {
        switch node {
        case .space:
            return nil
        case .symbol(_, let symbolClass):
            switch symbolClass {
            case .ordinary: self = .ord
            case .binary: self = .bin
            case .relation: self = .rel
            case .punctuation: self = .punct
            case .open, .fence(.open), .sized(_, .open): self = .open
            case .close, .fence(.close), .sized(_, .close): self = .close
            case .fence(.middle), .sized(_, .middle): self = .rel
            case .sized(_, nil): self = .ord
            }
        case .largeOperator, .function:
            self = .op
        case .scripts(let base, _, _):
            self = AtomClass(base) ?? .ord
        case .fenced:
            self = .inner
        case .stacked(_, _, _, let atomClass):
            self = atomClass
        case .extensibleArrow:
            self = .rel
        case .binaryModulo:
            self = .bin
        default:
            self = .ord
        }
    }
}

enum AtomSpacing {
    /// Applies TeX's rules to one row:
    /// - a binary operator with no operand on its left (start of row, after a relation, an
    ///   opening delimiter, …) or none on its right becomes ordinary (no spacing);
    /// - a unary minus directly before a number is folded into the number (`<mn>−0.5</mn>`);
    /// - adjacent relations are merged (`:=` is one operator, not two spaced ones).
    ///
    /// `leadingOrdinary` / `trailingOrdinary` treat the row as if an ordinary atom preceded /
    /// followed it.
    static func normalize(
        _ items: [Node], leadingOrdinary: Bool,
        trailingOrdinary: Bool = false
    ) -> [Node] {
        var result = items
        let atoms = items.indices.filter { AtomClass(items[$0]) != nil }
        var previous: AtomClass? = leadingOrdinary ? .ord : nil
        for (position, index) in atoms.enumerated() {
            var current = AtomClass(result[index])!
            if current == .bin, let ordinary = result[index].demotedToOrdinary {
                let next =
                    position + 1 < atoms.count
                    ? AtomClass(items[atoms[position + 1]]) : trailingOrdinary ? .ord : nil
                let noLeftOperand = previous.map { [.bin, .op, .rel, .open, .punct].contains($0) } ?? true
                let noRightOperand = next.map { [.rel, .close, .punct].contains($0) } ?? true
                if noLeftOperand || noRightOperand {
                    result[index] = ordinary
                    current = .ord
                }
            }
            previous = current
        }
        return mergingRelations(foldingNegativeNumbers(result))
    }

    private static func foldingNegativeNumbers(_ items: [Node]) -> [Node] {
        var result: [Node] = []
        var index = 0
        while index < items.count {
            if items[index] == .symbol("−", .ordinary), index + 1 < items.count,
                case .number(let digits, nil) = items[index + 1]
            {
                result.append(.number("−" + digits, variant: nil))
                index += 2
            } else {
                result.append(items[index])
                index += 1
            }
        }
        return result
    }

    private static func mergingRelations(_ items: [Node]) -> [Node] {
        var result: [Node] = []
        for item in items {
            if case .symbol(let text, .relation) = item, case .symbol(let previous, .relation)? = result.last {
                result[result.count - 1] = .symbol(previous + text, .relation)
            } else {
                result.append(item)
            }
        }
        return result
    }
}

extension AtomSpacing {
    /// TeX's spaces between atoms (The TeXbook, chapter 18), indexed `[left][right]` in the
    /// order ord, op, bin, rel, open, close, punct, inner: 1 thin, 2 medium, 3 thick; negative
    /// values are dropped in script styles.
    private static let table: [[Int]] = [
        [0, 1, -2, -3, 0, 0, 0, -1],
        [1, 1, 0, -3, 0, 0, 0, -1],
        [-2, -2, 0, 0, -2, 0, 0, -2],
        [-3, -3, 0, 0, -3, 0, 0, -3],
        [0, 0, 0, 0, 0, 0, 0, 0],
        [0, 1, -2, -3, 0, 0, 0, -1],
        [-1, -1, 0, -1, -1, -1, -1, -1],
        [-1, 1, -2, -3, -1, 0, -1, -1],
    ]

    private static let order: [AtomClass] = [.ord, .op, .bin, .rel, .open, .close, .punct, .inner]

    /// TeX's space between atoms of class `left` and `right`, as a CSS length (`0em` for none).
    static func space(between left: AtomClass, and right: AtomClass, inScript: Bool) -> String {
        let code = table[order.firstIndex(of: left)!][order.firstIndex(of: right)!]
        if code == 0 || (code < 0 && inScript) { return "0em" }
        return ["0.1667em", "0.2222em", "0.2778em"][abs(code) - 1]
    }

    /// The spaces TeX puts around an operator or relation that the browser does not space by
    /// itself (it is not an `<mo>`): only toward neighbours that add no space of their own
    /// (ordinary atoms, delimiters, `\left…\right` groups). Operators, relations and
    /// punctuation next to it already bring their space, as `<mo>` or through the renderer.
    static func explicitSpaces(
        around atomClass: AtomClass, before: AtomClass?, after: AtomClass?,
        inScript: Bool
    ) -> (left: String, right: String) {
        let bare: [AtomClass] = [.ord, .open, .close, .inner]
        var left = "0em"
        var right = "0em"
        if let before, bare.contains(before) {
            left = space(between: before, and: atomClass, inScript: inScript)
        }
        if let after, bare.contains(after) {
            right = space(between: atomClass, and: after, inScript: inScript)
        }
        return (left, right)
    }
}

extension Node {
    /// The same binary operator as an ordinary atom (TeX's rule for a binary operator without
    /// operands); nil for nodes that are not binary operators built from a symbol.
    var demotedToOrdinary: Node? {
        switch self {
        case .symbol(let text, _):
            return .symbol(text, .ordinary)
        case .stacked(let base, let annotation, let over, .bin):
            let base = base.demotedToOrdinary ?? base
            return .stacked(base: base, annotation: annotation, over: over, atomClass: .ord)
        default:
            return nil
        }
    }
}
