/// Contour lines of a 2-D objective with optimizer trajectories drawn on top.
public struct ContourPlot: Sendable {
    /// Shown above the plot and used as the SVG `<title>`.
    public var title: String
    /// Horizontal axis label, e.g. "θ₁".
    public var xLabel: String
    /// Vertical axis label, e.g. "θ₂".
    public var yLabel: String
    /// Text alternative for screen readers, placed in `<desc>`; a summary is generated when empty.
    public var description: String
    /// The x extent of the grid and of the plot.
    public var xRange: ClosedRange<Double>
    /// The y extent of the grid and of the plot.
    public var yRange: ClosedRange<Double>
    /// f(x, y) sampled over `xRange` × `yRange` (see `Grid` for the layout).
    public var values: Grid
    /// Contour levels; nil chooses about 10–15 automatically (geometric when the values span decades).
    public var levels: [Double]?
    /// Optimizer paths in (x, y) data coordinates, each drawn as a line with a ring at the start and
    /// a dot at the end, clipped to the plot area.
    public var trajectories: [Series]
    /// The legend's words for the start and end markers (for pages in other languages).
    public var startLabel = "start"
    public var endLabel = "end"
    public var optimumLabel = "θ*"
    public var boxLabel = "feasible box"
    /// Known minimisers, each marked with a bold ×.
    public var optima: [PlotPoint] = []
    /// A feasible region (projected runs) drawn as a shaded, dashed rectangle under the paths.
    public var box: PlotBox? = nil
    /// A short note in the plot's lower left corner, e.g. that iterates outside the region are not shown.
    public var note: String? = nil
    /// Iterates of each path drawn as dots: all of them when the path has at most 60 visible ones, otherwise the
    /// first `dottedSteps` (where a zig-zag shows).
    public var dottedSteps = 30
    /// How far, in SVG units, a contour line may stray from the computed one when its points are thinned: a small
    /// figure can take a coarser line.
    public var lineTolerance = 0.5

    /// Creates a contour plot.
    public init(
        title: String, xLabel: String = "x", yLabel: String = "y", description: String = "",
        xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, values: Grid, levels: [Double]? = nil,
        trajectories: [Series] = []
    ) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.description = description
        self.xRange = xRange
        self.yRange = yRange
        self.values = values
        self.levels = levels
        self.trajectories = trajectories
    }

    /// The levels actually drawn: `levels` (finite values, sorted, duplicates removed) or the automatic choice.
    public var resolvedLevels: [Double] {
        guard let levels else { return ContourLevels.automatic(values.values) }
        var out: [Double] = []
        for v in levels.filter(\.isFinite).sorted() where out.last != v { out.append(v) }
        return out
    }

    /// The plot as a standalone inline-SVG string.
    ///
    /// - Parameters:
    ///   - id: prefix for all ids in the SVG (sanitised to `[A-Za-z0-9_-]`, starting with a letter).
    ///   - width: width of the view box in pixels.
    ///   - height: height of the view box in pixels.
    public func svg(id: String, width: Int = 560, height: Int = 480) -> String {
        let w = SVGDocument.clampSize(width, minimum: 160)
        let h = SVGDocument.clampSize(height, minimum: 160)
        let rootID = XMLText.sanitizedID(id)
        return SVGDocument.make(id: rootID, width: w, height: h, title: title, description: accessibleDescription) {
            draw(in: Rect(x: 0, y: 0, width: Double(w), height: Double(h)), writer: &$0)
        }
    }

    var accessibleDescription: String {
        if !description.isEmpty { return description }
        let names = trajectories.map(\.label).filter { !$0.isEmpty }
        let base = "Contour plot of the objective over \(xLabel) and \(yLabel)"
        return names.isEmpty ? base + "." : base + " with the paths of " + names.joined(separator: ", ") + "."
    }

    private func draw(in outer: Rect, writer w: inout SVGWriter) {
        let m = TextMetrics.regular
        let (frame, xTicks, yTicks, ranges) = layout(in: outer, writer: &w)
        let projection = Projection(x: xTicks.axis, y: yTicks.axis, frame: frame)

        AxesPainter.drawGrid(&w, frame: frame, x: xTicks, y: yTicks)
        let levels = resolvedLevels
        if values.isValid && !levels.isEmpty {
            w.open("g", [("class", "gp-contours")])
            let polylines = MarchingSquares.polylines(values, levels: levels, x: ranges.x, y: ranges.y)
            for (i, lines) in polylines.enumerated() {
                // Lower levels are drawn more strongly, guiding the eye towards the minimum.
                let strength = levels.count > 1 ? Double(i) / Double(levels.count - 1) : 0
                let opacity = NumberFormat.fixed(0.6 - 0.35 * strength, decimals: 2, trimTrailingZeros: true)
                w.open("g", [("class", "gp-contour"), ("stroke-opacity", opacity)])
                let cell = (
                    (ranges.x.upperBound - ranges.x.lowerBound) / Double(Swift.max(values.columns - 1, 1)),
                    (ranges.y.upperBound - ranges.y.lowerBound) / Double(Swift.max(values.rows - 1, 1))
                )
                // A level the grid cannot resolve (a narrow valley floor) breaks into a chain of specks: leave it out.
                if Self.isFragmented(lines, cell: cell) {
                    w.close("g")
                    continue
                }
                for line in lines {
                    let pts = line.map { projection.point($0.x, $0.y) }
                    for run in Clip.polyline(pts, to: frame) where run.count > 1 {
                        w.polyline(Clip.thin(run, tolerance: lineTolerance), [])
                    }
                }
                w.close("g")
            }
            w.close("g")
        }
        AxesPainter.drawAxes(
            &w, frame: frame, outer: outer, x: xTicks, y: yTicks, m, xLabel: xLabel, yLabel: yLabel, box: true)
        if !values.isValid || levels.isEmpty && trajectories.allSatisfy({ $0.count == 0 }) {
            AxesPainter.drawNote(&w, "No data", in: frame)
        }
        if let box, let rect = Self.boxRect(box, projection: projection, frame: frame) {
            w.empty(
                "rect",
                [
                    ("class", "gp-box"), ("x", NumberFormat.coordinate(rect.minX)),
                    ("y", NumberFormat.coordinate(rect.minY)),
                    ("width", NumberFormat.coordinate(rect.width)), ("height", NumberFormat.coordinate(rect.height)),
                ])
        }
        for (index, path) in trajectories.enumerated() {
            w.open("g", [("class", "gp-series gp-trajectory " + Palette.classes(for: path.paletteSlot(index)))])
            drawTrajectory(path, projection: projection, frame: frame, writer: &w)
            w.close("g")
        }
        // θ* above the paths: the paths end on it.
        for p in optima {
            if let q = projection.point(p.x, p.y), frame.contains(q) { Marks.optimum(&w, at: q) }
        }
        if let note, !note.isEmpty {
            w.label(note, at: Point(x: frame.minX + 6, y: frame.maxY - 6), className: "gp-clip-note")
        }
    }

    /// The title and legend drawn into `w`; the frame, the ticks and the ranges of the plot area.
    func layout(in outer: Rect, writer w: inout SVGWriter) -> (
        frame: Rect, x: AxisTicks, y: AxisTicks, ranges: (x: ClosedRange<Double>, y: ClosedRange<Double>)
    ) {
        var items = LegendItem.runs(
            trajectories.enumerated().map { ($1.label, $1.paletteSlot($0)) }, start: startLabel, end: endLabel,
            optimum: optima.isEmpty ? nil : optimumLabel)
        if !items.isEmpty, box != nil { items.append(LegendItem(label: boxLabel, classes: "", swatch: .box)) }
        let top = PlotHeader.draw(title: title, legend: items, in: outer, writer: &w)
        let ranges = Self.sanitized(xRange, yRange)
        let (frame, xTicks, yTicks) = AxesPainter.linearFrame(
            in: outer, top: top, x: ranges.x, y: ranges.y, xLabel: xLabel, yLabel: yLabel)
        return (frame, xTicks, yTicks, ranges)
    }

    /// Whether a level's contour lines are a chain of specks: three or more pieces, each within three grid cells
    /// in both directions (a closed loop the grid resolves is one piece, or a few cut by the region's edge).
    static func isFragmented(_ lines: [[Point]], cell: (Double, Double)) -> Bool {
        var specks = 0
        for line in lines {
            guard let first = line.first else { continue }
            var (minX, maxX, minY, maxY) = (first.x, first.x, first.y, first.y)
            for p in line {
                minX = Swift.min(minX, p.x)
                maxX = Swift.max(maxX, p.x)
                minY = Swift.min(minY, p.y)
                maxY = Swift.max(maxY, p.y)
            }
            if maxX - minX <= 3 * cell.0 && maxY - minY <= 3 * cell.1 { specks += 1 }
        }
        return specks >= 3
    }

    /// The part of `box` inside the frame, in pixels; nil when none of it is.
    static func boxRect(_ box: PlotBox, projection: Projection, frame: Rect) -> Rect? {
        guard let a = projection.point(box.x.lowerBound, box.y.lowerBound),
            let b = projection.point(box.x.upperBound, box.y.upperBound)
        else { return nil }
        let minX = Swift.max(Swift.min(a.x, b.x), frame.minX)
        let maxX = Swift.min(Swift.max(a.x, b.x), frame.maxX)
        let minY = Swift.max(Swift.min(a.y, b.y), frame.minY)
        let maxY = Swift.min(Swift.max(a.y, b.y), frame.maxY)
        guard maxX > minX, maxY > minY else { return nil }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    /// A path with small dots at the iterates (when there are few), a start ring and an end dot.
    private func drawTrajectory(_ path: Series, projection: Projection, frame: Rect, writer w: inout SVGWriter) {
        let points = projection.points(path)
        for run in Clip.polyline(points, to: frame) where run.count > 1 {
            w.polyline(Clip.thin(run), [("class", "gp-line")])
        }
        let visible = points.compactMap { $0 }.filter { frame.contains($0) }
        if visible.count > 2 {
            let dotted = visible.count <= 60 ? visible : Array(visible.prefix(dottedSteps + 1))
            var last: Point? = nil
            for p in dotted.dropFirst() {
                if let q = last, (p.x - q.x).magnitude < 1.2 && (p.y - q.y).magnitude < 1.2 { continue }
                w.circle(p, radius: 2.2, [("class", "gp-dot")])
                last = p
            }
        }
        if let first = points.first(where: { $0 != nil }) ?? nil, frame.contains(first) {
            w.circle(first, radius: 4.5, [("class", "gp-start")])
        }
        if let last = points.last(where: { $0 != nil }) ?? nil, frame.contains(last) {
            w.circle(last, radius: 4, [("class", "gp-end")])
        }
    }

    /// Ranges with finite, non-degenerate bounds.
    static func sanitized(_ x: ClosedRange<Double>, _ y: ClosedRange<Double>) -> (
        x: ClosedRange<Double>, y: ClosedRange<Double>
    ) {
        func fix(_ r: ClosedRange<Double>) -> ClosedRange<Double> {
            guard r.lowerBound.isFinite, r.upperBound.isFinite else { return 0...1 }
            if r.upperBound > r.lowerBound { return r }
            let pad = r.lowerBound == 0 ? 1 : r.lowerBound.magnitude * 0.1
            return (r.lowerBound - pad)...(r.upperBound + pad)
        }
        return (fix(x), fix(y))
    }
}
