/// A named number a formula may use: its value is fixed before the run.
public struct FormulaConstant: Sendable, Equatable {
    public let name: String
    public let value: Double

    public init(name: String, value: Double) {
        self.name = name
        self.value = value
    }

    /// Euler's number, the double nearest to e.
    public static let e = 2.718_281_828_459_045

    /// The names every formula knows: `pi` and `e`.
    public static let builtInNames = ["pi", "e"]

    /// Evaluates a constant's expression (numbers, `pi`, `e` and `earlier` constants), as the tape would.
    public static func evaluate(_ text: String, earlier: [FormulaConstant]) throws(FormulaError) -> Double {
        var parser = FormulaParser(
            tokens: try FormulaLexer.tokens(text), variables: nil, constants: earlier, allowsVariables: false)
        let expression = try parser.parseFormula()
        let value = expression.value(at: [])
        guard value.isFinite else { throw FormulaError(0, "the value of '\(text)' is not a finite number") }
        return value
    }
}
