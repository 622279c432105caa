/// A token of a formula, with the offset (in Unicode scalars) at which it starts.
struct FormulaToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case number(Double)
        case name(String)
        case op(BinaryOperator)
        case open
        case close
        case comma
        case end
    }

    let kind: Kind
    let offset: Int

    /// The token as an author would quote it in a message.
    var quoted: String {
        switch kind {
        case .number(let x): "the number \(x)"
        case .name(let name): "'\(name)'"
        case .op(let op): "'\(op.rawValue)'"
        case .open: "'('"
        case .close: "')'"
        case .comma: "','"
        case .end: "the end of the formula"
        }
    }
}
