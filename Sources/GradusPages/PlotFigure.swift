import GradusLessons
import GradusOptim
import GradusPlot
import GradusRuns
import GradusText

/// A figure drawn at build time from runs: inline SVG, a text alternative derived from the traces,
/// and the plotted numbers in a table for those who cannot see the figure.
struct PlotFigure {
    let runs: [ExampleRun]
    let block: GeneratedBlock
    let words: Localization
    /// Unique within the page.
    let id: String
    /// Each example's palette slot on this page (see `PlotFigure.paletteSlots`), so a run keeps its colour from
    /// figure to figure.
    var slots: [String: Int] = [:]
    /// The examples whose outcome the page has already given: their captions leave it out.
    var statedOutcomes: Set<String> = []

    /// The slot of `run` in this figure: its page slot, unless two runs of this figure would then look alike.
    func slot(_ run: ExampleRun) -> Int? {
        let colours = Set(runs.compactMap { slots[$0.example.name].map { $0 % Series.styleCount } })
        guard colours.count == runs.count else { return nil }
        return slots[run.example.name]
    }

    var html: HTMLWriter {
        get throws(Diagnostics) {
            let svg: PlotDrawing
            let summary = runs.map(describe).joined(separator: words.sentenceSpace)
            switch block.plot {
            case .loss where block.gap:
                svg = try gapPlot(summary: summary)
            case .loss, .gradientNorm:
                var plot = LinePlot(
                    title: block.title ?? words.plotTitle(block.plot), xLabel: words.iterationAxis,
                    yLabel: block.plot == .loss
                        ? "\(words.notation.objective)(θ)" : "‖∇\(words.notation.objective)(θ)‖",
                    series: runs.map(series))
                plot.description = summary
                svg = drawing(plot, wide: plot.svg(id: id), narrowHeight: 300)
            case .sweep:
                svg = try sweep(summary: summary)
            case .function:
                svg = try function(summary: summary)
            case .trace:
                svg = try trace(summary: summary)
            case .data:
                svg = try dataFigure(summary: summary)
            case .curve:
                return curveFigure()
            case .contour:
                svg = try contour(summary: summary)
            }
            var out = HTMLWriter()
            out.open("figure", [.init("class", "plot")])
            out.newline()
            svg.write(to: &out)
            out.element("figcaption", caption(summary: summary))
            out.newline()
            out.close("figure")
            out.newline()
            writeDataTable(to: &out)
            return out
        }
    }

    /// What the figure's caption says: of three or more runs (a sweep, a comparison), their outcomes grouped in a few
    /// sentences, unless the page has already given them all; else the per-run summary. The per-run summary stays the
    /// drawing's text alternative either way.
    func caption(summary: String) -> String {
        let grouped: Set<GeneratedBlock.PlotKind> = [.loss, .gradientNorm, .sweep, .contour, .function]
        guard runs.count >= 3, grouped.contains(block.plot),
            !runs.allSatisfy({ statedOutcomes.contains($0.example.name) })
        else { return summary }
        return words.runsOverview(runs.map { (words.label($0.example), $0.trace.outcome, $0.trace.final.loss) })
    }

    func values(_ run: ExampleRun) -> [Iteration] { Array(run.trace.iterations) }

    func series(_ run: ExampleRun) -> Series {
        let kept = run.trace.iterations
        let y = block.plot == .gradientNorm ? kept.gradientNormColumn : kept.lossColumn
        var series = Series(label: words.label(run.example), x: kept.kColumn.map(Double.init), y: y)
        series.style = slot(run)
        return series
    }

    /// "the loss of ‘seed’ falls from 5.125 to 9.53×10⁻⁵ in 1000 iterations (reached the iteration limit of 1000)."
    func describe(_ run: ExampleRun) -> String {
        // Four digits, like the tables, so a caption and a table never show the same start loss differently.
        let format = NumberFormat.significant(4)
        let first = run.trace.iterations.first ?? run.trace.final
        let last = run.trace.final
        if block.plot == .trace { return describeTrace(run) }
        if block.plot == .contour || block.plot == .function {
            func point(_ theta: [Double]) -> String {
                let text = theta.map { format.format($0).prose }.joined(separator: ", ")
                return theta.count == 1 ? text : "(" + text + ")"
            }
            return words.pathSummary(
                example: words.label(run.example), from: point(first.theta), to: point(last.theta),
                iterations: run.trace.iterationCount,
                outcome: outcome(run))
        }
        let quantity = block.plot == .gradientNorm ? \Iteration.gradientNorm : \Iteration.loss
        return words.plotSummary(
            example: words.label(run.example), gradient: block.plot == .gradientNorm,
            from: format.format(first[keyPath: quantity]).prose, to: format.format(last[keyPath: quantity]).prose,
            iterations: run.trace.iterationCount, outcome: outcome(run))
    }

    /// The run's outcome in words, or nil when the page has already given it.
    func outcome(_ run: ExampleRun) -> String? {
        statedOutcomes.contains(run.example.name) ? nil : words.outcome(run.trace.outcome)
    }

    func contour(summary: String) throws(Diagnostics) -> PlotDrawing {
        guard runs.allSatisfy({ $0.example.start.count == 2 }) else {
            throw Diagnostics(block.location, "a contour plot needs examples with two parameters")
        }
        let (xRange, yRange, clipped) = contourRegion()
        let starts = runs.compactMap { $0.trace.iterations.first?.loss }
        let contoured = Self.contourGrid(runs[0], x: xRange, y: yRange, starts: starts)
        let grid = contoured.grid
        let trajectories = runs.map { run in
            var path = Series(
                label: words.label(run.example), x: run.trace.iterations.thetaColumn(0),
                y: run.trace.iterations.thetaColumn(1))
            path.style = slot(run)
            return path
        }
        var plot = ContourPlot(
            title: block.title ?? words.plotTitle(.contour), xLabel: words.parameterNames(runs[0].example)[0],
            yLabel: words.parameterNames(runs[0].example)[1], xRange: xRange, yRange: yRange,
            values: grid, trajectories: trajectories)
        plot.description = summary
        plot.levels = contoured.levels
        plot.startLabel = words(.plotStart)
        plot.endLabel = words(.plotEnd)
        decorate(&plot, clipped: clipped)
        return drawing(plot, wide: plot.svg(id: id), narrowHeight: 320)
    }

    /// The objective of `run` sampled over the region for a contour map, and its levels (see `levels`). The value
    /// alone: a contour map needs no gradient, and for a classifier the gradient would double the cost. A fine grid is
    /// evaluated only where the levels may pass (`Grid.contoured`). One grid per run, region and starts, shared with
    /// the translation's page; one θ buffer for every point.
    static func contourGrid(
        _ run: ExampleRun, x xRange: ClosedRange<Double>, y yRange: ClosedRange<Double>, starts: [Double]
    ) -> Grid.Contoured {
        let objective = run.example.objective.objective
        let key =
            "contour \(xRange.lowerBound) \(xRange.upperBound) \(yRange.lowerBound) \(yRange.upperBound) "
            + starts.map { "\($0)" }.joined(separator: " ")
        return run.memo.value(key) {
            let choose = { (values: [Double]) in levels(grid: values, starts: starts) }
            if let classifier = objective as? LogisticRegression {
                return Grid.contoured(x: xRange, y: yRange, levels: choose, classifier.value)
            }
            var theta = [0.0, 0.0]
            return Grid.contoured(x: xRange, y: yRange, levels: choose) { x, y in
                theta[0] = x
                theta[1] = y
                return objective.value(at: theta)
            }
        }
    }

    /// Contour levels that show the paths' terrain: one through the highest start, then each halving the height
    /// above the region's minimum (ten in all: lower ones break into blobs along a narrow valley floor that the grid
    /// cannot resolve), and two above it. Levels spread over the whole region would
    /// crowd into its corners on a steep valley and leave the paths on blank paper. Nil (automatic levels) when
    /// the starts are not above the minimum.
    static func levels(grid: [Double], starts: [Double]) -> [Double]? {
        let finite = grid.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max(), let top = starts.filter(\.isFinite).max(), top > low
        else { return nil }
        let height = Swift.min(top, high) - low
        guard height > 0 else { return nil }
        var levels = (0..<10).map { low + height / Double(1 << $0) }
        for factor in [2.0, 4.0] where low + height * factor < high { levels.append(low + height * factor) }
        return levels.sorted()
    }

    /// The smallest range holding the values, widened by a fifth on each side.
    static func padded(_ values: [Double]) -> ClosedRange<Double> {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return -1...1 }
        let margin = max((high - low) * 0.2, 0.5)
        return (low - margin)...(high + margin)
    }

    /// The plotted numbers at up to 11 evenly spread iterations, behind a disclosure.
    func writeDataTable(to out: inout HTMLWriter) {
        let format = NumberFormat.significant(4)
        let longest = runs.map(\.trace.final.k).max() ?? 0
        var ks = Set((0...10).map { longest * $0 / 10 })
        for run in runs { ks.insert(run.trace.final.k) }
        out.line("details", [.init("class", "plot-data")]) { details in
            details.element("summary", words.plotData)
            details.newline()
            details.table {
                $0.columnHeaders(["k"] + runs.map { words.label($0.example) })
            } rows: { body in
                for k in ks.sorted() {
                    body.row { cells in
                        cells.element("th", [.row], "\(k)")
                        for run in runs {
                            var cell = "—"
                            if let record = run.trace.iteration(k) {
                                cell =
                                    block.plot == .trace
                                    ? block.quantity.flatMap { traceValue(record, $0) }.map { format.format($0).prose }
                                        ?? "—"
                                    : block.plot == .function
                                        ? "\(format.format(record.theta[0]).prose), J = \(format.format(record.loss).prose)"
                                        : block.plot == .contour
                                            ? "(\(format.format(record.theta[0]).prose), \(format.format(record.theta[1]).prose))"
                                            : format.format(
                                                block.plot == .gradientNorm ? record.gradientNorm : record.loss
                                            ).prose
                            }
                            cells.element("td", cell)
                        }
                    }
                }
            }
        }
    }
}
