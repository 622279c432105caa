import GradusOptim

/// A formula as a Python expression over NumPy (`np.sin`, …) or torch (`torch.sin`, …), with the formula's variable
/// names where they are Python identifiers.
struct PythonExpression {
    enum Library: String {
        case numpy = "np"
        case torch
    }

    let library: Library
    /// The Python name of each variable, by index.
    let variables: [String]

    /// `expression` as Python source.
    func source(_ expression: Expression) -> String { write(expression, context: 0) }

    /// Binding strength: sums 1, products 2, unary minus 3, powers 4, atoms 5.
    private func write(_ e: Expression, context: Int) -> String {
        let (text, strength) = render(e)
        return strength < context ? "(" + text + ")" : text
    }

    private func render(_ e: Expression) -> (String, Int) {
        switch e {
        case .number(let x):
            let magnitude = Swift.abs(x)
            // Whole numbers read as in the formula (`x**2`, `y / 8`); Python divides and raises integers exactly so.
            let text =
                magnitude < 1e15 && magnitude == magnitude.rounded()
                ? String(Int(magnitude)) : PythonLiteral.number(magnitude)
            return x < 0 || (x == 0 && x.sign == .minus) ? ("-" + text, 3) : (text, 5)
        case .constant(let name, let value):
            switch name {
            case "pi": return ("\(library.rawValue).pi", 5)
            case "e": return ("\(library.rawValue).e", 5)
            default:
                return PythonName.isUsable(name) ? (name, 5) : render(.number(value))
            }
        case .variable(let index):
            return (variables[index], 5)
        case .negate(let a):
            return ("-" + write(a, context: 3), 3)
        case .binary(let op, let a, let b):
            switch op {
            case .add: return (write(a, context: 1) + " + " + write(b, context: 2), 1)
            case .subtract: return (write(a, context: 1) + " - " + write(b, context: 2), 1)
            case .multiply: return (write(a, context: 2) + " * " + write(b, context: 3), 2)
            case .divide: return (write(a, context: 2) + " / " + write(b, context: 3), 2)
            // Python's ** binds tighter than a unary minus on its left and groups to the right.
            case .power: return (write(a, context: 5) + "**" + write(b, context: 4), 4)
            }
        case .call(let function, let a):
            let argument = write(a, context: 0)
            let name = library.rawValue
            switch function {
            case .sigmoid:
                return library == .torch
                    ? ("torch.sigmoid(\(argument))", 5) : ("1 / (1 + np.exp(-" + write(a, context: 3) + "))", 2)
            case .asin: return ("\(name).\(library == .torch ? "asin" : "arcsin")(\(argument))", 5)
            case .acos: return ("\(name).\(library == .torch ? "acos" : "arccos")(\(argument))", 5)
            case .atan: return ("\(name).\(library == .torch ? "atan" : "arctan")(\(argument))", 5)
            default: return ("\(name).\(function.rawValue)(\(argument))", 5)
            }
        }
    }
}

/// Which names a listing may give to a formula's variables and constants.
enum PythonName {
    /// Names the listing uses itself, and Python's keywords.
    static let reserved: Set<String> = [
        "np", "torch", "math", "theta", "point", "k", "lr", "grad", "loss", "history", "outcome", "objective",
        "hessian", "row", "rows", "batch", "state", "optimizer", "print", "range", "len", "abs", "min",
        "max", "sum", "float", "int", "list", "False", "None", "True", "and", "as", "assert", "async", "await", "break",
        "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
        "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
        "yield", "match", "case",
    ]

    /// Whether `name` is an ASCII Python identifier the listing does not use itself.
    static func isUsable(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !reserved.contains(name) else { return false }
        let letters = (UInt32(0x41)...0x5A).map { $0 } + (UInt32(0x61)...0x7A).map { $0 } + [0x5F]
        func isLetter(_ s: Unicode.Scalar) -> Bool { letters.contains(s.value) }
        return isLetter(first) && name.unicodeScalars.allSatisfy { isLetter($0) || (0x30...0x39).contains($0.value) }
    }
}
