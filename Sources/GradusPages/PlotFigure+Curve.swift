import GradusLessons
import GradusOptim
import GradusPlot
import GradusText

/// The `curve` figure: a formula of one variable, or a family of them over a parameter, drawn over the region.
extension PlotFigure {
    func curveFigure() -> HTMLWriter {
        let range = block.xRange ?? 0...1
        let variable = ReadableFormula.text(block.curveVariable ?? "x")
        let series = block.curves.enumerated().map { index, curve in
            var line = FunctionPlot.sample(range, count: 301, label: ReadableFormula.text(curve.label)) {
                curve.formula.expression.value(at: [$0])
            }
            line.style = index
            return line
        }
        let format = NumberFormat.significant(4)
        let text = ReadableFormula.text(block.curves.first?.formula.text ?? "")
        let summary = words.curveSummary(
            formula: text, variable: variable, from: format.format(range.lowerBound).prose,
            to: format.format(range.upperBound).prose, members: series.count > 1 ? series.map(\.label) : [])
        var plot = LinePlot(
            title: block.title ?? words.figureTitle(.curve), xLabel: variable, yLabel: text, series: series,
            yScale: .linear)
        plot.description = summary
        var out = HTMLWriter()
        out.open("figure", [.init("class", "plot")])
        out.newline()
        drawing(plot, wide: plot.svg(id: id), narrowHeight: 300).write(to: &out)
        out.element("figcaption", summary)
        out.newline()
        out.close("figure")
        out.newline()
        // The numbers at 11 evenly spread points.
        out.line("details", [.init("class", "plot-data")]) { details in
            details.element("summary", words.plotData)
            details.newline()
            details.table {
                $0.columnHeaders([variable] + series.map(\.label))
            } rows: { body in
                for i in 0...10 {
                    let x = range.lowerBound + Double(i) * (range.upperBound - range.lowerBound) / 10
                    body.row { cells in
                        cells.element("th", [.row], format.format(x).prose)
                        for curve in block.curves {
                            let y = curve.formula.expression.value(at: [x])
                            cells.element("td", y.isFinite ? format.format(y).prose : "—")
                        }
                    }
                }
            }
        }
        return out
    }
}
