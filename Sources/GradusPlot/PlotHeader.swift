/// The top of a plot with a frame of its own (contour, function and scatter plots): the title, wrapped, then the
/// legend, then room for the top tick label.
enum PlotHeader {
    /// Draws the title (when not empty) and the legend (when it has items) across `outer`; returns the y where the
    /// plot's frame may start.
    static func draw(title: String, legend items: [LegendItem], in outer: Rect, writer w: inout SVGWriter) -> Double {
        let m = TextMetrics.regular
        var top = outer.minY + 8
        if !title.isEmpty {
            let lines = w.title(
                title, at: Point(x: outer.minX + 10, y: top + m.title * 0.85), className: "gp-title", fontSize: m.title,
                maxWidth: outer.width - 20)
            top += m.title + 6 + Double(lines - 1) * TitleLines.lineHeight(m.title)
        }
        if !items.isEmpty {
            let legend = Legend(items: items, maxWidth: outer.width - 20, fontSize: m.legend)
            legend.draw(&w, origin: Point(x: outer.minX + 10, y: top))
            top += legend.height + 2
        }
        return top + m.tick * 0.6
    }
}
