/// A mistake in a formula: a readable message and where in the formula it is.
public struct FormulaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the error is about.
    public enum Place: Sendable, Equatable {
        /// The formula's text, at `offset`.
        case formula
        /// The name of the variable with this index in the list of variables.
        case variableName(Int)
        /// The name of the constant with this index.
        case constantName(Int)
        /// The expression that gives the constant with this index its value, at `offset`.
        case constantValue(Int)
    }

    public let place: Place
    /// The offset in Unicode scalars from the start of the text (0 is its first character), for `.formula` and
    /// `.constantValue`.
    public let offset: Int
    public let message: String

    public init(_ offset: Int, _ message: String, place: Place = .formula) {
        self.place = place
        self.offset = offset
        self.message = message
    }

    public var description: String {
        switch place {
        case .formula, .constantValue: "at character \(offset + 1): \(message)"
        case .variableName, .constantName: message
        }
    }

    /// The same error about the expression of constant `index`.
    func inConstant(_ index: Int) -> FormulaError { FormulaError(offset, message, place: .constantValue(index)) }
}

/// The limits a formula must stay within, so that a typo cannot exhaust the stack or the memory.
public enum FormulaLimits {
    /// The most characters a formula (or a constant's expression) may have.
    public static let characters = 2000
    /// The deepest nesting of operations (the height of the expression tree). The derivative's tree is a
    /// few times deeper, and every pass over trees recurses, so this keeps stacks small.
    public static let depth = 48
    /// The most variables a formula may have (its Hessian has one tape per entry of the upper triangle).
    public static let variables = 32
    /// The most instructions in one compiled tape (the formula's own or one Hessian entry's).
    public static let instructions = 50_000
}
