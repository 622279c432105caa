/// A problem with input that came from a lesson: reported with a readable description, never a crash.
public enum OptimError: Error, Equatable, CustomStringConvertible {
    case unknownMethod(String, known: [String])
    case unknownParameter(String, method: String, known: [String])
    case invalidValue(name: String, reason: String)
    case dimensionMismatch(String)

    public var description: String {
        switch self {
        case .unknownMethod(let name, let known):
            "unknown optimizer method \"\(name)\" (known: \(known.joined(separator: ", ")))"
        case .unknownParameter(let name, let method, let known):
            "unknown parameter \"\(name)\" for \(method) (known: \(known.joined(separator: ", ")))"
        case .invalidValue(let name, let reason): "invalid value for \(name): \(reason)"
        case .dimensionMismatch(let what): "dimension mismatch: \(what)"
        }
    }
}
