/// Where points of the plane fall in a contour plot's SVG: for a page that moves a path over a drawn map.
public struct PlotPixels: Sendable {
    let projection: Projection

    /// The plot area in the SVG's units.
    public var frame: (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        let f = projection.frame
        return (f.minX...f.maxX, f.minY...f.maxY)
    }

    /// The SVG position of (x, y) on the plot's axes, inside the plot area or not.
    public func unclipped(_ x: Double, _ y: Double) -> (x: Double, y: Double)? {
        projection.point(x, y).map { ($0.x, $0.y) }
    }

    /// The SVG position of (x, y), or nil when it lies outside the plot area (or cannot be placed).
    public func point(_ x: Double, _ y: Double) -> (x: Double, y: Double)? {
        guard x.isFinite, y.isFinite, let p = projection.point(x, y), projection.frame.contains(p) else { return nil }
        return (p.x, p.y)
    }
}

extension ContourPlot {
    /// The mapping from the plane to the SVG that `svg(id:width:height:)` draws at this size.
    public func pixels(width: Int = 560, height: Int = 480) -> PlotPixels {
        let w = SVGDocument.clampSize(width, minimum: 160)
        let h = SVGDocument.clampSize(height, minimum: 160)
        var scratch = SVGWriter()
        let layout = layout(in: Rect(x: 0, y: 0, width: Double(w), height: Double(h)), writer: &scratch)
        return PlotPixels(projection: Projection(x: layout.x.axis, y: layout.y.axis, frame: layout.frame))
    }
}
