import GradusLessons
import GradusOptim
import GradusPlot
import GradusRuns

/// A figure drawn at build time from runs: inline SVG, a text alternative derived from the traces,
/// and the plotted numbers in a table for those who cannot see the figure.
struct PlotFigure {
    let runs: [ExampleRun]
    let block: GeneratedBlock
    let words: Localization
    /// Unique within the page.
    let id: String

    var html: String {
        get throws(Diagnostics) {
            let svg: String
            let summary = runs.map(describe).joined(separator: words.zh ? "" : " ")
            switch block.plot {
            case .loss, .gradientNorm:
                var plot = LinePlot(
                    title: block.title ?? words.plotTitle(block.plot), xLabel: words.iterationAxis,
                    yLabel: block.plot == .loss ? "J(θ)" : "‖∇J(θ)‖", series: runs.map(series))
                plot.description = summary
                svg = plot.svg(id: id)
            case .sweep:
                let panels = runs.map { run in
                    var panel = LinePlot(
                        title: "\(run.example.name): lr = \(NumberFormat.default.format(run.example.method.learningRate).prose)",
                        xLabel: words.iterationAxis, yLabel: "J(θ)", series: [series(run)])
                    panel.description = describe(run)
                    return panel
                }
                var multiples = SmallMultiples(title: block.title ?? words.plotTitle(.sweep), panels: panels, columns: min(3, runs.count),
                    sharedYScale: false)
                multiples.description = summary
                svg = multiples.svg(id: id)
            case .contour:
                svg = try contour(summary: summary)
            }
            var out = "<figure class=\"plot\">\n\(svg)\n<figcaption>\(HTML.escape(summary))</figcaption>\n</figure>\n"
            out += dataTable()
            return out
        }
    }

    func values(_ run: ExampleRun) -> [Iteration] { run.trace.iterations }

    func series(_ run: ExampleRun) -> Series {
        let kept = values(run)
        let y = kept.map { block.plot == .gradientNorm ? $0.gradientNorm : $0.loss }
        return Series(label: run.example.name, x: kept.map { Double($0.k) }, y: y)
    }

    /// "the loss of ‘seed’ falls from 5.125 to 9.53×10⁻⁵ in 1000 iterations (reached the iteration limit of 1000)."
    func describe(_ run: ExampleRun) -> String {
        let format = NumberFormat.significant(3)
        let first = run.trace.iterations.first ?? run.trace.final
        let last = run.trace.final
        if block.plot == .contour {
            func point(_ theta: [Double]) -> String { "(" + theta.map { format.format($0).prose }.joined(separator: ", ") + ")" }
            return words.pathSummary(
                example: run.example.name, from: point(first.theta), to: point(last.theta), iterations: last.k,
                outcome: words.outcome(run.trace.outcome))
        }
        let quantity = block.plot == .gradientNorm ? \Iteration.gradientNorm : \Iteration.loss
        return words.plotSummary(
            example: run.example.name, gradient: block.plot == .gradientNorm,
            from: format.format(first[keyPath: quantity]).prose, to: format.format(last[keyPath: quantity]).prose,
            iterations: last.k, outcome: words.outcome(run.trace.outcome))
    }

    func contour(summary: String) throws(Diagnostics) -> String {
        guard runs.allSatisfy({ $0.example.start.count == 2 }) else {
            throw Diagnostics(block.location, "a contour plot needs examples with two parameters")
        }
        let objective = runs[0].example.objective.objective
        var xs: [Double] = []
        var ys: [Double] = []
        for run in runs {
            for record in run.trace.iterations where record.theta.count == 2 {
                xs.append(record.theta[0])
                ys.append(record.theta[1])
            }
        }
        let xRange = block.xRange ?? Self.padded(xs)
        let yRange = block.yRange ?? Self.padded(ys)
        var gradient = [0.0, 0.0]
        let grid = Grid.sample(x: xRange, y: yRange, columns: 81, rows: 81) { x, y in
            objective.valueAndGradient(at: [x, y], gradient: &gradient)
        }
        let trajectories = runs.map { run in
            Series(
                label: run.example.name, x: run.trace.iterations.map { $0.theta[0] }, y: run.trace.iterations.map { $0.theta[1] })
        }
        var plot = ContourPlot(
            title: block.title ?? words.plotTitle(.contour), xLabel: "θ[0]", yLabel: "θ[1]", xRange: xRange, yRange: yRange,
            values: grid, trajectories: trajectories)
        plot.description = summary
        plot.startLabel = words.zh ? "起点" : "start"
        plot.endLabel = words.zh ? "终点" : "end"
        return plot.svg(id: id)
    }

    /// The smallest range holding the values, widened by a fifth on each side.
    static func padded(_ values: [Double]) -> ClosedRange<Double> {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return -1...1 }
        let margin = max((high - low) * 0.2, 0.5)
        return (low - margin)...(high + margin)
    }

    /// The plotted numbers at up to 11 evenly spread iterations, behind a disclosure.
    func dataTable() -> String {
        let format = NumberFormat.significant(4)
        var out = "<details class=\"plot-data\"><summary>\(HTML.escape(words.plotData))</summary>\n<table>\n<thead><tr><th scope=\"col\">k</th>"
        for run in runs { out += "<th scope=\"col\">\(HTML.escape(run.example.name))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        let longest = runs.map(\.trace.final.k).max() ?? 0
        var ks = Set((0...10).map { longest * $0 / 10 })
        for run in runs { ks.insert(run.trace.final.k) }
        for k in ks.sorted() {
            out += "<tr><th scope=\"row\">\(k)</th>"
            for run in runs {
                var cell = "—"
                if let record = run.trace.iteration(k) {
                    cell =
                        block.plot == .contour
                        ? "(\(format.format(record.theta[0]).prose), \(format.format(record.theta[1]).prose))"
                        : format.format(block.plot == .gradientNorm ? record.gradientNorm : record.loss).prose
                }
                out += "<td>\(HTML.escape(cell))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</details>\n"
        return out
    }
}
