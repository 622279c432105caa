import GradusOptim
import Testing

struct FormulaTeXTests {
    static let c = FormulaConstant(name: "c", value: 0.15 * Double.pi)
    static let lambda = FormulaConstant(name: "lambda", value: 0.5)

    /// A formula as typed, printed back as TeX (the tree is printed as parsed, not simplified).
    @Test(arguments: [
        ("x1^2 + 2*x2^2", "x_{1}^{2} + 2 x_{2}^{2}"),
        ("x * cos(c * x)", "x \\cos(c x)"),
        ("x^2/8 + sin(3*x)", "\\frac{x^{2}}{8} + \\sin(3 x)"),
        ("-x^2", "-x^{2}"),
        ("(x + 1)^2", "(x + 1)^{2}"),
        ("exp(-x^2)", "e^{-x^{2}}"),
        ("x/(1 + x^2)", "\\frac{x}{1 + x^{2}}"),
        ("theta1^2 + lambda*theta_2", "\\theta_{1}^{2} + \\lambda \\theta_{2}"),
        ("rate*x_1 + rate", "\\mathrm{rate} x_{1} + \\mathrm{rate}"),
        ("sin(x)^2", "\\sin^{2}(x)"),
        ("x - (x - 1)", "x - (x - 1)"),
        ("x * 2", "x \\cdot 2"),
        ("2 * -x", "2 \\cdot (-x)"),
        ("abs(x) + sqrt(x) + log10(x) + sigmoid(x)", "\\left|x\\right| + \\sqrt{x} + \\log_{10}(x) + \\sigma(x)"),
        ("atan(x) * pi * e", "\\arctan(x) \\pi e"),
        ("1e-7 * x + 0.5", "10^{-7} x + 0.5"),
        ("(x/2)^2", "\\left(\\frac{x}{2}\\right)^{2}"),
        ("cosh(x)", "\\cosh(x)"),
    ])
    func formulaAsTeX(source: String, tex: String) throws {
        let names = ["x1", "x2", "theta1", "theta_2", "x_1"].filter { source.contains($0) }
        let formula = try Formula(
            source, variables: names.isEmpty ? nil : names,
            constants: [Self.c, Self.lambda, FormulaConstant(name: "rate", value: 1)])
        #expect(formula.expression.tex(variables: formula.variables) == tex)
    }

    /// The derivative, simplified: constants folded, ×1, +0, ×0, x¹ and double negation dropped.
    @Test(
        arguments: [
            ("x1^2 + 2*x2^2", ["x1", "x2"], ["2 x_{1}", "4 x_{2}"]),
            ("x * cos(c * x)", ["x"], ["\\cos(c x) - c x \\sin(c x)"]),
            ("x^2/8 + sin(3*x)", ["x"], ["\\frac{x}{4} + 3 \\cos(3 x)"]),
            ("sqrt(x)", ["x"], ["\\frac{1}{2 \\sqrt{x}}"]),
            ("-(-x)^1 * 1 + 0", ["x"], ["1"]),
            ("x^2 - y^2", ["x", "y"], ["2 x", "-2 y"]),
            ("-(x - 2*y)", ["x", "y"], ["-1", "2"]),
            ("x/c + 3/x", ["x"], ["\\frac{1}{c} - \\frac{3}{x^{2}}"]),
            ("tan(x)", ["x"], ["\\frac{1}{\\cos^{2}(x)}"]),
            ("(a - x)^2 + b*(y - x^2)^2", ["x", "y"], ["-2 (a - x) - 4 b (y - x^{2}) x", "2 b (y - x^{2})"]),
            ("cosh(c*x)", ["x"], ["c \\sinh(c x)"]),
            ("exp(-x^2)", ["x"], ["-2 e^{-x^{2}} x"]),
            ("abs(x)", ["x"], ["\\operatorname{sign}(x)"]),
            ("log(x) + 0*x^5", ["x"], ["\\frac{1}{x}"]),
            ("x^3", ["x"], ["3 x^{2}"]),
            ("x*y", ["x", "y"], ["y", "x"]),
        ] as [(String, [String], [String])])
    func derivativeAsTeX(source: String, variables: [String], expected: [String]) throws {
        let formula = try Formula(
            source, variables: variables,
            constants: [Self.c, FormulaConstant(name: "a", value: 1), FormulaConstant(name: "b", value: 100)])
        #expect(formula.gradient.map { $0.tex(variables: formula.variables) } == expected)
    }

    @Test(arguments: [
        ("x1", "x_{1}"), ("x_1", "x_{1}"), ("theta1", "\\theta_{1}"), ("theta", "\\theta"), ("Omega", "\\Omega"),
        ("w", "w"), ("rate", "\\mathrm{rate}"), ("x12", "x_{12}"), ("w_bias", "w_{\\mathrm{bias}}"), ("x_i", "x_{i}"),
        ("sigma_theta", "\\sigma_{\\theta}"),
    ])
    func namesAsMath(name: String, tex: String) {
        #expect(FormulaNames.tex(name) == tex)
    }
}
