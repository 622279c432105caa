/// A problem in the TeX source that prevents conversion.
public struct MathError: Error, Sendable, CustomStringConvertible, Equatable {
    /// Byte offset (UTF-8) into the TeX source where the offending token starts.
    public let utf8Offset: Int
    /// Human-readable explanation, e.g. `unknown command \foo`.
    public let message: String

    public init(utf8Offset: Int, message: String) {
        self.utf8Offset = utf8Offset
        self.message = message
    }

    public var description: String {
        "TeX error at byte \(utf8Offset): \(message)"
    }
}
