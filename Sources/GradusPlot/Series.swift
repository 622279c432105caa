/// A named sequence of (x, y) points: a loss curve, a gradient-norm curve, or an optimizer trajectory.
///
/// Points are paired by index; if `x` and `y` differ in length the extra values are ignored.
/// Non-finite values (a diverged run) are allowed: they are skipped and break the drawn line.
public struct Series: Sendable, Equatable {
    /// Shown in the legend.
    public var label: String
    /// Horizontal coordinates (iterations for line plots, the first parameter for trajectories).
    public var x: [Double]
    /// Vertical coordinates.
    public var y: [Double]

    /// A series from explicit coordinates.
    public init(label: String, x: [Double], y: [Double]) {
        self.label = label
        self.x = x
        self.y = y
    }

    /// A series whose x values are the indices 0, 1, 2, … of `y` (e.g. iterations).
    public init(label: String, y: [Double]) {
        self.init(label: label, x: y.indices.map(Double.init), y: y)
    }

    /// The number of (x, y) pairs.
    var count: Int { Swift.min(x.count, y.count) }
}
