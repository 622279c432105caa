/// Expressions as TeX, as a textbook typesets them: `2 x_{1}^{2}`, `\frac{1}{2 \sqrt{x}}`, `\cos(c x)`.
///
/// Parentheses appear only where precedence needs them; division is a fraction; a product is juxtaposition, with
/// `\cdot` before a number. Names are shown as math (see `FormulaNames.tex`).
extension Expression {
    /// The expression as TeX, with `variables` naming the variable indices.
    public func tex(variables: [String]) -> String { TeXPrinter(variables: variables).tex(self) }
}

/// Prints expression trees as TeX.
struct TeXPrinter {
    let variables: [String]

    /// Binding strength: sums 1, products 2, a leading minus 3, powers 4, atoms (and fractions, roots, calls) 5.
    static func precedence(_ expression: Expression) -> Int {
        switch expression {
        case .number(let x): x < 0 ? 3 : 5
        case .constant, .variable, .call: 5
        case .negate: 3
        case .binary(.add, _, _), .binary(.subtract, _, _): 1
        case .binary(.multiply, _, _): 2
        case .binary(.divide, _, _): 5
        case .binary(.power, _, _): 4
        }
    }

    func tex(_ expression: Expression) -> String {
        switch expression {
        case .number(let x): return Self.number(x)
        case .constant(let name, _): return name == "e" ? "e" : FormulaNames.tex(name)
        case .variable(let index): return FormulaNames.tex(variables[index])
        case .negate(let a): return "-" + wrapped(a, below: 2)
        case .call(let function, let a): return call(function, a)
        case .binary(let op, let a, let b):
            switch op {
            case .add: return tex(a) + " + " + operand(b, below: 2)
            case .subtract: return tex(a) + " - " + operand(b, below: 2)
            case .multiply:
                let left = wrapped(a, below: 2)
                let right = operand(b, below: 2)
                let needsDot = right.first.map { $0.isNumber || $0 == "." } == true || Self.precedence(b) == 3
                return left + (needsDot ? " \\cdot " : " ") + right
            case .divide: return "\\frac{" + tex(a) + "}{" + tex(b) + "}"
            case .power:
                if case .call(let function, let inner) = a, let name = Self.operatorName(function) {
                    return name + "^{" + tex(b) + "}" + argument(inner)
                }
                let base = tex(a)
                if case .binary(.divide, _, _) = a { return Self.parenthesized(base) + "^{" + tex(b) + "}" }
                return (Self.precedence(a) < 5 ? Self.parenthesized(base) : base) + "^{" + tex(b) + "}"
            }
        }
    }

    /// `tex(e)`, in parentheses when it binds less tightly than `level`.
    func wrapped(_ expression: Expression, below level: Int) -> String {
        let text = tex(expression)
        return Self.precedence(expression) < level ? Self.parenthesized(text) : text
    }

    /// A right operand: a leading minus is parenthesised too (a + (−b), 2·(−x)).
    func operand(_ expression: Expression, below level: Int) -> String {
        Self.precedence(expression) == 3 ? Self.parenthesized(tex(expression)) : wrapped(expression, below: level)
    }

    static func parenthesized(_ text: String) -> String {
        text.contains("\\frac") ? "\\left(" + text + "\\right)" : "(" + text + ")"
    }

    func argument(_ expression: Expression) -> String { Self.parenthesized(tex(expression)) }

    /// The TeX operator of a function written `\name(…)`, which may also carry a power (`\cos^{2}(x)`).
    static func operatorName(_ function: FormulaFunction) -> String? {
        switch function {
        case .sin, .cos, .tan, .sinh, .cosh, .tanh, .log: "\\" + function.rawValue
        case .asin: "\\arcsin"
        case .acos: "\\arccos"
        case .atan: "\\arctan"
        case .log2: "\\log_{2}"
        case .log10: "\\log_{10}"
        case .sign: "\\operatorname{sign}"
        case .sigmoid: "\\sigma"
        case .exp, .sqrt, .abs: nil
        }
    }

    func call(_ function: FormulaFunction, _ a: Expression) -> String {
        switch function {
        case .exp: "e^{" + tex(a) + "}"
        case .sqrt: "\\sqrt{" + tex(a) + "}"
        case .abs: "\\left|" + tex(a) + "\\right|"
        default: (Self.operatorName(function) ?? function.rawValue) + argument(a)
        }
    }

    /// A number as TeX: the shortest decimal that reads back, a power of ten as `\times 10^{k}`.
    static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        let text = "\(x)"
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
        let mantissa = text[..<e]
        let exponent = Int(text[text.index(after: e)...]) ?? 0
        return (mantissa == "1" || mantissa == "1.0" ? "" : mantissa + " \\times ") + "10^{\(exponent)}"
    }
}

extension FormulaNames {
    static let greek: Set<String> = [
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu",
        "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda",
        "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega",
    ]

    /// A name as math: `x1` and `x_1` → `x_{1}`, `theta1` → `\theta_{1}`, `lambda` → `\lambda`, `rate` → `\mathrm{rate}`.
    /// The part after the first `_` (or trailing digits) is a subscript.
    public static func tex(_ name: String) -> String {
        var base = Substring(name)
        var subscriptPart: Substring = ""
        if let underscore = name.firstIndex(of: "_") {
            base = name[..<underscore]
            subscriptPart = name[name.index(after: underscore)...]
        } else if let firstDigit = name.firstIndex(where: \.isNumber), firstDigit != name.startIndex,
            name[firstDigit...].allSatisfy(\.isNumber)
        {
            base = name[..<firstDigit]
            subscriptPart = name[firstDigit...]
        }
        let head = word(base)
        if subscriptPart.isEmpty { return head }
        return head + "_{" + (subscriptPart.allSatisfy(\.isNumber) ? String(subscriptPart) : tex(String(subscriptPart)))
            + "}"
    }

    /// One word as math: a letter as itself, a Greek name as its letter, anything longer upright.
    static func word(_ word: Substring) -> String {
        if word.count == 1 { return String(word) }
        if greek.contains(String(word)) { return "\\" + word }
        if word.isEmpty { return "" }
        return "\\mathrm{" + word + "}"
    }
}
