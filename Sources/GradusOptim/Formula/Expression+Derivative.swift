/// The symbolic derivative, simplified as it is built (see `Expression+Simplify.swift`).
extension Expression {
    /// ∂self/∂x_variable.
    public func derivative(withRespectTo variable: Int) -> Expression {
        switch self {
        case .number, .constant: return .number(0)
        case .variable(let index): return .number(index == variable ? 1 : 0)
        case .negate(let a): return .negated(a.derivative(withRespectTo: variable))
        case .call(let function, let a):
            let inner = a.derivative(withRespectTo: variable)
            if inner.numberValue == 0 { return .number(0) }
            return .product(function.derivative(a), inner)
        case .binary(let op, let a, let b):
            let da = a.derivative(withRespectTo: variable)
            let db = b.derivative(withRespectTo: variable)
            switch op {
            case .add: return .sum(da, db)
            case .subtract: return .difference(da, db)
            case .multiply: return .sum(.product(da, b), .product(a, db))
            case .divide:
                // (a/b)′ = a′/b − a·b′/b², written so that a constant denominator stays a plain quotient.
                if db.numberValue == 0 { return .quotient(da, b) }
                return .quotient(.difference(.product(da, b), .product(a, db)), .power(b, .number(2)))
            case .power:
                if db.numberValue == 0 {
                    // (aⁿ)′ = n·aⁿ⁻¹·a′ for a constant exponent n.
                    if da.numberValue == 0 { return .number(0) }
                    let exponent: Expression =
                        if let n = b.numberValue { .number(n - 1) } else { .difference(b, .number(1)) }
                    return .product(.product(b, .power(a, exponent)), da)
                }
                // (aᵇ)′ = aᵇ·(b′·ln a + b·a′/a).
                let lnA = Expression.call(.log, a)
                return .product(self, .sum(.product(db, lnA), .quotient(.product(b, da), a)))
            }
        }
    }
}
