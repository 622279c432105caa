/// An explorable (```` ```gradus explore ````): one example re-run for every combination of a few settings, each
/// taken from a finite list, so that a reader can choose a combination in the page and see its precomputed run.
///
///     ```gradus explore
///     example: seed
///     lr: [0.01, 0.05, 0.09, 0.1]
///     momentum: [0, 0.9]
///     start: {grid: {x: [-2, 2, 5], y: [-1, 3, 5]}}
///     claims:
///       - every lr < 0.1 converges
///     ```
public struct Explore: Sendable {
    /// The most runs one explore block may ask for.
    public static let runLimit = 400

    /// A setting that varies.
    public enum Setting: String, Sendable, CaseIterable {
        /// `optimizer.lr`.
        case lr
        /// `optimizer.momentum`.
        case momentum
        /// `start`: a list of points, or a grid of them.
        case start

        /// The example's field the setting overrides (see `ExampleOverrides`).
        public var path: String {
            switch self {
            case .lr: "optimizer.lr"
            case .momentum: "optimizer.momentum"
            case .start: "start"
            }
        }
    }

    /// One value a setting takes: as the lesson wrote it (or as a grid point is written) and as numbers.
    public struct Value: Sendable, Equatable {
        public let text: String
        public let numbers: [Double]
    }

    /// A setting with its values, in the order the lesson gives them.
    public struct Dimension: Sendable {
        public let setting: Setting
        public let values: [Value]
        /// Where the lesson writes the values.
        public let location: SourceLocation
        /// For a start grid: its columns (x values) and rows (y values); value `row · columns + column`.
        public var grid: (x: [Value], y: [Value])? = nil
    }

    public var dimensions: [Dimension] = []
    /// Statements over the combinations, checked at build time.
    public var claims: [ExploreClaim] = []
    /// The combination the page shows first, one value index per dimension; nil: the middle of each list.
    public var initial: [Int]? = nil

    /// How many combinations there are.
    public var count: Int { dimensions.reduce(1) { $0 * $1.values.count } }

    /// The value index of each dimension in combination `run` (the last dimension varies fastest).
    public func indices(of run: Int) -> [Int] {
        var rest = run
        var out = Array(repeating: 0, count: dimensions.count)
        for d in dimensions.indices.reversed() {
            out[d] = rest % dimensions[d].values.count
            rest /= dimensions[d].values.count
        }
        return out
    }

    /// The combination with these value indices.
    public func run(at indices: [Int]) -> Int {
        zip(dimensions, indices).reduce(0) { $0 * $1.0.values.count + $1.1 }
    }

    /// The combination shown first.
    public var initialRun: Int { run(at: initial ?? dimensions.map { ($0.values.count - 1) / 2 }) }

    /// The overrides that make combination `run` of `example`, as `gradus run --set` takes them.
    public func settings(of run: Int) -> [String] {
        zip(dimensions, indices(of: run)).map { "\($0.setting.path)=\($0.values[$1].text)" }
    }

    /// The key under which the lesson keeps the example made for combination `run` of `example`.
    public func key(example: String, run: Int) -> String {
        ([example] + settings(of: run)).joined(separator: "|")
    }

    /// A few combinations for a page without its script (and for print), beside the one the map shows: the first,
    /// the last and, with two or more settings, the two other corners of the first two (with one setting, the
    /// middle; a grid of starts alone: its four corners); each once, in that order.
    public var chosen: [Int] {
        // A grid of starts alone: its four corners.
        if dimensions.count == 1, let grid = dimensions[0].grid {
            let (columns, rows) = (grid.x.count, grid.y.count)
            return [0, columns - 1, (rows - 1) * columns, rows * columns - 1]
        }
        let first = dimensions.map { _ in 0 }
        let last = dimensions.map { $0.values.count - 1 }
        var picks = [first]
        if dimensions.count >= 2 {
            var a = first
            a[0] = last[0]
            var b = first
            b[1] = last[1]
            picks += [a, b]
        }
        picks.append(last)
        if dimensions.count == 1 { picks.append(dimensions.map { ($0.values.count - 1) / 2 }) }
        var out: [Int] = []
        for pick in picks.map(run(at:)) where !out.contains(pick) { out.append(pick) }
        return out
    }
}

/// A statement over the combinations of an explore block:
///
/// - `every [CONDITIONS] converges [within N iterations]`, `every [CONDITIONS] diverges`,
///   `every [CONDITIONS] reaches the iteration limit`;
/// - `SETTING A needs fewer iterations than SETTING B [for every CONDITIONS]`.
///
/// CONDITIONS are `SETTING OP NUMBER` joined by `and` (OP one of `<`, `<=`, `>`, `>=`, `=`).
public struct ExploreClaim: Sendable {
    public enum Expectation: Sendable, Equatable {
        case converges(within: Int?)
        case diverges
        case reachesIterationLimit
    }

    public enum Comparison: String, Sendable, CaseIterable {
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        case equal = "="

        public func holds(_ x: Double, _ y: Double) -> Bool {
            switch self {
            case .less: x < y
            case .lessOrEqual: x <= y
            case .greater: x > y
            case .greaterOrEqual: x >= y
            case .equal: x == y
            }
        }
    }

    /// `SETTING OP NUMBER`: the dimension's index.
    public struct Condition: Sendable, Equatable {
        public let dimension: Int
        public let comparison: Comparison
        public let number: Double
    }

    public enum Statement: Sendable, Equatable {
        case every([Condition], Expectation)
        /// Value `faster` of dimension `dimension` needs fewer iterations than value `slower`, for every
        /// combination of the other settings that meets the conditions.
        case fewerIterations(dimension: Int, faster: Int, slower: Int, [Condition])
    }

    public let statement: Statement
    /// The claim as written.
    public let source: String
    public let location: SourceLocation

    /// Whether combination `indices` meets every condition.
    public func meets(_ conditions: [Condition], _ indices: [Int], in explore: Explore) -> Bool {
        conditions.allSatisfy { condition in
            let value = explore.dimensions[condition.dimension].values[indices[condition.dimension]]
            return value.numbers.count == 1 && condition.comparison.holds(value.numbers[0], condition.number)
        }
    }
}
