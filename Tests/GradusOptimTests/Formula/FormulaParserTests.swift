import GradusOptim
import Testing

struct FormulaParserTests {
    /// How precedence groups: the tree, printed with every operation in parentheses.
    static func grouped(_ e: Expression, _ names: [String]) -> String {
        switch e {
        case .number(let x): x == x.rounded() ? "\(Int(x))" : "\(x)"
        case .constant(let name, _): name
        case .variable(let i): names[i]
        case .negate(let a): "(-\(grouped(a, names)))"
        case .call(let f, let a): "\(f.rawValue)(\(grouped(a, names)))"
        case .binary(let op, let a, let b): "(\(grouped(a, names)) \(op.rawValue) \(grouped(b, names)))"
        }
    }

    @Test(arguments: [
        ("x + 2*x^2", "(x + (2 * (x ^ 2)))"),
        ("-x^2", "(-(x ^ 2))"),
        ("2^3^x", "(2 ^ (3 ^ x))"),
        ("x^-2", "(x ^ (-2))"),
        ("x - 1 - 2", "((x - 1) - 2)"),
        ("x / 2 / 3", "((x / 2) / 3)"),
        ("-x * 3", "((-x) * 3)"),
        ("(x + 1) * (x - 1)", "((x + 1) * (x - 1))"),
        ("x*cos(c*x)", "(x * cos((c * x)))"),
        ("1e-3*x + .5", "((0.001 * x) + 0.5)"),
        ("2.5E+2 * x", "(250 * x)"),
        ("exp(-x^2)*pi*e", "((exp((-(x ^ 2))) * pi) * e)"),
        ("x - -x", "(x - (-x))"),
        ("2 * -x", "(2 * (-x))"),
    ])
    func precedence(source: String, expected: String) throws {
        let formula = try Formula(source, constants: [FormulaConstant(name: "c", value: 0.5)])
        #expect(Self.grouped(formula.expression, formula.variables) == expected)
    }

    @Test func onePlainNameIsTheVariable() throws {
        let formula = try Formula("theta^2 + sin(theta)")
        #expect(formula.variables == ["theta"])
    }

    @Test func listedVariablesKeepTheirOrder() throws {
        let formula = try Formula("y + x^2", variables: ["x", "y"])
        #expect(formula.variables == ["x", "y"])
        #expect(formula.expression.value(at: [3, 1]) == 10)
    }

    /// Every mistake, with the character it is reported at (0-based) and a phrase of its message.
    @Test(
        arguments: [
            ("sine(x)", 0, "unknown function 'sine'; did you mean 'sin'?"),
            ("y + x + z", 8, "unknown name 'z'"),
            ("(x + 1", 0, "unbalanced parenthesis: this '(' is never closed"),
            ("x + 1)", 5, "unbalanced parenthesis: this ')' has no '(' before it"),
            ("x +", 3, "missing operand after '+'"),
            ("* x", 0, "missing operand before '*'"),
            ("x + * y", 4, "missing operand between '+' and '*'"),
            ("2x", 1, "missing operator before 'x': write '*' to multiply"),
            ("x y", 2, "missing operator before 'y'"),
            ("(x)(y)", 3, "missing operator before '('"),
            ("x(y + 1)", 1, "missing operator after 'x': write x*(…) to multiply"),
            ("sin x", 0, "'sin' is a function: write sin(…)"),
            ("atan(y, x)", 6, "unexpected ',': functions take one argument"),
            ("x ** 2", 2, "'**' is not a power here: write x^2"),
            ("θ^2", 0, "unexpected character 'θ' (names are ASCII letters"),
            ("x + 1..2", 6, "a number has at most one decimal point"),
            ("", 0, "the formula is empty"),
            ("3 + 4", 0, "the formula has no variable"),
            ("x + ()", 5, "empty parentheses"),
            ("sqrt()", 5, "sqrt() needs an argument"),
            ("+x", 0, "a unary '+' is not needed"),
            ("[x]", 0, "'[' is not a parenthesis in a formula"),
            ("1e999 * x", 0, "the number 1e999 is too large"),
        ] as [(String, Int, String)])
    func mistakes(source: String, offset: Int, message: String) {
        #expect {
            try Formula(source, variables: source.contains("y") ? ["x", "y"] : nil)
        } throws: { error in
            guard let error = error as? FormulaError else { return false }
            return error.offset == offset && error.message.contains(message) && error.place == .formula
        }
    }

    @Test func twoFreeNamesNeedAList() {
        #expect(
            throws: FormulaError(
                4, "the formula has more than one variable ('x' and 'y'): list them in order, e.g. variables: [x, y]")
        ) {
            try Formula("x + y")
        }
    }

    @Test func listMistakes() {
        #expect(
            throws: FormulaError(
                0, "the variable 'y' is listed but the formula does not use it", place: .variableName(1))
        ) {
            try Formula("x^2", variables: ["x", "y"])
        }
        #expect(throws: FormulaError(0, "the variable 'x' is listed twice", place: .variableName(1))) {
            try Formula("x^2", variables: ["x", "x"])
        }
        #expect(throws: FormulaError(0, "'x' is a variable; a constant needs another name", place: .constantName(0))) {
            try Formula("x^2", variables: ["x"], constants: [FormulaConstant(name: "x", value: 1)])
        }
        #expect(throws: FormulaError(0, "the constant 'c' is defined twice", place: .constantName(1))) {
            try Formula(
                "c*x^2", constants: [FormulaConstant(name: "c", value: 1), FormulaConstant(name: "c", value: 2)])
        }
        #expect(throws: FormulaError(0, "'cos' is a function; a variable needs another name", place: .variableName(0)))
        {
            try Formula("cos^2", variables: ["cos"])
        }
        #expect(
            throws: FormulaError(
                0, "'pi' is the built-in constant pi; a constant needs another name", place: .constantName(0))
        ) {
            try Formula("x", constants: [FormulaConstant(name: "pi", value: 3)])
        }
        #expect(
            throws: FormulaError(
                0, "a variable name is a letter followed by letters, digits and '_': 'x-1'", place: .variableName(0))
        ) {
            try Formula("x", variables: ["x-1"])
        }
    }

    @Test func constantsAreExpressionsOfEarlierConstants() throws {
        let c = try FormulaConstant.evaluate("0.15 * pi", earlier: [])
        #expect(c == 0.15 * Double.pi)
        let d = try FormulaConstant.evaluate("2*c + e", earlier: [FormulaConstant(name: "c", value: c)])
        #expect(d == 2 * c + FormulaConstant.e)
        #expect(throws: FormulaError(4, "unknown constant 'x'; a constant may use numbers and c, pi, e")) {
            try FormulaConstant.evaluate("2 * x", earlier: [FormulaConstant(name: "c", value: 1)])
        }
        #expect(throws: FormulaError(0, "the value of 'log(-1)' is not a finite number")) {
            try FormulaConstant.evaluate("log(-1)", earlier: [])
        }
    }

    @Test func limitsAreErrorsNotCrashes() {
        let deep = String(repeating: "(", count: 12_000) + "x" + String(repeating: ")", count: 12_000)
        #expect(throws: FormulaError.self) { try Formula(deep) }
        let nested = String(repeating: "sin(", count: 12_000) + "x" + String(repeating: ")", count: 12_000)
        #expect(throws: FormulaError.self) { try Formula(nested) }
        let negations = String(repeating: "-", count: 12_000) + "x"
        #expect(throws: FormulaError.self) { try Formula(negations) }
        let long = Array(repeating: "x", count: 60).joined(separator: "+")
        #expect {
            try Formula(long)
        } throws: { error in
            (error as? FormulaError)?.message == "the formula nests more than \(FormulaLimits.depth) levels deep"
        }
        let tooLong = String(repeating: "x+", count: 1500) + "x"
        #expect(
            throws: FormulaError(
                FormulaLimits.characters, "the formula is longer than \(FormulaLimits.characters) characters")
        ) {
            try Formula(tooLong)
        }
        // Twenty levels of parentheses are fine.
        let twenty = String(repeating: "(", count: 20) + "x" + String(repeating: ")", count: 20) + "^2"
        #expect((try? Formula(twenty)) != nil)
    }
}
