import GradusOptim
import GradusTestSupport
import Testing

/// Gradients (reverse mode on the tape) and Hessians (compiled second derivatives) against central differences and,
/// for polynomials, exact values.
struct FormulaDerivativeTests {
    static func objective(_ text: String, _ variables: [String]? = nil, constants: [FormulaConstant] = []) throws
        -> FormulaObjective
    {
        try FormulaObjective(Formula(text, variables: variables, constants: constants))
    }

    /// Every function, inside a product so that the chain, product and cross terms all appear. The inner argument
    /// stays in (0.1, 0.9) at the points below, inside every function's domain.
    @Test(arguments: FormulaFunction.allCases)
    func everyFunctionAgreesWithCentralDifferences(function: FormulaFunction) throws {
        let f = try Self.objective("\(function.rawValue)(0.3*x + 0.2*y^2 + 0.1) * (1 + x*y)", ["x", "y"])
        for point in [[0.5, 0.7], [1.2, -0.9], [0.1, 0.3]] {
            var gradient = [0.0, 0.0]
            let value = f.valueAndGradient(at: point, gradient: &gradient)
            #expect(value == f.value(at: point))
            #expect(
                isApproximatelyEqual(gradient, numericalGradient(f.value, at: point), relative: 1e-7, absolute: 1e-7),
                "\(function) at \(point)")
            let hessian = f.hessian(at: point)
            let numeric = DerivativeCheck.numericalHessian(f, at: point)
            #expect(
                isApproximatelyEqual(hessian.storage, numeric.storage, relative: 1e-6, absolute: 1e-6),
                "\(function) at \(point)")
            #expect(hessian[0, 1] == hessian[1, 0])
        }
    }

    @Test func polynomialsHaveExactDerivatives() throws {
        let bowl = try Self.objective("x1^2 + 2*x2^2", ["x1", "x2"])
        var gradient = [0.0, 0.0]
        #expect(bowl.valueAndGradient(at: [-5, -2], gradient: &gradient) == 33)
        #expect(gradient == [-10, -8])
        #expect(bowl.hessian(at: [-5, -2]).storage == [2, 0, 0, 4])

        let saddle = try Self.objective("x^3 - 3*x*y^2", ["x", "y"])
        for (x, y) in [(2.0, 1.0), (-1.5, 0.5), (3.0, -2.0)] {
            #expect(saddle.valueAndGradient(at: [x, y], gradient: &gradient) == x * x * x - 3 * x * (y * y))
            #expect(gradient == [3 * (x * x) - 3 * (y * y), -(6 * x * y)])
            #expect(saddle.hessian(at: [x, y]).storage == [6 * x, -6 * y, -6 * y, -6 * x])
        }

        let cubic = try Self.objective("x^4 - 2*x^3 + x - 7")
        var g1 = [0.0]
        let value: Double = 81 - 54 + 3 - 7
        #expect(cubic.valueAndGradient(at: [3], gradient: &g1) == value)
        let slope: Double = 4 * 27 - 6 * 9 + 1
        let curvature: Double = 12 * 9 - 12 * 3
        #expect(g1 == [slope])
        #expect(cubic.hessian(at: [3]).storage == [curvature])
    }

    @Test func theWavyFormulaMatchesTheBuiltInBitForBit() throws {
        let formula = try Self.objective("x^2/8 + sin(3*x)")
        let builtIn = WavyParabola()
        for x in [-2.5, -0.51, 0, 0.3, 1.55, 3.7] {
            var a = [0.0]
            var b = [0.0]
            #expect(formula.valueAndGradient(at: [x], gradient: &a) == builtIn.valueAndGradient(at: [x], gradient: &b))
            #expect(a == b)
            #expect(formula.hessian(at: [x]) == builtIn.hessian(at: [x]))
        }
    }

    @Test func rosenbrockAsAFormulaAgreesWithTheBuiltIn() throws {
        let formula = try Self.objective(
            "(a - x)^2 + b*(y - x^2)^2", ["x", "y"],
            constants: [FormulaConstant(name: "a", value: 1), FormulaConstant(name: "b", value: 100)])
        let builtIn = Rosenbrock()
        for point in [[-1.5, 2], [0, 0], [1, 1], [0.3, -0.7]] {
            var a = [0.0, 0.0]
            var b = [0.0, 0.0]
            let fa = formula.valueAndGradient(at: point, gradient: &a)
            let fb = builtIn.valueAndGradient(at: point, gradient: &b)
            #expect(isApproximatelyEqual([fa] + a, [fb] + b, relative: 1e-14, absolute: 1e-14))
            #expect(
                isApproximatelyEqual(
                    formula.hessian(at: point).storage, builtIn.hessian(at: point).storage, relative: 1e-14,
                    absolute: 1e-14))
        }
    }

    @Test func constantsFoldAtCompileTime() throws {
        let folded = try Self.objective("x * (2 * pi / 4 + sin(0))")
        let plain = try Self.objective("x")
        // The constant part becomes one number: x, that number, and their product.
        #expect(folded.instructionCount == 3)
        #expect(plain.instructionCount == 1)
        // Repeated subexpressions are computed once.
        #expect(try Self.objective("sin(x) + sin(x)*sin(x)").instructionCount == 4)
    }
}

/// Random formulas at random points: the tape's gradient and the compiled Hessian against central differences.
struct FormulaPropertyTests {
    /// A random formula over x and y whose value stays moderate on [−1, 1]² (no poles, no domain edges).
    static func randomFormula(_ generator: inout SplitMix64, depth: Int) -> String {
        if depth == 0 || generator.bounded(4) == 0 {
            switch generator.bounded(4) {
            case 0: return "x"
            case 1: return "y"
            case 2:
                let c = Double(generator.bounded(40)) / 8 - 2.5
                return c < 0 ? "(\(c))" : "\(c)"
            default: return generator.bounded(2) == 0 ? "x" : "y"
            }
        }
        let a = randomFormula(&generator, depth: depth - 1)
        let b = randomFormula(&generator, depth: depth - 1)
        switch generator.bounded(14) {
        case 0: return "(\(a) + \(b))"
        case 1: return "(\(a) - \(b))"
        case 2, 3: return "(\(a) * \(b))"
        case 4: return "\(a) / (1 + (\(b))^2)"
        case 5: return "(\(a))^2"
        case 6: return "(\(a))^3"
        case 7: return "sin(\(a))"
        case 8: return "cos(\(a))"
        case 9: return "exp(sin(\(a)))"
        case 10: return "tanh(\(a))"
        case 11: return "sqrt(1 + (\(a))^2)"
        case 12: return "log(2 + cos(\(a)))"
        default: return "sigmoid(\(a)) * atan(\(b))"
        }
    }

    /// Tolerance: |analytic − numeric| ≤ 1e-5·(1 + |numeric|) for the gradient (h = 1e-6) and 1e-4·(1 + |numeric|)
    /// for the Hessian (h = 1e-5), well above the truncation and rounding error of central differences at these
    /// magnitudes, and far below any wrong derivative rule.
    @Test func randomFormulasAgreeWithCentralDifferences() throws {
        var generator = SplitMix64(seed: 10)
        var checked = 0
        for _ in 0..<300 {
            let text = "x*y + " + Self.randomFormula(&generator, depth: 4)
            let objective = try FormulaObjective(Formula(text, variables: ["x", "y"]))
            for _ in 0..<3 {
                let point = (0..<2).map { _ in Double(generator.next() >> 11) * 0x1p-53 * 2 - 1 }
                var gradient = [0.0, 0.0]
                let value = objective.valueAndGradient(at: point, gradient: &gradient)
                #expect(value == objective.formula.expression.value(at: point), "\(text)")
                let numeric = numericalGradient(objective.value, at: point)
                #expect(isApproximatelyEqual(gradient, numeric, relative: 1e-5, absolute: 1e-5), "\(text) at \(point)")
                let hessian = objective.hessian(at: point)
                #expect(
                    isApproximatelyEqual(
                        hessian.storage, DerivativeCheck.numericalHessian(objective, at: point).storage, relative: 1e-4,
                        absolute: 1e-4),
                    "\(text) at \(point)")
                checked += 1
            }
        }
        #expect(checked == 900)
    }
}
