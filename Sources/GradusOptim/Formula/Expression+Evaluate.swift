#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension Expression {
    /// The value at a point, computed as the compiled tape computes it (x^2 as x·x, x^-1 as 1/x, other powers with
    /// C `pow`). For constants and tests; runs use the tape.
    public func value(at point: [Double]) -> Double {
        switch self {
        case .number(let x): return x
        case .constant(_, let x): return x
        case .variable(let index): return point[index]
        case .negate(let a): return -a.value(at: point)
        case .call(let function, let a): return function.evaluate(a.value(at: point))
        case .binary(let op, let a, let b):
            let x = a.value(at: point)
            let y = b.value(at: point)
            switch op {
            case .add: return x + y
            case .subtract: return x - y
            case .multiply: return x * y
            case .divide: return x / y
            case .power: return b.isConstant ? Tape.power(x, constant: y) : pow(x, y)
            }
        }
    }
}
