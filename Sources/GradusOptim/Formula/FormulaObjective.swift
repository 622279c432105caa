/// A formula as an objective: J(θ) = f(θ) with θ's components named by the formula's variables.
///
/// The value and the gradient come from one tape by reverse-mode automatic differentiation (see `Tape`), so an
/// iteration costs a few times one evaluation of f, whatever the number of variables, and allocates nothing.
///
/// The Hessian is exact too, from symbolic second derivatives compiled to one shared tape: ∂²f/∂xᵢ∂xⱼ is the
/// simplified derivative of the simplified derivative, for i ≤ j. This was chosen over forward-over-reverse
/// differentiation because the entries are then the same expressions the pages print (one set of derivative rules
/// to test, not two), and compiling them together shares every subexpression they have in common; the cost,
/// n(n+1)/2 expressions, is small for the few variables a lesson's formula has, and only Newton's method pays it.
public struct FormulaObjective: TwiceDifferentiable {
    public let formula: Formula
    let tape: Tape
    /// The upper triangle of the Hessian, row by row.
    let hessianTape: Tape

    public init(_ formula: Formula) throws(FormulaError) {
        self.formula = formula
        self.tape = try Tape([formula.expression])
        let n = formula.variables.count
        var entries: [Expression] = []
        for i in 0..<n {
            let first = formula.derivative(i)
            for j in i..<n { entries.append(first.derivative(withRespectTo: j)) }
        }
        self.hessianTape = try Tape(entries)
    }

    public var dimension: Int { formula.variables.count }

    public func value(at theta: [Double]) -> Double { tape.value(at: theta) }

    public func valueAndGradient(at theta: [Double], gradient: inout [Double]) -> Double {
        tape.valueAndGradient(at: theta, gradient: &gradient)
    }

    public func hessian(at theta: [Double]) -> Matrix {
        let n = dimension
        let upper = hessianTape.values(at: theta)
        var result = Matrix(rows: n, columns: n, storage: Array(repeating: 0, count: n * n))
        var k = 0
        for i in 0..<n {
            for j in i..<n {
                result[i, j] = upper[k]
                result[j, i] = upper[k]
                k += 1
            }
        }
        return result
    }

    /// The number of instructions of the value-and-gradient tape (for the benchmark and tests).
    public var instructionCount: Int { tape.count }
}

extension FormulaObjective: DomainReporting {
    public func domainViolation(at theta: [Double]) -> DomainViolation? {
        if let violation = tape.firstViolation(at: theta, variables: formula.variables) { return violation }
        return hessianTape.firstViolation(at: theta, variables: formula.variables)
    }
}
