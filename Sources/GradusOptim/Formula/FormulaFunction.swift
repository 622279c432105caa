#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A function a formula may call, with its value and its derivative.
public enum FormulaFunction: String, Sendable, CaseIterable {
    case sin, cos, tan, asin, acos, atan
    case sinh, cosh, tanh
    case exp, log, log2, log10, sqrt
    case abs, sign, sigmoid

    /// The names a formula may call, in the order the documentation lists them.
    public static var names: [String] { allCases.map(\.rawValue) }

    /// f(x), with the C library's functions (as NumPy calls them); σ(x) = 1/(1 + e⁻ˣ).
    @inline(__always)
    public func evaluate(_ x: Double) -> Double {
        switch self {
        case .sin: Glibc.sin(x)
        case .cos: Glibc.cos(x)
        case .tan: Glibc.tan(x)
        case .asin: Glibc.asin(x)
        case .acos: Glibc.acos(x)
        case .atan: Glibc.atan(x)
        case .sinh: Glibc.sinh(x)
        case .cosh: Glibc.cosh(x)
        case .tanh: Glibc.tanh(x)
        case .exp: Glibc.exp(x)
        case .log: Glibc.log(x)
        case .log2: Glibc.log2(x)
        case .log10: Glibc.log10(x)
        case .sqrt: x.squareRoot()
        case .abs: Swift.abs(x)
        case .sign: x > 0 ? 1 : (x < 0 ? -1 : 0)
        case .sigmoid: 1 / (1 + Glibc.exp(-x))
        }
    }

    /// f′(x), given x and y = f(x) (several derivatives are cheapest from y).
    @inline(__always)
    func slope(_ x: Double, _ y: Double) -> Double {
        switch self {
        case .sin: Glibc.cos(x)
        case .cos: -Glibc.sin(x)
        case .tan: 1 + y * y
        case .asin: 1 / (1 - x * x).squareRoot()
        case .acos: -1 / (1 - x * x).squareRoot()
        case .atan: 1 / (1 + x * x)
        case .sinh: Glibc.cosh(x)
        case .cosh: Glibc.sinh(x)
        case .tanh: 1 - y * y
        case .exp: y
        case .log: 1 / x
        case .log2: 1 / (x * Double.ln2)
        case .log10: 1 / (x * Double.ln10)
        case .sqrt: 0.5 / y
        case .abs: x > 0 ? 1 : (x < 0 ? -1 : 0)
        case .sign: 0
        case .sigmoid: y * (1 - y)
        }
    }

    /// f′(u) as an expression in u, for the symbolic derivative (simplified as it is built).
    func derivative(_ u: Expression) -> Expression {
        switch self {
        case .sin: .call(.cos, u)
        case .cos: .negated(.call(.sin, u))
        // 1/cos²u rather than 1 + tan²u: the form textbooks print.
        case .tan: .quotient(.number(1), .power(.call(.cos, u), .number(2)))
        case .asin: .quotient(.number(1), .call(.sqrt, .difference(.number(1), .power(u, .number(2)))))
        case .acos: .negated(.quotient(.number(1), .call(.sqrt, .difference(.number(1), .power(u, .number(2))))))
        case .atan: .quotient(.number(1), .sum(.number(1), .power(u, .number(2))))
        case .sinh: .call(.cosh, u)
        case .cosh: .call(.sinh, u)
        case .tanh: .difference(.number(1), .power(.call(.tanh, u), .number(2)))
        case .exp: .call(.exp, u)
        case .log: .quotient(.number(1), u)
        case .log2: .quotient(.number(1), .product(u, .call(.log, .number(2))))
        case .log10: .quotient(.number(1), .product(u, .call(.log, .number(10))))
        case .sqrt: .quotient(.number(1), .product(.number(2), .call(.sqrt, u)))
        case .abs: .call(.sign, u)
        case .sign: .number(0)
        case .sigmoid: .product(.call(.sigmoid, u), .difference(.number(1), .call(.sigmoid, u)))
        }
    }
}

extension Double {
    static let ln2 = 0.693_147_180_559_945_309_417_232_121_458
    static let ln10 = 2.302_585_092_994_045_684_017_991_454_684
}
