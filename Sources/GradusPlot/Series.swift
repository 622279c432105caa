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
    /// The colour and dash pattern, as a slot of the palette; nil takes the series' position in its plot. Give the
    /// same slot to the same run in every figure of a page so that it keeps its colour.
    public var style: Int?

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

    /// How many series styles differ in colour; slots repeat after that.
    public static var styleCount: Int { Palette.colors.count }

    /// The colour of each palette slot (`#RRGGBB`) and the percentage of it in its mix with the page's text colour
    /// (the rest is text colour), for checking contrast against a page's backgrounds.
    public static var palette: [(colour: String, percent: Int)] {
        zip(Palette.colors, Palette.shares).map { ($0, $1) }
    }

    /// The palette slot of the series at `position`.
    func paletteSlot(_ position: Int) -> Int { style ?? position }

    /// The number of (x, y) pairs.
    var count: Int { Swift.min(x.count, y.count) }
}
