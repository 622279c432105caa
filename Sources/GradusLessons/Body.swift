import GradusOptim

/// A piece of a lesson's body, in reading order.
public enum Piece: Sendable {
    /// CommonMark text, given to the Markdown renderer as it is.
    case markdown(String)
    /// A value of a run in running text.
    case binding(Binding)
    /// `$…$` or `$$…$$`. (Boxed, as `block` is: a piece is as large as its largest inline case, and most pieces are
    /// short Markdown text, thousands of them in a course's table cells.)
    indirect case math(Math)
    /// A part of the page that Gradus generates (a fenced block whose info string starts with `gradus`).
    indirect case block(GeneratedBlock)
    /// A pipe table; its cells hold inline pieces.
    case table(PipeTableBlock)
    /// The start and the end of a ```` ```gradus faq ```` block; the pieces between are its Markdown.
    case faqStart(SourceLocation)
    case faqEnd
    /// `{{ ref fig:contour }}`: the number of a labelled figure, table or display equation ("Figure 3").
    case reference(Reference)
    /// `{{ term learning rate }}`: a glossary term in running text, linked to its entry.
    case term(TermUse)
}

/// A use of a glossary term in running text, written `{{ term learning rate }}`.
public struct TermUse: Sendable, Equatable {
    /// The term as written, which the page shows.
    public let text: String
    public let location: SourceLocation
}

/// A reference in running text to a labelled figure, table or equation, written `{{ ref fig:contour }}`.
public struct Reference: Sendable, Equatable {
    /// The label, e.g. `fig:contour`.
    public let label: String
    public let location: SourceLocation
}

/// The label of a figure, table or display equation (`id: fig:contour`, `$$ … $$ {#eq:update}`) that text can
/// refer to: a kind (`fig`, `tab`, `eq`), a colon and a name of letters, digits, `-` and `_`.
public enum Label {
    public static let kinds = ["fig", "tab", "eq"]

    /// Whether `text` is a label; its kind must be `kind` when given.
    public static func isValid(_ text: String, kind: String? = nil) -> Bool {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, kinds.contains(String(parts[0])), kind == nil || String(parts[0]) == kind,
            !parts[1].isEmpty
        else { return false }
        return parts[1].allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }
    }
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
    /// A display formula's label (`$$ … $$ {#eq:update}`), which numbers it.
    public var label: String? = nil
    /// The locations of the TeX's characters up to its first binding, by UTF-8 offset into the TeX, so a
    /// TeX error can point at its own column.
    public var texLocation: @Sendable (Int) -> SourceLocation? = { _ in nil }
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
        /// One update written out with its numbers.
        case step
        /// Several runs side by side: iterations to a tolerance, final loss, outcome.
        case compare
        /// Statements about the runs that the build checks.
        case claims
        /// A figure drawn from the runs.
        case plot
        /// A question whose answer is computed from the runs (see `Exercise`).
        case exercise
        /// One example run for every combination of a few settings, chosen in the page.
        case explore
    }

    /// What a plot block draws.
    public enum PlotKind: String, Sendable, CaseIterable {
        case loss
        case gradientNorm = "gradient-norm"
        case contour
        /// The loss of several examples (a learning-rate sweep) on one shared log axis, or in panels.
        case sweep
        /// A 1-D objective drawn as a curve with each run's iterates on it, joined by step arrows.
        case function
        /// A recorded quantity (a θ component, the learning rate, an optimizer state, the batch loss) by iteration.
        case trace
        /// A regression's or classifier's samples with each run's fitted line or decision boundary.
        case data
        /// A formula of one variable, or a family of them over a parameter (needs no example).
        case curve
    }

    /// What a trace plot draws at each iteration.
    public enum TraceQuantity: Sendable, Equatable {
        case loss
        case gradientNorm
        case learningRate
        /// The mini-batch loss, drawn with the full loss.
        case batchLoss
        case theta(Int)
        case gradient(Int)
        case update(Int)
        /// A component of an optimizer state, e.g. `state.exp_avg_sq[0]`.
        case state(String, Int)
    }

    /// An example named by a block, with where it is named.
    public struct ExampleReference: Sendable, Equatable {
        public let name: String
        public let location: SourceLocation
    }

    public let kind: Kind
    public let location: SourceLocation
    /// `id: fig:NAME` (a plot) or `id: tab:NAME` (a table, data or compare block): numbers the block.
    public var label: String? = nil
    /// The examples the block shows (one for table, data and step).
    public let examples: [ExampleReference]
    /// Table: rows from the start and from the end of the run (the final iteration included).
    public var first = 5
    public var last = 3
    /// Table and step: significant digits.
    public var digits = 6
    /// Data: how many rows to show (nil: all).
    public var rows: Int? = nil
    /// Step: the iteration whose update is written out.
    public var iteration = 0
    /// Compare: the gradient-norm tolerance for "iterations to tolerance".
    public var tolerance: Double? = nil
    /// Claims: the statements.
    public var claims: [Claim] = []
    /// Plot: what to draw, and an optional title; contour: the region.
    public var plot: PlotKind = .loss
    public var title: String? = nil
    public var xRange: ClosedRange<Double>? = nil
    public var yRange: ClosedRange<Double>? = nil
    /// Trace: the quantity drawn.
    public var quantity: TraceQuantity? = nil
    /// Loss and sweep: draw J − J* on a log axis (J* the objective's known minimum).
    public var gap = false
    /// Sweep: one panel per example (with shared axes) instead of one shared plot.
    public var panels = false
    /// Curve: the variable and one formula per member of the family (label, formula).
    public var curveVariable: String? = nil
    public var curves: [(label: String, formula: Formula)] = []
    /// Exercise: the question, its answer and its solution.
    public var exercise: Exercise? = nil
    /// Explore: the settings that vary and the claims over them.
    public var explore: Explore? = nil

    /// The first example named.
    public var example: String { examples.first?.name ?? "" }
    public var exampleLocation: SourceLocation { examples.first?.location ?? location }
}

/// A statement about runs that must hold for the page to be published.
public struct Claim: Sendable {
    public enum Statement: Sendable, Equatable {
        /// The run converged (within `within` iterations, if given).
        case converges(String, within: Int?)
        /// The run diverged (within `within` iterations, if given).
        case diverges(String, within: Int?)
        case reachesIterationLimit(String)
        case fails(String)
        /// The first run converged in fewer iterations than the second (or the second did not converge).
        case needsFewerIterations(String, than: String)
        /// A bound value compared with a number or with another bound value.
        case compare(Binding, Comparison, Operand)
    }

    public enum Comparison: String, Sendable, CaseIterable {
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
    }

    public enum Operand: Sendable, Equatable {
        case number(Double)
        case value(Binding)
    }

    /// A piece of the text a page shows for a claim.
    public enum TextPart: Sendable {
        case text(String)
        case binding(Binding)
    }

    public let statement: Statement
    /// The claim as written.
    public let source: String
    /// What the page shows for it (defaults to the claim as written).
    public let text: String
    public let location: SourceLocation
    /// `text` split into plain text and bindings.
    public var textParts: [TextPart] = []
}

/// A table written with pipes, as on GitHub.
public struct PipeTableBlock: Sendable {
    public enum Alignment: Sendable { case none, left, center, right }

    public let alignments: [Alignment]
    public let location: SourceLocation
    /// The number of cells in a row: the header's.
    public let columns: Int
    /// The header's cells and then each row's, row after row: `columns` cells a row.
    private let cells: [Cell]
    private let rowCount: Int

    /// A cell's pieces. Most cells are one run of plain Markdown (a word, a number), kept as its text alone rather
    /// than as an array of one piece: a course's tables have thousands of cells.
    private enum Cell: Sendable {
        case text(String)
        case pieces([Piece])

        init(_ pieces: [Piece]) {
            switch pieces.count {
            case 0: self = .text("")
            case 1: if case .markdown(let text) = pieces[0] { self = .text(text) } else { self = .pieces(pieces) }
            default: self = .pieces(pieces)
            }
        }

        var pieces: [Piece] {
            switch self {
            case .text(let text): text.isEmpty ? [] : [.markdown(text)]
            case .pieces(let pieces): pieces
            }
        }
    }

    /// A table of `header.count` columns; each row has that many cells.
    init(alignments: [Alignment], header: [[Piece]], rows: [[[Piece]]], location: SourceLocation) {
        precondition(rows.allSatisfy { $0.count == header.count }, "a row has as many cells as the header")
        self.alignments = alignments
        self.location = location
        self.columns = header.count
        self.rowCount = rows.count
        self.cells = (header + rows.joined()).map(Cell.init)
    }

    public var header: [[Piece]] { cells.prefix(columns).map(\.pieces) }

    public var rows: [[[Piece]]] {
        (0..<rowCount).map { row in
            let start = (row + 1) * columns
            return cells[start..<(start + columns)].map(\.pieces)
        }
    }
}
