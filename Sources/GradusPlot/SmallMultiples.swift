/// A grid of small line plots sharing one figure, e.g. a learning-rate sweep (one panel per rate).
///
/// Series `i` has the same colour and dash in every panel. A legend (from the first panel with
/// more than one series) is drawn once at the top; panel titles name the panels.
public struct SmallMultiples: Sendable {
    /// The figure title, also the SVG `<title>`.
    public var title: String
    /// Text alternative for screen readers, placed in `<desc>`; a summary is generated when empty.
    public var description: String
    /// The panels, filled row by row.
    public var panels: [LinePlot]
    /// Panels per row (at least 1).
    public var columns: Int
    /// Whether all panels use one y scale and domain (the scale kind follows the first panel's
    /// `yScale`, resolved over all panels' data), so the panels can be compared directly.
    public var sharedYScale: Bool

    /// Creates a small-multiples figure.
    public init(
        title: String, description: String = "", panels: [LinePlot], columns: Int = 3, sharedYScale: Bool = true
    ) {
        self.title = title
        self.description = description
        self.panels = panels
        self.columns = columns
        self.sharedYScale = sharedYScale
    }

    /// The figure as a standalone inline-SVG string of `columns × panelWidth` by about `rows × panelHeight` pixels.
    ///
    /// - Parameters:
    ///   - id: prefix for all ids in the SVG (sanitised to `[A-Za-z0-9_-]`, starting with a letter).
    public func svg(id: String, panelWidth: Int = 260, panelHeight: Int = 180) -> String {
        let m = TextMetrics.regular
        let cols = Swift.max(1, Swift.min(columns, Swift.max(panels.count, 1)))
        let rows = Swift.max(1, (panels.count + cols - 1) / cols)
        let pw = Double(SVGDocument.clampSize(panelWidth, minimum: 120))
        let ph = Double(SVGDocument.clampSize(panelHeight, minimum: 100))
        let width = Int(pw) * cols

        let legendSource = panels.first { $0.series.count > 1 }
        let items = (legendSource?.series ?? []).enumerated().map {
            LegendItem(label: $1.label, classes: Palette.classes(for: $1.paletteSlot($0)), swatch: .line)
        }
        let legend = Legend(items: items, maxWidth: Double(width) - 20, fontSize: m.legend)
        let titleWidth = Double(width) - 20
        let titleLines = TitleLines.wrap(title, fontSize: m.title, maxWidth: titleWidth, maxLines: 3).count
        let titleHeight = title.isEmpty ? 4.0 : m.title + 12 + Double(titleLines - 1) * TitleLines.lineHeight(m.title)
        let header = titleHeight + legend.height + (items.isEmpty ? 0 : 4)
        let height = Int((header + ph * Double(rows)).rounded(.up))
        let rootID = XMLText.sanitizedID(id)

        return SVGDocument.make(
            id: rootID, width: width, height: height, title: title, description: accessibleDescription
        ) { w in
            if !title.isEmpty {
                w.title(
                    title, at: Point(x: 10, y: 8 + m.title * 0.85), className: "gp-title", fontSize: m.title,
                    maxWidth: titleWidth, maxLines: 3)
            }
            legend.draw(&w, origin: Point(x: 10, y: titleHeight))
            guard !panels.isEmpty else {
                AxesPainter.drawNote(&w, "No data", in: Rect(x: 0, y: header, width: Double(width), height: ph))
                return
            }
            let shared = sharedYScale ? sharedY() : nil
            var style = LinePanelStyle(
                metrics: .small, titleClass: "gp-panel-title", showLegend: false, showXLabel: true, showYLabel: true,
                reserveAxisLabels: sharedYScale, titleLines: 1)
            for (i, panel) in panels.enumerated() {
                let row = i / cols
                let col = i % cols
                let outer = Rect(x: Double(col) * pw, y: header + Double(row) * ph, width: pw, height: ph)
                // Axis labels only on the outer panels when the scale is shared.
                let hasPanelBelow = i + cols < panels.count
                style.showXLabel = !sharedYScale || !hasPanelBelow
                style.showYLabel = !sharedYScale || col == 0
                w.open("g", [("class", "gp-panel gp-small")])
                LinePanel.draw(panel, in: outer, style: style, sharedY: shared, writer: &w)
                w.close("g")
            }
        }
    }

    var accessibleDescription: String {
        if !description.isEmpty { return description }
        let names = panels.map(\.title).filter { !$0.isEmpty }
        return "\(panels.count) small line plots" + (names.isEmpty ? "." : ": " + names.joined(separator: "; ") + ".")
    }

    /// One y scale over all panels, or nil when there is nothing to show.
    private func sharedY() -> SharedY? {
        let all = panels.flatMap { LinePanel.pairedY($0.series) }
        let kind = (panels.first?.yScale ?? .automatic).resolved(for: all)
        guard let (lo, hi) = LinePanel.extent(all, kind: kind) else { return nil }
        return SharedY(kind: kind, lower: lo, upper: hi)
    }
}
