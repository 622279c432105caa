/// A function of one variable drawn as a curve, with runs of an optimizer on it: each run's iterates are dots on
/// the curve joined by step arrows, its start a ring and its end a filled dot ("the ball rolling down the curve").
public struct FunctionPlot: Sendable {
    /// Shown above the plot and used as the SVG `<title>`.
    public var title: String
    /// Horizontal axis label, e.g. "θ".
    public var xLabel: String
    /// Vertical axis label, e.g. "J(θ)".
    public var yLabel: String
    /// Text alternative for screen readers, placed in `<desc>`; a summary is generated when empty.
    public var description: String
    /// The x extent of the plot.
    public var xRange: ClosedRange<Double>
    /// The y extent; nil takes the curve's values over `xRange` with a margin.
    public var yRange: ClosedRange<Double>?
    /// The function sampled over `xRange` (points outside it, and non-finite ones, are skipped).
    public var curve: Series
    /// The runs: x are the iterates θₖ, y the values J(θₖ).
    public var runs: [Series]
    /// Known minimisers to mark with ×.
    public var optima: [PlotPoint] = []
    /// The legend's words for the markers.
    public var startLabel = "start"
    public var endLabel = "end"
    public var optimumLabel = "minimum"
    /// At most this many iterates of each run get a dot and an arrow (the first ones; later steps are usually too
    /// short to see and are drawn as the path alone).
    public var maximumSteps = 40

    /// Creates a function plot.
    public init(
        title: String, xLabel: String = "θ", yLabel: String = "J(θ)", description: String = "",
        xRange: ClosedRange<Double>, yRange: ClosedRange<Double>? = nil, curve: Series, runs: [Series] = []
    ) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.description = description
        self.xRange = xRange
        self.yRange = yRange
        self.curve = curve
        self.runs = runs
    }

    /// Samples `f` at `count` evenly spaced points of `range` (ends included).
    public static func sample(
        _ range: ClosedRange<Double>, count: Int = 401, label: String = "", _ f: (Double) -> Double
    )
        -> Series
    {
        let n = Swift.max(count, 2)
        let xs = (0..<n).map { Grid.coordinate($0, of: n, in: range) }
        return Series(label: label, x: xs, y: xs.map(f))
    }

    /// The y range drawn: `yRange`, or the curve's finite values over `xRange` (and the runs' values there) widened
    /// by 8 % of their span on each side.
    public var resolvedYRange: ClosedRange<Double> {
        if let yRange, yRange.lowerBound.isFinite, yRange.upperBound.isFinite, yRange.upperBound > yRange.lowerBound {
            return yRange
        }
        var values: [Double] = []
        for s in [curve] + runs {
            for i in 0..<s.count where s.x[i].isFinite && s.y[i].isFinite && xRange.contains(s.x[i]) {
                values.append(s.y[i])
            }
        }
        guard let low = values.min(), let high = values.max() else { return -1...1 }
        let margin = high > low ? (high - low) * 0.08 : Swift.max(low.magnitude * 0.1, 1)
        return (low - margin)...(high + margin)
    }

    /// The plot as a standalone inline-SVG string.
    public func svg(id: String, width: Int = 640, height: Int = 400) -> String {
        let w = SVGDocument.clampSize(width, minimum: 160)
        let h = SVGDocument.clampSize(height, minimum: 160)
        let rootID = XMLText.sanitizedID(id)
        return SVGDocument.make(id: rootID, width: w, height: h, title: title, description: accessibleDescription) {
            draw(in: Rect(x: 0, y: 0, width: Double(w), height: Double(h)), writer: &$0)
        }
    }

    var accessibleDescription: String {
        if !description.isEmpty { return description }
        let names = runs.map(\.label).filter { !$0.isEmpty }
        let base = "Plot of \(yLabel) against \(xLabel)"
        return names.isEmpty ? base + "." : base + " with the iterates of " + names.joined(separator: ", ") + "."
    }

    private func draw(in outer: Rect, writer w: inout SVGWriter) {
        let m = TextMetrics.regular
        let items = LegendItem.runs(
            runs.enumerated().map { ($1.label, $1.paletteSlot($0)) }, start: startLabel, end: endLabel,
            optimum: optima.isEmpty ? nil : optimumLabel)
        let top = PlotHeader.draw(title: title, legend: items, in: outer, writer: &w)
        let ranges = ContourPlot.sanitized(xRange, resolvedYRange)
        let (frame, xTicks, yTicks) = AxesPainter.linearFrame(
            in: outer, top: top, x: ranges.x, y: ranges.y, xLabel: xLabel, yLabel: yLabel)
        let projection = Projection(x: xTicks.axis, y: yTicks.axis, frame: frame)
        AxesPainter.drawGrid(&w, frame: frame, x: xTicks, y: yTicks)
        AxesPainter.drawAxes(
            &w, frame: frame, outer: outer, x: xTicks, y: yTicks, m, xLabel: xLabel, yLabel: yLabel, box: false)
        let clip = Rect(x: frame.minX - 1, y: frame.minY - 1, width: frame.width + 2, height: frame.height + 2)
        let curvePoints = projection.points(curve)
        let visibleCurve = Clip.polyline(curvePoints, to: clip).filter { $0.count > 1 }
        if visibleCurve.isEmpty && runs.allSatisfy({ $0.count == 0 }) {
            AxesPainter.drawNote(&w, "No data", in: frame)
        }
        w.open("g", [("class", "gp-curve")])
        for run in visibleCurve { w.polyline(Clip.thin(run), [("class", "gp-line")]) }
        w.close("g")
        for p in optima {
            if let q = projection.point(p.x, p.y), frame.contains(q) { Marks.optimum(&w, at: q) }
        }
        // Later runs on top; each run's arrows and dots above its own path only.
        for (index, run) in runs.enumerated() {
            w.open("g", [("class", "gp-series gp-iterates " + Palette.classes(for: run.paletteSlot(index)))])
            drawRun(run, projection: projection, frame: frame, writer: &w)
            w.close("g")
        }
    }

    /// The first `maximumSteps` iterates as dots joined by arrows, then the start ring and the end dot.
    private func drawRun(_ run: Series, projection: Projection, frame: Rect, writer w: inout SVGWriter) {
        let points = projection.points(run)
        let shown = Array(points.prefix(maximumSteps + 1))
        var previous: Point? = nil
        for entry in shown {
            guard let p = entry else {
                previous = nil
                continue
            }
            if let a = previous, frame.contains(a), frame.contains(p) { Marks.arrow(&w, from: a, to: p) }
            previous = p
        }
        var lastDot: Point? = nil
        for case let p? in shown where frame.contains(p) {
            if let q = lastDot, (p.x - q.x).magnitude < 1.5 && (p.y - q.y).magnitude < 1.5 { continue }
            w.circle(p, radius: 2.5, [("class", "gp-dot")])
            lastDot = p
        }
        if let first = points.first(where: { $0 != nil }) ?? nil, frame.contains(first) {
            w.circle(first, radius: 5, [("class", "gp-start")])
        }
        if let last = points.last(where: { $0 != nil }) ?? nil, frame.contains(last) {
            w.circle(last, radius: 4.5, [("class", "gp-end")])
        }
    }
}
