import GradusLessons

/// One named stage of a command: what it does to the work so far. A command is a list of stages run by a `Pipeline`,
/// so adding a stage is adding a value to a list.
public struct Stage<Work>: Sendable {
    public let name: String
    let body: @Sendable (inout Work) throws(Diagnostics) -> Void

    public init(_ name: String, _ body: @escaping @Sendable (inout Work) throws(Diagnostics) -> Void) {
        self.name = name
        self.body = body
    }
}
