/// A point in data coordinates, e.g. a known minimiser θ* drawn on a contour map.
public struct PlotPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// An axis-aligned rectangle in data coordinates, e.g. the feasible box of projected gradient descent.
public struct PlotBox: Sendable, Equatable {
    public var x: ClosedRange<Double>
    public var y: ClosedRange<Double>

    public init(x: ClosedRange<Double>, y: ClosedRange<Double>) {
        self.x = x
        self.y = y
    }
}

/// Markers shared by the figures that draw paths: the optimum, step arrows.
enum Marks {
    /// A bold × of half-width `r` in the text colour (contours and the curve are fainter).
    static func optimum(_ w: inout SVGWriter, at p: Point, radius r: Double = 5.5) {
        let a = [Point(x: p.x - r, y: p.y - r), Point(x: p.x + r, y: p.y + r)]
        let b = [Point(x: p.x - r, y: p.y + r), Point(x: p.x + r, y: p.y - r)]
        w.open("g", [("class", "gp-optimum")])
        w.polyline(a, [("class", "gp-mark")])
        w.polyline(b, [("class", "gp-mark")])
        w.close("g")
    }

    /// A line from `a` towards `b` ending in a small filled arrowhead that touches a dot of radius `gap` at `b`.
    /// Nothing is drawn when the step is shorter than `minimum` pixels.
    static func arrow(_ w: inout SVGWriter, from a: Point, to b: Point, gap: Double = 2.5, minimum: Double = 9) {
        let dx = b.x - a.x
        let dy = b.y - a.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length >= minimum else { return }
        let ux = dx / length
        let uy = dy / length
        let tip = Point(x: b.x - ux * gap, y: b.y - uy * gap)
        let head = Swift.min(6.0, length * 0.45)
        let base = Point(x: tip.x - ux * head, y: tip.y - uy * head)
        let half = head * 0.45
        let left = Point(x: base.x - uy * half, y: base.y + ux * half)
        let right = Point(x: base.x + uy * half, y: base.y - ux * half)
        let start = Point(x: a.x + ux * gap, y: a.y + uy * gap)
        w.line(start, base, [("class", "gp-step")])
        let points = [tip, left, right].map { NumberFormat.coordinate($0.x) + "," + NumberFormat.coordinate($0.y) }
        w.empty("polygon", [("class", "gp-arrow"), ("points", points.joined(separator: " "))])
    }
}

/// Ranges of plotted values that one far-off point does not stretch.
public enum PlotRange {
    /// The values' range widened by `padding` of its span on each side (at least `minimumMargin`), and how many
    /// values lie outside it. When a few values (at most a tenth) lie far from the rest — beyond four times the
    /// span of the others, measured from their nearer end — they are left out, so that one wild step does not
    /// shrink the whole path to a dot; `keep` values (a start, an end) are always inside.
    public static func robust(
        _ values: [Double], keep: [Double] = [], padding: Double = 0.2, minimumMargin: Double = 0.5
    ) -> (range: ClosedRange<Double>, clipped: Int) {
        let finite = values.filter(\.isFinite).sorted()
        let kept = keep.filter(\.isFinite)
        guard let first = finite.first, let last = finite.last else { return (-1...1, 0) }
        var low = first
        var high = last
        let n = finite.count
        let trim = n / 10
        if trim > 0 {
            let core = Array(finite[trim..<(n - trim)]) + kept
            let coreLow = core.min() ?? first
            let coreHigh = core.max() ?? last
            let span = Swift.max(coreHigh - coreLow, minimumMargin)
            let reachLow = coreLow - 4 * span
            let reachHigh = coreHigh + 4 * span
            let inside = finite.filter { $0 >= reachLow && $0 <= reachHigh }
            if inside.count < n, let l = inside.first, let h = inside.last {
                low = Swift.min(l, kept.min() ?? l)
                high = Swift.max(h, kept.max() ?? h)
            }
        }
        let margin = Swift.max((high - low) * padding, minimumMargin)
        let range = (low - margin)...(high + margin)
        return (range, finite.filter { !range.contains($0) }.count)
    }
}
