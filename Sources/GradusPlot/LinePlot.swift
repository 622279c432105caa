/// A line chart of one or more series against iteration: loss curves, gradient norms, step sizes.
public struct LinePlot: Sendable {
    /// Shown above the plot and used as the SVG `<title>`.
    public var title: String
    /// Horizontal axis label, e.g. "Iteration".
    public var xLabel: String
    /// Vertical axis label, e.g. "Loss".
    public var yLabel: String
    /// The curves; a legend is drawn when there is more than one.
    public var series: [Series]
    /// Vertical scale; `.automatic` picks log for positive data spanning more than two decades.
    public var yScale: AxisScale
    /// Horizontal scale (normally linear).
    public var xScale: AxisScale
    /// Text alternative for screen readers, placed in `<desc>`; a summary is generated when empty.
    public var description: String

    /// Creates a line plot.
    public init(
        title: String, xLabel: String = "Iteration", yLabel: String, series: [Series],
        yScale: AxisScale = .automatic, xScale: AxisScale = .linear, description: String = ""
    ) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.yScale = yScale
        self.xScale = xScale
        self.description = description
    }

    /// The plot as a standalone inline-SVG string.
    ///
    /// - Parameters:
    ///   - id: prefix for all ids in the SVG (sanitised to `[A-Za-z0-9_-]`, starting with a letter);
    ///     use a different one for every plot on a page.
    ///   - width: width of the view box in pixels.
    ///   - height: height of the view box in pixels.
    public func svg(id: String, width: Int = 640, height: Int = 360) -> String {
        let w = SVGDocument.clampSize(width, minimum: 160)
        let h = SVGDocument.clampSize(height, minimum: 120)
        let rootID = XMLText.sanitizedID(id)
        return SVGDocument.make(
            id: rootID, width: w, height: h, title: title, description: accessibleDescription
        ) { writer in
            let outer = Rect(x: 0, y: 0, width: Double(w), height: Double(h))
            LinePanel.draw(self, in: outer, style: .standalone, sharedY: nil, writer: &writer)
        }
    }

    /// `description`, or a generated summary when it is empty.
    var accessibleDescription: String {
        if !description.isEmpty { return description }
        let names = series.map(\.label).filter { !$0.isEmpty }
        let what = "Line plot of \(yLabel.isEmpty ? "values" : yLabel) against \(xLabel.isEmpty ? "index" : xLabel)"
        return names.isEmpty ? what + "." : what + " for " + names.joined(separator: ", ") + "."
    }
}
