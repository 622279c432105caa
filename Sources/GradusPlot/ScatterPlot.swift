/// A line a·x + b·y + c = 0 in data coordinates: a fitted regression line or a decision boundary.
public struct PlotLine: Sendable, Equatable {
    public var a: Double
    public var b: Double
    public var c: Double
    /// Shown in the legend.
    public var label: String
    /// The palette slot (see `Series.style`); nil takes the line's position.
    public var style: Int?

    public init(a: Double, b: Double, c: Double, label: String, style: Int? = nil) {
        self.a = a
        self.b = b
        self.c = c
        self.label = label
        self.style = style
    }

    /// The part of the line inside the region, or nil when it misses it (or a = b = 0).
    func segment(x: ClosedRange<Double>, y: ClosedRange<Double>) -> (PlotPoint, PlotPoint)? {
        guard a.isFinite, b.isFinite, c.isFinite, a != 0 || b != 0 else { return nil }
        var points: [PlotPoint] = []
        if b != 0 {
            for px in [x.lowerBound, x.upperBound] {
                let py = -(a * px + c) / b
                if y.contains(py) { points.append(PlotPoint(x: px, y: py)) }
            }
        }
        if a != 0 {
            for py in [y.lowerBound, y.upperBound] {
                let px = -(b * py + c) / a
                if x.contains(px) { points.append(PlotPoint(x: px, y: py)) }
            }
        }
        guard let first = points.first,
            let far = points.max(by: { Self.distance($0, first) < Self.distance($1, first) }),
            Self.distance(far, first) > 0
        else { return nil }
        return first.x <= far.x ? (first, far) : (far, first)
    }

    static func distance(_ p: PlotPoint, _ q: PlotPoint) -> Double {
        (p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y)
    }
}

/// Samples as points (two classes as rings and filled dots) with fitted lines or decision boundaries on top.
public struct ScatterPlot: Sendable {
    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var description: String
    public var xRange: ClosedRange<Double>
    public var yRange: ClosedRange<Double>
    /// The samples; `group` 0 or 1 for the two classes of a classifier (ring and dot), nil for plain points.
    public var points: [(x: Double, y: Double, group: Int?)]
    public var lines: [PlotLine]
    /// The legend's words for the two classes.
    public var groupLabels = ["y = 0", "y = 1"]

    public init(
        title: String, xLabel: String, yLabel: String, description: String = "", xRange: ClosedRange<Double>,
        yRange: ClosedRange<Double>, points: [(x: Double, y: Double, group: Int?)], lines: [PlotLine]
    ) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.description = description
        self.xRange = xRange
        self.yRange = yRange
        self.points = points
        self.lines = lines
    }

    public func svg(id: String, width: Int = 560, height: Int = 440) -> String {
        let w = SVGDocument.clampSize(width, minimum: 160)
        let h = SVGDocument.clampSize(height, minimum: 160)
        let rootID = XMLText.sanitizedID(id)
        let text = description.isEmpty ? "Scatter plot of \(points.count) samples." : description
        return SVGDocument.make(id: rootID, width: w, height: h, title: title, description: text) {
            draw(in: Rect(x: 0, y: 0, width: Double(w), height: Double(h)), writer: &$0)
        }
    }

    private func draw(in outer: Rect, writer w: inout SVGWriter) {
        let m = TextMetrics.regular
        var items = lines.enumerated().map {
            LegendItem(label: $1.label, classes: Palette.classes(for: $1.style ?? $0), swatch: .line)
        }
        if points.contains(where: { $0.group != nil }) {
            items.append(LegendItem(label: groupLabels[0], classes: "gp-group0", swatch: .start))
            items.append(LegendItem(label: groupLabels[1], classes: "gp-group1", swatch: .end))
        }
        let top = PlotHeader.draw(title: title, legend: items, in: outer, writer: &w)
        let ranges = ContourPlot.sanitized(xRange, yRange)
        let (frame, xTicks, yTicks) = AxesPainter.linearFrame(
            in: outer, top: top, x: ranges.x, y: ranges.y, xLabel: xLabel, yLabel: yLabel)
        let projection = Projection(x: xTicks.axis, y: yTicks.axis, frame: frame)
        AxesPainter.drawGrid(&w, frame: frame, x: xTicks, y: yTicks)
        AxesPainter.drawAxes(
            &w, frame: frame, outer: outer, x: xTicks, y: yTicks, m, xLabel: xLabel, yLabel: yLabel, box: true)
        w.open("g", [("class", "gp-samples")])
        for p in points {
            guard let q = projection.point(p.x, p.y), frame.contains(q) else { continue }
            w.circle(
                q, radius: 3,
                [("class", p.group == 1 ? "gp-sample gp-group1" : p.group == 0 ? "gp-sample gp-group0" : "gp-sample")])
        }
        w.close("g")
        for (index, line) in lines.enumerated() {
            guard let (a, b) = line.segment(x: ranges.x, y: ranges.y),
                let p = projection.point(a.x, a.y), let q = projection.point(b.x, b.y)
            else { continue }
            w.open("g", [("class", "gp-series " + Palette.classes(for: line.style ?? index))])
            // Runs that end at the same θ draw the same line: the earlier ones are wider, so each stays visible.
            let width = 2 + 2.5 * Double(lines.count - 1 - index)
            w.polyline([p, q], [("class", "gp-line"), ("style", "stroke-width:" + NumberFormat.coordinate(width))])
            w.close("g")
        }
    }
}
