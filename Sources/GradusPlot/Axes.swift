/// Font sizes and spacing of one plot or panel.
struct TextMetrics: Sendable {
    var title: Double
    var label: Double
    var tick: Double
    var legend: Double

    static let regular = TextMetrics(title: 15, label: 12, tick: 11, legend: 12)
    static let small = TextMetrics(title: 12, label: 11, tick: 10, legend: 12)

    static let tickLength = 4.0
    static let tickGap = 3.0
}

/// Measures and draws axes: frame lines, grid, ticks, tick labels and axis labels.
enum AxesPainter {
    /// Height below the plot frame used by x tick labels and the x axis label.
    static func bottomMargin(_ m: TextMetrics, hasLabel: Bool) -> Double {
        TextMetrics.tickLength + TextMetrics.tickGap + m.tick + (hasLabel ? 7 + m.label : 0) + 4
    }

    /// Width left of the plot frame used by y tick labels and the (rotated) y axis label.
    static func leftMargin(_ y: AxisTicks?, _ m: TextMetrics, hasLabel: Bool) -> Double {
        let widest = (y?.major ?? []).map { NumberFormat.estimatedWidth($0.label, fontSize: m.tick) }.max() ?? 0
        return 6 + (hasLabel ? m.label + 8 : 0) + widest + TextMetrics.tickLength + TextMetrics.tickGap
    }

    /// How many y ticks fit comfortably in `height` pixels.
    static func yTickBudget(height: Double, _ m: TextMetrics) -> Int {
        Swift.min(9, Swift.max(2, Int(height / (m.tick * 2.8)) + 1))
    }

    /// Chooses x ticks whose labels do not overlap in `width` pixels.
    static func xTicks(kind: ScaleKind, lower: Double, upper: Double, width: Double, _ m: TextMetrics, extend: Bool)
        -> AxisTicks
    {
        var budget = Swift.min(11, Swift.max(2, Int(width / 55) + 1))
        while true {
            let t = TickGenerator.ticks(kind: kind, lower: lower, upper: upper, maxTicks: budget, extend: extend)
            if budget <= 2 || fits(t, width: width, m) { return t }
            budget -= 1
        }
    }

    private static func fits(_ t: AxisTicks, width: Double, _ m: TextMetrics) -> Bool {
        let positions = t.major.compactMap { tick in t.axis.fraction(tick.value).map { $0 * width } }
        let widths = t.major.map { NumberFormat.estimatedWidth($0.label, fontSize: m.tick) }
        guard positions.count == widths.count, positions.count > 1 else { return true }
        for i in 1..<positions.count where positions[i] - positions[i - 1] < (widths[i] + widths[i - 1]) / 2 + m.tick {
            return false
        }
        return true
    }

    /// Half the width of the last x tick label (how far it pokes out to the right of the frame).
    static func rightOverhang(_ x: AxisTicks, _ m: TextMetrics) -> Double {
        guard let last = x.major.last, let f = x.axis.fraction(last.value), f > 0.98 else { return 0 }
        return NumberFormat.estimatedWidth(last.label, fontSize: m.tick) / 2
    }

    /// Grid lines at the major ticks (drawn first, behind the data).
    static func drawGrid(_ w: inout SVGWriter, frame: Rect, x: AxisTicks?, y: AxisTicks?) {
        w.open("g", [("class", "gp-grid")])
        if let x {
            for tick in x.major {
                guard let f = x.axis.fraction(tick.value), f > 0.001, f < 0.999 else { continue }
                let px = frame.minX + f * frame.width
                w.line(Point(x: px, y: frame.minY), Point(x: px, y: frame.maxY), [])
            }
        }
        if let y {
            for tick in y.major {
                guard let f = y.axis.fraction(tick.value), f > 0.001, f < 0.999 else { continue }
                let py = frame.maxY - f * frame.height
                w.line(Point(x: frame.minX, y: py), Point(x: frame.maxX, y: py), [])
            }
        }
        w.close("g")
    }

    /// Frame lines (left and bottom, or a full box), tick marks, tick labels and axis labels.
    static func drawAxes(
        _ w: inout SVGWriter, frame: Rect, outer: Rect, x: AxisTicks?, y: AxisTicks?, _ m: TextMetrics,
        xLabel: String?, yLabel: String?, box: Bool
    ) {
        let len = TextMetrics.tickLength
        w.open("g", [("class", "gp-axes")])
        if box {
            w.empty(
                "rect",
                [
                    ("class", "gp-axis"), ("x", NumberFormat.coordinate(frame.minX)),
                    ("y", NumberFormat.coordinate(frame.minY)), ("width", NumberFormat.coordinate(frame.width)),
                    ("height", NumberFormat.coordinate(frame.height)),
                ])
        } else {
            w.polyline(
                [
                    Point(x: frame.minX, y: frame.minY), Point(x: frame.minX, y: frame.maxY),
                    Point(x: frame.maxX, y: frame.maxY),
                ], [("class", "gp-axis")])
        }
        if let x {
            for value in x.minor where x.minor.count * 4 <= Int(frame.width) {
                guard let f = x.axis.fraction(value), f >= 0, f <= 1 else { continue }
                let px = frame.minX + f * frame.width
                w.line(Point(x: px, y: frame.maxY), Point(x: px, y: frame.maxY + len / 2), [("class", "gp-tick")])
            }
            for tick in x.major {
                guard let f = x.axis.fraction(tick.value), f >= -1e-9, f <= 1 + 1e-9 else { continue }
                let px = frame.minX + f * frame.width
                w.line(Point(x: px, y: frame.maxY), Point(x: px, y: frame.maxY + len), [("class", "gp-tick")])
                w.label(
                    tick.label, at: Point(x: px, y: frame.maxY + len + TextMetrics.tickGap + m.tick * 0.8),
                    className: "gp-tick-label", anchor: "middle")
            }
        }
        if let y {
            for value in y.minor where y.minor.count * 4 <= Int(frame.height) {
                guard let f = y.axis.fraction(value), f >= 0, f <= 1 else { continue }
                let py = frame.maxY - f * frame.height
                w.line(Point(x: frame.minX - len / 2, y: py), Point(x: frame.minX, y: py), [("class", "gp-tick")])
            }
            for tick in y.major {
                guard let f = y.axis.fraction(tick.value), f >= -1e-9, f <= 1 + 1e-9 else { continue }
                let py = frame.maxY - f * frame.height
                w.line(Point(x: frame.minX - len, y: py), Point(x: frame.minX, y: py), [("class", "gp-tick")])
                w.label(
                    tick.label, at: Point(x: frame.minX - len - TextMetrics.tickGap, y: py + m.tick * 0.35),
                    className: "gp-tick-label", anchor: "end")
            }
        }
        if let xLabel, !xLabel.isEmpty {
            let baseline = frame.maxY + len + TextMetrics.tickGap + m.tick + 7 + m.label * 0.8
            w.label(xLabel, at: Point(x: frame.midX, y: baseline), className: "gp-label", anchor: "middle")
        }
        if let yLabel, !yLabel.isEmpty {
            let p = Point(x: outer.minX + 6 + m.label * 0.8, y: frame.midY)
            let rotate = "rotate(-90 \(NumberFormat.coordinate(p.x)) \(NumberFormat.coordinate(p.y)))"
            w.label(yLabel, at: p, className: "gp-label", anchor: "middle", extra: [("transform", rotate)])
        }
        w.close("g")
    }

    /// A centred italic note inside the frame, e.g. "No data".
    static func drawNote(_ w: inout SVGWriter, _ text: String, in frame: Rect) {
        w.label(text, at: Point(x: frame.midX, y: frame.midY + 4), className: "gp-note", anchor: "middle")
    }
}
