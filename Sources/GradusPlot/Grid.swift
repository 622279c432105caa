/// Values of f(x, y) sampled on a regular grid, `columns` × `rows`, stored row-major.
///
/// Column `c` lies at x = lower + c·(upper − lower)/(columns − 1) of the plot's x range and row `r`
/// at y = lower + r·(upper − lower)/(rows − 1) of its y range: row 0 is the *bottom* (smallest y).
public struct Grid: Sendable, Equatable {
    /// Number of samples along x (at least 2 for contouring).
    public var columns: Int
    /// Number of samples along y (at least 2 for contouring).
    public var rows: Int
    /// `rows * columns` values, `values[r * columns + c]`; non-finite values are allowed (cells touching them are skipped).
    public var values: [Double]

    /// A grid from precomputed values. A mismatched `values.count` is not an error here:
    /// the plot then shows "No data".
    public init(columns: Int, rows: Int, values: [Double]) {
        self.columns = columns
        self.rows = rows
        self.values = values
    }

    /// Samples `f` at `columns` × `rows` evenly spaced points covering both ranges (ends included).
    public static func sample(
        x: ClosedRange<Double>, y: ClosedRange<Double>, columns: Int, rows: Int,
        _ f: (Double, Double) -> Double
    ) -> Grid {
        let c = Swift.max(columns, 2)
        let r = Swift.max(rows, 2)
        var values: [Double] = []
        values.reserveCapacity(c * r)
        for j in 0..<r {
            let yj = coordinate(j, of: r, in: y)
            for i in 0..<c { values.append(f(coordinate(i, of: c, in: x), yj)) }
        }
        return Grid(columns: c, rows: r, values: values)
    }

    /// Whether the grid can be contoured.
    var isValid: Bool { columns >= 2 && rows >= 2 && values.count == columns * rows }

    subscript(c: Int, r: Int) -> Double { values[r * columns + c] }

    /// The coordinate of sample `i` out of `n` spanning `range`.
    static func coordinate(_ i: Int, of n: Int, in range: ClosedRange<Double>) -> Double {
        if i == n - 1 { return range.upperBound }
        return range.lowerBound + Double(i) * (range.upperBound - range.lowerBound) / Double(n - 1)
    }
}
