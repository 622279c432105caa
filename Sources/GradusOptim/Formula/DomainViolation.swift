/// Where a formula left the domain of one of its operations during a run: what went wrong and at which point.
public struct DomainViolation: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// log, log2, log10 or sqrt of a negative number, or a negative number to a non-whole power (`^`).
        case negative
        /// log of zero, division by zero, zero to a power below 1, or sqrt at zero (where the power or the slope is
        /// infinite).
        case zero
        /// asin or acos of a number outside [−1, 1].
        case outsideUnitInterval
        /// asin or acos at ±1, where the slope is infinite.
        case unitIntervalEnd
    }

    public let kind: Kind
    /// The function's name, or `/` or `^`.
    public let operation: String
    /// The argument that was out of the domain.
    public let argument: Double
    /// The variables' names and the point where it happened.
    public let variables: [String]
    public let theta: [Double]

    public init(kind: Kind, operation: String, argument: Double, variables: [String], theta: [Double]) {
        self.kind = kind
        self.operation = operation
        self.argument = argument
        self.variables = variables
        self.theta = theta
    }

    public var description: String {
        let at = zip(variables, theta).map { "\($0) = \($1)" }.joined(separator: ", ")
        return "\(problem) at \(at)"
    }

    /// The problem in English, without the point.
    public var problem: String {
        switch (kind, operation) {
        case (.negative, "^"): "a negative number (\(argument)) to a non-whole power"
        case (.negative, _): "\(operation) of a negative number (\(argument))"
        case (.zero, "/"): "division by zero"
        case (.zero, "^"): "zero to a power below 1, where the power or its slope is infinite"
        case (.zero, "sqrt"): "sqrt at zero, where its slope is infinite"
        case (.zero, _): "\(operation) of zero"
        case (.outsideUnitInterval, _): "\(operation) of \(argument), outside [−1, 1]"
        case (.unitIntervalEnd, _): "\(operation) at \(argument), where its slope is infinite"
        }
    }
}

extension Tape {
    /// The first operation, in the order of evaluation, whose operand at `point` is outside its domain.
    func firstViolation(at point: [Double], variables: [String]) -> DomainViolation? {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(count, 1)) { values in
            point.withUnsafeBufferPointer { forward($0, into: values) }
            for instruction in instructions {
                let x = values[Int(instruction.a)]
                let kind: DomainViolation.Kind?
                let operation: String
                switch instruction.opcode {
                case .divide:
                    operation = "/"
                    kind = values[Int(instruction.b)] == 0 ? .zero : nil
                case .powerConstant, .power:
                    operation = "^"
                    let c = instruction.opcode == .power ? values[Int(instruction.b)] : instruction.constant
                    if x < 0, c != c.rounded() {
                        kind = .negative
                    } else if x == 0, c < 1 {
                        kind = .zero
                    } else {
                        kind = nil
                    }
                case .call:
                    operation = instruction.function.rawValue
                    switch instruction.function {
                    case .log, .log2, .log10, .sqrt: kind = x < 0 ? .negative : (x == 0 ? .zero : nil)
                    case .asin, .acos: kind = abs(x) > 1 ? .outsideUnitInterval : (abs(x) == 1 ? .unitIntervalEnd : nil)
                    default: kind = nil
                    }
                default: continue
                }
                if let kind {
                    return DomainViolation(
                        kind: kind, operation: operation, argument: x, variables: variables, theta: point)
                }
            }
            return nil
        }
    }
}
