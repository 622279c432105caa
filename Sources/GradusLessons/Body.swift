/// A piece of a lesson's body, in reading order.
public enum Piece: Sendable {
    /// CommonMark text, given to the Markdown renderer as it is.
    case markdown(String)
    /// A value of a run in running text.
    case binding(Binding)
    /// `$…$` or `$$…$$`.
    case math(Math)
    /// A part of the page that Gradus generates (a fenced block whose info string starts with `gradus`).
    case block(GeneratedBlock)
}

/// A formula in TeX, possibly with bindings inside.
public struct Math: Sendable {
    public enum Part: Sendable {
        case tex(String)
        case binding(Binding)
    }

    public let display: Bool
    public let parts: [Part]
    /// Where the opening `$` stands.
    public let location: SourceLocation
}

/// A generated block, e.g. an iteration table:
///
///     ```gradus table
///     example: seed
///     first: 4
///     last: 2
///     ```
public struct GeneratedBlock: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A table of iterations of one example.
        case table
        /// The data of one example, as a table.
        case data
    }

    public let kind: Kind
    public let location: SourceLocation
    /// The example the block shows.
    public let example: String
    public let exampleLocation: SourceLocation
    /// Rows to show from the start and from the end of the run (the final iteration included).
    public let first: Int
    public let last: Int
    /// Significant digits of the numbers.
    public let digits: Int
}
