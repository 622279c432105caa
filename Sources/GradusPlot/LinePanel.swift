/// Layout options for drawing a line plot into a rectangle (standalone, or as a small-multiples panel).
struct LinePanelStyle: Sendable {
    var metrics: TextMetrics
    var titleClass: String
    var showLegend: Bool
    var showXLabel: Bool
    var showYLabel: Bool
    /// Leave room for the axis labels even where they are hidden, so that panels line up.
    var reserveAxisLabels: Bool
    /// The most lines a long title wraps to (panels of small multiples keep one, condensed, so their plots line up).
    var titleLines = 3

    static let standalone = LinePanelStyle(
        metrics: .regular, titleClass: "gp-title", showLegend: true, showXLabel: true, showYLabel: true,
        reserveAxisLabels: false)
}

/// A y scale and domain shared by several panels.
struct SharedY: Sendable {
    var kind: ScaleKind
    var lower: Double
    var upper: Double
}

/// Draws a `LinePlot` into a rectangle: title, legend, axes, curves.
enum LinePanel {
    /// The y values of all (x, y) pairs.
    static func pairedY(_ series: [Series]) -> [Double] { series.flatMap { $0.y.prefix($0.count) } }

    /// The finite extent of the values accepted by `kind`, or nil if there are none.
    static func extent(_ values: [Double], kind: ScaleKind) -> (Double, Double)? {
        var lo = Double.infinity
        var hi = -Double.infinity
        for v in values where kind.accepts(v) {
            lo = Swift.min(lo, v)
            hi = Swift.max(hi, v)
        }
        return lo <= hi ? (lo, hi) : nil
    }

    static func draw(
        _ plot: LinePlot, in outer: Rect, style: LinePanelStyle, sharedY: SharedY?, writer w: inout SVGWriter
    ) {
        let m = style.metrics
        let series = plot.series
        let yKind = sharedY?.kind ?? plot.yScale.resolved(for: pairedY(series))
        let xKind = plot.xScale.resolved(for: series.flatMap { $0.x.prefix($0.count) })

        // Points that can be drawn on both axes determine the domain.
        var xs: [Double] = []
        var ys: [Double] = []
        for s in series {
            for i in 0..<s.count where xKind.accepts(s.x[i]) && yKind.accepts(s.y[i]) {
                xs.append(s.x[i])
                ys.append(s.y[i])
            }
        }
        let xExtent = extent(xs, kind: xKind)
        let yExtent: (Double, Double)? = sharedY.map { ($0.lower, $0.upper) } ?? extent(ys, kind: yKind)
        let hasData = xExtent != nil && extent(ys, kind: yKind) != nil

        // Vertical layout: title, legend, plot, x axis.
        var top = outer.minY + 8
        let title = plot.title
        if !title.isEmpty {
            let lines = w.title(
                title, at: Point(x: outer.minX + 10, y: top + m.title * 0.85), className: style.titleClass,
                fontSize: m.title, maxWidth: outer.width - 20, maxLines: style.titleLines)
            top += m.title + 6 + Double(lines - 1) * TitleLines.lineHeight(m.title)
        }
        var legend = Legend(items: [], maxWidth: 0, fontSize: m.legend)
        if style.showLegend && series.count > 1 {
            let items = series.enumerated().map {
                LegendItem(label: $1.label, classes: Palette.classes(for: $1.paletteSlot($0)), swatch: .line)
            }
            legend = Legend(items: items, maxWidth: outer.width - 20, fontSize: m.legend)
            legend.draw(&w, origin: Point(x: outer.minX + 10, y: top))
            top += legend.height + 2
        }
        top += m.tick * 0.6  // room for the top y tick label
        let xLabel = style.showXLabel ? plot.xLabel : nil
        let yLabel = style.showYLabel ? plot.yLabel : nil
        let reserveX = !(xLabel ?? "").isEmpty || (style.reserveAxisLabels && !plot.xLabel.isEmpty)
        let reserveY = !(yLabel ?? "").isEmpty || (style.reserveAxisLabels && !plot.yLabel.isEmpty)
        let bottom = outer.maxY - AxesPainter.bottomMargin(m, hasLabel: reserveX)
        let plotHeight = Swift.max(bottom - top, 10)

        var yTicks: AxisTicks? = nil
        if hasData, let (lo, hi) = yExtent {
            yTicks = TickGenerator.ticks(
                kind: yKind, lower: lo, upper: hi, maxTicks: AxesPainter.yTickBudget(height: plotHeight, m))
        }
        let left = outer.minX + AxesPainter.leftMargin(yTicks, m, hasLabel: reserveY)
        var right = outer.maxX - 14
        var xTicks: AxisTicks? = nil
        if hasData, let (lo, hi) = xExtent {
            var t = AxesPainter.xTicks(kind: xKind, lower: lo, upper: hi, width: right - left, m, extend: true)
            let overhang = AxesPainter.rightOverhang(t, m)
            if overhang > 10 {
                right = outer.maxX - overhang - 4
                t = AxesPainter.xTicks(kind: xKind, lower: lo, upper: hi, width: right - left, m, extend: true)
            }
            xTicks = t
        }
        let frame = Rect(x: left, y: top, width: Swift.max(right - left, 10), height: plotHeight)

        AxesPainter.drawGrid(&w, frame: frame, x: xTicks, y: yTicks)
        AxesPainter.drawAxes(
            &w, frame: frame, outer: outer, x: xTicks, y: yTicks, m, xLabel: xLabel, yLabel: yLabel, box: false)
        guard hasData, let xTicks, let yTicks else {
            AxesPainter.drawNote(&w, "No data", in: frame)
            return
        }
        let projection = Projection(x: xTicks.axis, y: yTicks.axis, frame: frame)
        // Lines may run to the frame edge but not beyond it (a little slack for the stroke).
        let clip = Rect(x: frame.minX - 1, y: frame.minY - 1, width: frame.width + 2, height: frame.height + 2)
        for (index, s) in series.enumerated() {
            w.open("g", [("class", "gp-series " + Palette.classes(for: s.paletteSlot(index)))])
            drawSeries(s, projection: projection, clip: clip, writer: &w)
            w.close("g")
        }
    }

    /// One curve: polylines between non-finite gaps, dots for isolated points, and a cross at the
    /// last plotted point when the series ends in non-finite values (a diverged run).
    static func drawSeries(_ s: Series, projection: Projection, clip: Rect, writer w: inout SVGWriter) {
        let points = projection.points(s)
        for run in Clip.polyline(points, to: clip) {
            if run.count == 1 {
                w.circle(run[0], radius: 2.5, [("class", "gp-dot")])
            } else {
                w.polyline(Clip.thin(run), [("class", "gp-line")])
            }
        }
        let isFinite = { (i: Int) in s.x[i].isFinite && s.y[i].isFinite }
        if let lastGood = points.lastIndex(where: { $0 != nil }),
            lastGood + 1 < s.count, !((lastGood + 1)..<s.count).contains(where: isFinite),
            let p = points[lastGood], clip.contains(p)
        {
            let r = 4.0
            w.polyline(
                [Point(x: p.x - r, y: p.y - r), Point(x: p.x + r, y: p.y + r)], [("class", "gp-cross")])
            w.polyline(
                [Point(x: p.x - r, y: p.y + r), Point(x: p.x + r, y: p.y - r)], [("class", "gp-cross")])
        }
    }
}
