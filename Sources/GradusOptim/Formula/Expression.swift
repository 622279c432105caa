/// An arithmetic operator of two operands.
public enum BinaryOperator: Character, Sendable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case power = "^"
}

/// A formula as a tree: what the parser builds, the derivative transforms, and the compiler and the TeX printer read.
///
/// Named constants keep their names (so pages print `c`, not 0.471…); their values are folded in when the tree is
/// compiled.
public indirect enum Expression: Sendable, Equatable {
    case number(Double)
    /// A named constant: `pi`, `e`, or one the lesson defines.
    case constant(String, Double)
    /// The variable with this index in the formula's list of variables.
    case variable(Int)
    case negate(Expression)
    case binary(BinaryOperator, Expression, Expression)
    case call(FormulaFunction, Expression)

    /// The height of the tree (a leaf is 1). Every pass over a tree recurses this deep.
    public var depth: Int {
        switch self {
        case .number, .constant, .variable: 1
        case .negate(let a), .call(_, let a): 1 + a.depth
        case .binary(_, let a, let b): 1 + max(a.depth, b.depth)
        }
    }

    /// The number, if the expression is a plain number.
    var numberValue: Double? {
        if case .number(let x) = self { x } else { nil }
    }

    /// Whether the expression holds no variable.
    var isConstant: Bool {
        switch self {
        case .number, .constant: true
        case .variable: false
        case .negate(let a), .call(_, let a): a.isConstant
        case .binary(_, let a, let b): a.isConstant && b.isConstant
        }
    }

    /// Which variables the expression uses.
    func collectVariables(into used: inout Set<Int>) {
        switch self {
        case .number, .constant: break
        case .variable(let index): used.insert(index)
        case .negate(let a), .call(_, let a): a.collectVariables(into: &used)
        case .binary(_, let a, let b):
            a.collectVariables(into: &used)
            b.collectVariables(into: &used)
        }
    }
}
