/// Constructors that simplify as they build: what the symbolic derivative uses, so that its result reads as a
/// textbook would print it.
///
/// The rules keep values exact: numbers are folded only when the result is exactly representable in the
/// same way the compiled tape would compute it (one IEEE operation), and identities are dropped (0 + a, a − 0,
/// 1·a, a·0, a/1, a¹, a⁰, −(−a)). Named constants are never folded, so they stay visible by name.
extension Expression {
    static func sum(_ a: Expression, _ b: Expression) -> Expression {
        if let x = a.numberValue, let y = b.numberValue { return .number(x + y) }
        if a.numberValue == 0 { return b }
        if b.numberValue == 0 { return a }
        if case .negate(let inner) = b { return difference(a, inner) }
        if let y = b.numberValue, y < 0 { return .binary(.subtract, a, .number(-y)) }
        if a == b { return product(.number(2), a) }
        return .binary(.add, a, b)
    }

    static func difference(_ a: Expression, _ b: Expression) -> Expression {
        if let x = a.numberValue, let y = b.numberValue { return .number(x - y) }
        if b.numberValue == 0 { return a }
        if a.numberValue == 0 { return negated(b) }
        if case .negate(let inner) = b { return sum(a, inner) }
        return .binary(.subtract, a, b)
    }

    static func negated(_ a: Expression) -> Expression {
        switch a {
        case .number(let x): return .number(-x)
        case .negate(let inner): return inner
        // −(a − b) = b − a.
        case .binary(.subtract, let x, let y): return .binary(.subtract, y, x)
        case .binary(.multiply, _, _): return product(.number(-1), a)
        default: return .negate(a)
        }
    }

    /// A product, flattened: numbers multiplied into one coefficient in front (a minus sign outside), then named
    /// constants, then the other factors in their order, so 2·(−x)·c·y reads −2 c x y.
    static func product(_ a: Expression, _ b: Expression) -> Expression {
        if let x = a.numberValue, let y = b.numberValue { return .number(x * y) }
        if a.numberValue == 0 || b.numberValue == 0 { return .number(0) }
        var coefficient = 1.0
        var constants: [Expression] = []
        var others: [Expression] = []
        func collect(_ e: Expression) {
            switch e {
            case .number(let x): coefficient *= x
            case .negate(let inner):
                coefficient = -coefficient
                collect(inner)
            case .binary(.multiply, let left, let right):
                collect(left)
                collect(right)
            default:
                if e.isConstant { constants.append(e) } else { others.append(e) }
            }
        }
        collect(a)
        collect(b)
        let factors = constants + others
        guard coefficient != 0, let first = factors.first else { return .number(coefficient) }
        var core = first
        if factors.count == 2, factors[0] == factors[1] {
            core = power(first, .number(2))
        } else {
            for factor in factors.dropFirst() { core = .binary(.multiply, core, factor) }
        }
        let magnitude = abs(coefficient)
        let scaled = magnitude == 1 ? core : .binary(.multiply, .number(magnitude), core)
        return coefficient < 0 ? .negate(scaled) : scaled
    }

    static func quotient(_ a: Expression, _ b: Expression) -> Expression {
        if let x = a.numberValue, let y = b.numberValue, y != 0, (x / y) * y == x { return .number(x / y) }
        if a.numberValue == 0, b.numberValue != 0 { return .number(0) }
        if b.numberValue == 1 { return a }
        if b.numberValue == -1 { return negated(a) }
        // (k·a)/m with whole k and m: the fraction in lowest terms, as 2x/8 = x/4.
        if case .binary(.multiply, .number(let k), let rest) = a, let m = b.numberValue, let whole = wholeRatio(k, m) {
            return quotient(product(.number(whole.numerator), rest), .number(whole.denominator))
        }
        if case .negate(let inner) = a { return negated(quotient(inner, b)) }
        if let x = a.numberValue, x < 0 { return negated(quotient(.number(-x), b)) }
        if case .negate(let inner) = b { return negated(quotient(a, inner)) }
        return .binary(.divide, a, b)
    }

    static func power(_ a: Expression, _ b: Expression) -> Expression {
        if b.numberValue == 1 { return a }
        if b.numberValue == 0 { return .number(1) }
        if a.numberValue == 1 { return .number(1) }
        if let x = a.numberValue, let n = b.numberValue, n == n.rounded(), abs(n) <= 4, x != 0 {
            var result = 1.0
            for _ in 0..<Int(abs(n)) { result *= x }
            if n > 0 || (1 / result) * result == 1 { return .number(n > 0 ? result : 1 / result) }
        }
        // (aᵐ)ⁿ = aᵐⁿ for whole m, n (the sign of a cannot matter then).
        if case .binary(.power, let base, .number(let m)) = a, let n = b.numberValue, m == m.rounded(), n == n.rounded()
        {
            return power(base, .number(m * n))
        }
        return .binary(.power, a, b)
    }

    /// k/m in lowest terms when both are whole numbers of moderate size and the fraction reduces.
    private static func wholeRatio(_ k: Double, _ m: Double) -> (numerator: Double, denominator: Double)? {
        guard k == k.rounded(), m == m.rounded(), abs(k) < 1e9, abs(m) < 1e9, m != 0 else { return nil }
        var a = Int(abs(k))
        var b = Int(abs(m))
        while b != 0 { (a, b) = (b, a % b) }
        guard a > 1 || m < 0 else { return nil }
        let g = Double(a) * (m < 0 ? -1 : 1)
        return (k / g, m / g)
    }
}
