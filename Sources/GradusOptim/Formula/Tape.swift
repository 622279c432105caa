#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A formula compiled to a straight-line program: instruction i computes slot i from earlier slots.
///
/// Compiling folds constants (an instruction whose operands are all known becomes a number), shares repeated
/// subexpressions (the same instruction on the same slots is emitted once), and computes x^2 as x·x (and a few other
/// powers as products, see `power(_:constant:)`), which rounds exactly as a textbook's hand computation does. An evaluation walks the array once: no parsing, no
/// recursion, and scratch space on the stack.
struct Tape: Sendable {
    enum Opcode: UInt8, Sendable, Hashable {
        case number, variable, negate, add, subtract, multiply, divide, square, powerConstant, power, call
    }

    struct Instruction: Sendable, Hashable {
        var opcode: Opcode
        var a: Int32 = 0
        var b: Int32 = 0
        /// The number (`number`), the exponent (`powerConstant`); otherwise 0.
        var constant: Double = 0
        var function: FormulaFunction = .sin
    }

    private(set) var instructions: [Instruction] = []
    /// The slots that hold the results, in order.
    private(set) var outputs: [Int32] = []
    private var index: [Instruction: Int32] = [:]

    /// A tape that computes each of `expressions`.
    init(_ expressions: [Expression]) throws(FormulaError) {
        for expression in expressions { outputs.append(try emit(expression)) }
        index = [:]
    }

    var count: Int { instructions.count }

    /// xᶜ for a constant exponent, as the tape computes it: the exponents torch's `pow` kernel special-cases are
    /// computed as it does (x·x, x·x·x, 1/x, 1/(x·x), √x, 1/√x), so a formula rounds as the same expression in
    /// torch; any other exponent uses C `pow`.
    @inline(__always)
    static func power(_ x: Double, constant c: Double) -> Double {
        switch c {
        case 1: x
        case 2: x * x
        case 3: x * x * x
        case -1: 1 / x
        case -2: 1 / (x * x)
        case 0.5: x.squareRoot()
        case -0.5: 1 / x.squareRoot()
        default: pow(x, c)
        }
    }

    private mutating func add(_ instruction: Instruction) throws(FormulaError) -> Int32 {
        if let slot = index[instruction] { return slot }
        guard instructions.count < FormulaLimits.instructions else {
            throw FormulaError(
                0, "the formula or its derivatives need more than \(FormulaLimits.instructions) operations")
        }
        let slot = Int32(instructions.count)
        instructions.append(instruction)
        index[instruction] = slot
        return slot
    }

    /// An operand while compiling: a number not yet written to the tape (so that folded constants leave nothing
    /// behind), or a slot.
    private enum Operand {
        case known(Double)
        case slot(Int32)
    }

    private mutating func slot(_ operand: Operand) throws(FormulaError) -> Int32 {
        switch operand {
        case .slot(let slot): slot
        // Keyed by bits through Hashable, so −0 and 0 stay apart.
        case .known(let x): try add(Instruction(opcode: .number, constant: x))
        }
    }

    private mutating func emit(_ expression: Expression) throws(FormulaError) -> Int32 {
        try slot(operand(expression))
    }

    private mutating func operand(_ expression: Expression) throws(FormulaError) -> Operand {
        switch expression {
        case .number(let x), .constant(_, let x): return .known(x)
        case .variable(let j): return .slot(try add(Instruction(opcode: .variable, a: Int32(j))))
        case .negate(let inner):
            let a = try operand(inner)
            if case .known(let x) = a { return .known(-x) }
            return .slot(try add(Instruction(opcode: .negate, a: slot(a))))
        case .call(let function, let inner):
            let a = try operand(inner)
            if case .known(let x) = a { return .known(function.evaluate(x)) }
            return .slot(try add(Instruction(opcode: .call, a: slot(a), function: function)))
        case .binary(let op, let left, let right):
            let a = try operand(left)
            let b = try operand(right)
            if case .known(let x) = a, case .known(let y) = b {
                switch op {
                case .add: return .known(x + y)
                case .subtract: return .known(x - y)
                case .multiply: return .known(x * y)
                case .divide: return .known(x / y)
                case .power: return .known(Self.power(x, constant: y))
                }
            }
            let opcode: Opcode
            switch op {
            case .add: opcode = .add
            case .subtract: opcode = .subtract
            case .multiply: opcode = .multiply
            case .divide: opcode = .divide
            case .power:
                guard case .known(let y) = b else {
                    opcode = .power
                    break
                }
                if y == 0 { return .known(1) }
                if y == 1 { return a }
                if y == 2 { return .slot(try add(Instruction(opcode: .square, a: slot(a)))) }
                return .slot(try add(Instruction(opcode: .powerConstant, a: slot(a), constant: y)))
            }
            return .slot(try add(Instruction(opcode: opcode, a: slot(a), b: slot(b))))
        }
    }
}
