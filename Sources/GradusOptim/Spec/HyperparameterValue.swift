/// A hyperparameter as a lesson writes it: a number, a flag, or a pair (Adam's `betas`).
public enum HyperparameterValue: Sendable, Equatable, Hashable, Decodable, CustomStringConvertible {
    case number(Double)
    case flag(Bool)
    case pair(Double, Double)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            let values = try container.decode([Double].self)
            guard values.count == 2 else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "expected a number, a boolean or a pair of numbers")
            }
            self = .pair(values[0], values[1])
        }
    }

    public var description: String {
        switch self {
        case .number(let x): "\(x)"
        case .flag(let b): "\(b)"
        case .pair(let a, let b): "[\(a), \(b)]"
        }
    }

    func number(_ name: String) throws(OptimError) -> Double {
        guard case .number(let x) = self else {
            throw .invalidValue(name: name, reason: "expected a number, got \(self)")
        }
        guard x.isFinite else { throw .invalidValue(name: name, reason: "must be finite") }
        return x
    }

    func integer(_ name: String) throws(OptimError) -> Int {
        let x = try number(name)
        guard x == x.rounded(), abs(x) < 1e15 else { throw .invalidValue(name: name, reason: "expected an integer") }
        return Int(x)
    }

    func flag(_ name: String) throws(OptimError) -> Bool {
        guard case .flag(let b) = self else {
            throw .invalidValue(name: name, reason: "expected true or false, got \(self)")
        }
        return b
    }

    func pair(_ name: String) throws(OptimError) -> (Double, Double) {
        guard case .pair(let a, let b) = self else { throw .invalidValue(name: name, reason: "expected a pair [a, b]") }
        guard a.isFinite, b.isFinite else { throw .invalidValue(name: name, reason: "must be finite") }
        return (a, b)
    }
}

/// Reads named hyperparameters, rejecting names a method does not know.
struct ParameterReader {
    let method: String
    let values: [String: HyperparameterValue]

    init(method: String, known: [String], values: [String: HyperparameterValue]) throws(OptimError) {
        for name in values.keys.sorted() where !known.contains(name) {
            throw .unknownParameter(name, method: method, known: known)
        }
        self.method = method
        self.values = values
    }

    func number(_ name: String, default value: Double) throws(OptimError) -> Double {
        try values[name]?.number(name) ?? value
    }
    func integer(_ name: String, default value: Int) throws(OptimError) -> Int {
        try values[name]?.integer(name) ?? value
    }
    func flag(_ name: String, default value: Bool) throws(OptimError) -> Bool {
        try values[name]?.flag(name) ?? value
    }
    func pair(_ name: String, default value: (Double, Double)) throws(OptimError) -> (Double, Double) {
        try values[name]?.pair(name) ?? value
    }
}
