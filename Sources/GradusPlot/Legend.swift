/// One legend entry.
struct LegendItem: Sendable {
    enum Swatch: Sendable { case line, start, end, optimum, box }
    var label: String
    /// CSS classes of the swatch group (series colour and dash).
    var classes: String
    var swatch: Swatch
}

/// Legend entries laid out in rows that wrap at the available width.
struct Legend: Sendable {
    static let swatchWidth = 24.0
    static let rowHeight = 18.0

    var rows: [[(item: LegendItem, width: Double)]] = []

    init(items: [LegendItem], maxWidth: Double, fontSize: Double) {
        var row: [(item: LegendItem, width: Double)] = []
        var used = 0.0
        for item in items {
            let width = Legend.swatchWidth + 6 + NumberFormat.estimatedWidth(item.label, fontSize: fontSize) + 20
            if !row.isEmpty && used + width > maxWidth {
                rows.append(row)
                row = []
                used = 0
            }
            row.append((item, width))
            used += width
        }
        if !row.isEmpty { rows.append(row) }
    }

    var height: Double { Double(rows.count) * Legend.rowHeight }

    /// Draws the legend with its first row's text baseline vertically centred at `origin.y + rowHeight/2`.
    func draw(_ w: inout SVGWriter, origin: Point) {
        guard !rows.isEmpty else { return }
        w.open("g", [("class", "gp-legend")])
        for (r, row) in rows.enumerated() {
            var x = origin.x
            let midY = origin.y + (Double(r) + 0.5) * Legend.rowHeight
            for (item, width) in row {
                w.open("g", [("class", item.classes)])
                switch item.swatch {
                case .line:
                    w.line(
                        Point(x: x, y: midY), Point(x: x + Legend.swatchWidth, y: midY), [("class", "gp-line")])
                case .start:
                    w.circle(Point(x: x + Legend.swatchWidth / 2, y: midY), radius: 4, [("class", "gp-start")])
                case .end:
                    w.circle(Point(x: x + Legend.swatchWidth / 2, y: midY), radius: 4, [("class", "gp-end")])
                case .optimum:
                    Marks.optimum(&w, at: Point(x: x + Legend.swatchWidth / 2, y: midY), radius: 4.5)
                case .box:
                    w.empty(
                        "rect",
                        [
                            ("class", "gp-box"), ("x", NumberFormat.coordinate(x + 2)),
                            ("y", NumberFormat.coordinate(midY - 6)), ("width", "20"), ("height", "12"),
                        ])
                }
                w.close("g")
                w.label(item.label, at: Point(x: x + Legend.swatchWidth + 6, y: midY + 4), className: "gp-legend")
                x += width
            }
        }
        w.close("g")
    }
}
