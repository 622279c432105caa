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
    static func normalize(_ items: [Node], leadingOrdinary: Bool) -> [Node] {
        var result = items
        let atoms = items.indices.filter { AtomClass(items[$0]) != nil }
        var previous: AtomClass? = leadingOrdinary ? .ord : nil
        for (position, index) in atoms.enumerated() {
            var current = AtomClass(result[index])!
            if current == .bin, case .symbol(let text, _) = result[index] {
                let next = position + 1 < atoms.count ? AtomClass(items[atoms[position + 1]]) : nil
                let noLeftOperand = previous.map { [.bin, .op, .rel, .open, .punct].contains($0) } ?? true
                let noRightOperand = next.map { [.rel, .close, .punct].contains($0) } ?? true
                if noLeftOperand || noRightOperand {
                    result[index] = .symbol(text, .ordinary)
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
               case .number(let digits, nil) = items[index + 1] {
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
