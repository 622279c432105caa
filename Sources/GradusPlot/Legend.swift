/// One legend entry.
struct LegendItem: Sendable {
    enum Swatch: Sendable { case line, start, end, optimum, box }
    var label: String
    /// CSS classes of the swatch group (series colour and dash).
    var classes: String
    var swatch: Swatch

    /// The legend of a plot of runs over the parameters: each run's line (its label and palette slot), then the start
    /// and end marks and, when the plot marks one, the optimum. Empty without runs.
    static func runs(
        _ runs: [(label: String, slot: Int)], start: String, end: String, optimum: String?
    ) -> [LegendItem] {
        guard !runs.isEmpty else { return [] }
        var items = runs.map { LegendItem(label: $0.label, classes: Palette.classes(for: $0.slot), swatch: .line) }
        items.append(LegendItem(label: start, classes: "", swatch: .start))
        items.append(LegendItem(label: end, classes: "", swatch: .end))
        if let optimum { items.append(LegendItem(label: optimum, classes: "", swatch: .optimum)) }
        return items
    }
}

/// Legend entries laid out in rows that wrap at the available width; a label too long for a row of its own wraps
/// onto more lines (in a phone-sized plot).
struct Legend: Sendable {
    static let swatchWidth = 24.0
    static let rowHeight = 18.0

    struct Entry: Sendable {
        var item: LegendItem
        var width: Double
        var lines: [String]
    }

    var rows: [[Entry]] = []
    /// The height of each text line after a row's first.
    private var lineHeight = 0.0

    init(items: [LegendItem], maxWidth: Double, fontSize: Double) {
        lineHeight = TitleLines.lineHeight(fontSize)
        var row: [Entry] = []
        var used = 0.0
        for item in items {
            var entry = Entry(
                item: item,
                width: Legend.swatchWidth + 6 + NumberFormat.estimatedWidth(item.label, fontSize: fontSize) + 20,
                lines: [item.label])
            if entry.width > maxWidth, maxWidth > 0 {
                let room = maxWidth - Legend.swatchWidth - 6 - 4
                entry.lines = TitleLines.wrap(item.label, fontSize: fontSize, maxWidth: room, maxLines: 3)
                entry.width = maxWidth
            }
            if !row.isEmpty && used + entry.width > maxWidth {
                rows.append(row)
                row = []
                used = 0
            }
            row.append(entry)
            used += entry.width
        }
        if !row.isEmpty { rows.append(row) }
    }

    /// A row's height: one line, and more for a wrapped label.
    private func height(_ row: [Entry]) -> Double {
        Legend.rowHeight + Double((row.map(\.lines.count).max() ?? 1) - 1) * lineHeight
    }

    var height: Double { rows.map(height).reduce(0, +) }

    /// Draws the legend with its first row's text baseline vertically centred at `origin.y + rowHeight/2`.
    func draw(_ w: inout SVGWriter, origin: Point) {
        guard !rows.isEmpty else { return }
        w.open("g", [("class", "gp-legend")])
        var top = origin.y
        for row in rows {
            var x = origin.x
            let midY = top + 0.5 * Legend.rowHeight
            defer { top += height(row) }
            for entry in row {
                let item = entry.item
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
                for (index, line) in entry.lines.enumerated() {
                    let y = midY + 4 + Double(index) * lineHeight
                    w.label(line, at: Point(x: x + Legend.swatchWidth + 6, y: y), className: "gp-legend")
                }
                x += entry.width
            }
        }
        w.close("g")
    }
}
