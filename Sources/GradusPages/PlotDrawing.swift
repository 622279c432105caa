import GradusPlot
import GradusText

/// A plot drawn twice: at its own size for wide screens and print, and at a phone's width, where the same labels
/// keep a readable size instead of shrinking with the whole drawing. The stylesheet shows one of the two.
struct PlotDrawing {
    /// The width in SVG units of the phone drawing: drawn across a 390 px screen it is scaled by 390/340, so the
    /// smallest labels (10 units, in small multiples) render at 11.5 px.
    static let narrowWidth = 340

    let wide: String
    let narrow: String

    /// The two drawings, each in a box the stylesheet shows or hides.
    func write(to out: inout HTMLWriter) {
        for (box, svg) in [("plot-wide", wide), ("plot-narrow", narrow)] {
            out.open("div", [.init("class", box)])
            out.raw(svg)
            out.close("div")
            out.newline()
        }
    }
}

/// A plot that can be drawn at any size.
protocol SizedPlot {
    func svg(id: String, width: Int, height: Int) -> String
}

extension LinePlot: SizedPlot {}
extension ContourPlot: SizedPlot {}
extension FunctionPlot: SizedPlot {}
extension ScatterPlot: SizedPlot {}

extension PlotFigure {
    /// `plot` drawn at its own size (`wide`) and at the phone width, `narrowHeight` units high and a legend row
    /// higher for each run after the second (on a phone each run's label takes a row of the legend, which would
    /// otherwise squeeze the frame).
    func drawing(_ plot: some SizedPlot, wide: String, narrowHeight: Int) -> PlotDrawing {
        let height = narrowHeight + 18 * max(0, runs.count - 2)
        return PlotDrawing(
            wide: wide, narrow: plot.svg(id: id + "-narrow", width: PlotDrawing.narrowWidth, height: height))
    }
}
