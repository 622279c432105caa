/// A formula a teacher typed, parsed and checked: its tree, its variables in order, and its constants.
public struct Formula: Sendable, Equatable {
    /// The text as written.
    public let text: String
    public let expression: Expression
    /// The variables, in the order of θ's components.
    public let variables: [String]
    /// The constants the formula may use, in the order they were defined.
    public let constants: [FormulaConstant]

    /// Parses `text`. With `variables` nil the formula may have one free name, which becomes its variable; with
    /// several variables the list is required, so that their order (θ's components) is explicit.
    ///
    /// Errors name the place: an offset in the text, or the variable or constant whose name is wrong. A listed
    /// variable the formula does not use is an error (a typo would otherwise make a flat direction).
    public init(_ text: String, variables: [String]? = nil, constants: [FormulaConstant] = []) throws(FormulaError) {
        try Self.checkNames(variables: variables ?? [], constants: constants)
        var parser = FormulaParser(tokens: try FormulaLexer.tokens(text), variables: variables, constants: constants)
        let expression = try parser.parseFormula()
        let names = parser.variables ?? []
        guard !names.isEmpty else {
            throw FormulaError(0, "the formula has no variable: it needs at least one name to minimise over")
        }
        for index in names.indices where parser.firstUse[index] == nil {
            throw FormulaError(
                0, "the variable '\(names[index])' is listed but the formula does not use it",
                place: .variableName(index))
        }
        self.text = text
        self.expression = expression
        self.variables = names
        self.constants = constants
    }

    /// Names are words (a letter, then letters, digits and `_`), distinct, and none is a function or `pi`/`e`.
    static func checkNames(variables: [String], constants: [FormulaConstant]) throws(FormulaError) {
        guard variables.count <= FormulaLimits.variables else {
            throw FormulaError(
                0, "a formula may have at most \(FormulaLimits.variables) variables",
                place: .variableName(FormulaLimits.variables))
        }
        func check(_ name: String, _ place: FormulaError.Place, _ what: String) throws(FormulaError) {
            let scalars = Array(name.unicodeScalars)
            let isWord =
                scalars.first.map { $0.isASCII && $0.properties.isAlphabetic } == true
                && scalars.allSatisfy {
                    $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_")
                }
            guard isWord else {
                throw FormulaError(
                    0, "a \(what) name is a letter followed by letters, digits and '_': '\(name)'", place: place)
            }
            if FormulaFunction(rawValue: name) != nil {
                throw FormulaError(0, "'\(name)' is a function; a \(what) needs another name", place: place)
            }
            if FormulaConstant.builtInNames.contains(name) {
                throw FormulaError(
                    0, "'\(name)' is the built-in constant \(name); a \(what) needs another name", place: place)
            }
        }
        for (index, name) in variables.enumerated() {
            try check(name, .variableName(index), "variable")
            if variables[..<index].contains(name) {
                throw FormulaError(0, "the variable '\(name)' is listed twice", place: .variableName(index))
            }
        }
        for (index, constant) in constants.enumerated() {
            try check(constant.name, .constantName(index), "constant")
            if variables.contains(constant.name) {
                throw FormulaError(
                    0, "'\(constant.name)' is a variable; a constant needs another name", place: .constantName(index))
            }
            if constants[..<index].contains(where: { $0.name == constant.name }) {
                throw FormulaError(0, "the constant '\(constant.name)' is defined twice", place: .constantName(index))
            }
        }
    }

    /// ∂f/∂xᵢ, simplified.
    public func derivative(_ variable: Int) -> Expression { expression.derivative(withRespectTo: variable) }

    /// ∇f, simplified: one expression per variable.
    public var gradient: [Expression] { variables.indices.map(derivative) }
}
