/// A code span: text between backticks.
public struct InlineCode: Sendable, Equatable {
    public var code: String

    public init(_ code: String) { self.code = code }
}
