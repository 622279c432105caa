import GradusLessons
import GradusOptim
import GradusPlot
import GradusRuns

/// The figures of the geometry (issue #12): a 1-D objective with its iterates, the loss of a sweep on one log axis,
/// a recorded quantity by iteration, and what a contour map marks (θ*, the feasible box, clipped iterates).
extension PlotFigure {
    /// The minimisers of a run's objective where they are known: the closed-form solution (least squares, a
    /// quadratic's centre, Rosenbrock's (a, a²)) or the test functions' published minima.
    static func knownOptima(_ run: ExampleRun) -> [[Double]] {
        if let solution = run.solution, solution.allSatisfy(\.isFinite) { return [solution] }
        switch run.example.objective {
        case .himmelblau:
            return [[3, 2], [-2.805118, 3.131312], [-3.779310, -3.283186], [3.584428, -1.848126]]
        case .booth: return [[1, 3]]
        case .beale: return [[3, 0.5]]
        default: return []
        }
    }

    /// J* of a run's objective, when a minimiser is known.
    static func optimumLoss(_ run: ExampleRun) -> Double? {
        guard let theta = knownOptima(run).first else { return nil }
        let value = run.example.objective.objective.value(at: theta)
        return value.isFinite ? value : nil
    }

    /// The gap J − J* of every run, or an error naming the first run whose J* is not known.
    func optimumLosses() throws(Diagnostics) -> [String: Double] {
        var losses: [String: Double] = [:]
        for (run, reference) in zip(runs, block.examples) {
            guard let loss = Self.optimumLoss(run) else {
                throw Diagnostics(
                    reference.location,
                    "'gap: true' needs J*, and the minimum of ‘\(run.example.name)’ is not known (known: least squares, quadratics, Rosenbrock, Himmelblau, Booth, Beale)"
                )
            }
            losses[run.example.name] = loss
        }
        return losses
    }

    /// The loss (or the gap to J*) of each run, for loss and sweep plots.
    func lossSeries(_ run: ExampleRun, label: String, optimum: Double?) -> Series {
        let kept = run.trace.iterations
        var series = Series(
            label: label, x: kept.kColumn.map(Double.init), y: kept.lossColumn.map { $0 - (optimum ?? 0) })
        series.style = slot(run)
        return series
    }

    /// A loss plot whose vertical axis is J − J* on a log scale.
    func gapPlot(summary: String) throws(Diagnostics) -> PlotDrawing {
        let optima = try optimumLosses()
        var plot = LinePlot(
            title: block.title ?? words.plotTitle(.loss), xLabel: words.iterationAxis, yLabel: words.gapAxis,
            series: runs.map { lossSeries($0, label: words.label($0.example), optimum: optima[$0.example.name]) },
            yScale: .log)
        plot.description = summary
        return drawing(plot, wide: plot.svg(id: id), narrowHeight: 300)
    }

    /// All runs on one plot with one log axis (as textbooks draw a learning-rate sweep), or one panel per run with
    /// shared axes (`layout: panels`).
    func sweep(summary: String) throws(Diagnostics) -> PlotDrawing {
        let optima = block.gap ? try optimumLosses() : [:]
        let yLabel = block.gap ? words.gapAxis : "\(words.notation.objective)(θ)"
        let series = runs.map { run in
            lossSeries(
                run, label: words.label(run.example),
                optimum: optima[run.example.name])
        }
        // Log when every value can be shown on it; otherwise the automatic choice.
        let positive = series.allSatisfy { $0.y.allSatisfy { !$0.isFinite || $0 > 0 } }
        let scale: AxisScale = block.gap || positive ? .log : .automatic
        if block.panels {
            let panels = zip(runs, series).map { run, one in
                var panel = LinePlot(
                    title: words.label(run.example),
                    xLabel: words.iterationAxis, yLabel: yLabel, series: [one], yScale: scale)
                panel.description = describe(run)
                return panel
            }
            var multiples = SmallMultiples(
                title: block.title ?? words.plotTitle(.sweep), panels: panels, columns: min(3, runs.count),
                sharedYScale: true)
            multiples.description = summary
            var narrow = multiples
            narrow.columns = 1
            return PlotDrawing(
                wide: multiples.svg(id: id),
                narrow: narrow.svg(id: id + "-narrow", panelWidth: PlotDrawing.narrowWidth, panelHeight: 200))
        }
        var plot = LinePlot(
            title: block.title ?? words.plotTitle(.sweep), xLabel: words.iterationAxis, yLabel: yLabel, series: series,
            yScale: scale)
        plot.description = summary
        return drawing(plot, wide: plot.svg(id: id), narrowHeight: 300)
    }

    /// The objective of one-parameter runs as a curve, each run's iterates on it.
    func function(summary: String) throws(Diagnostics) -> PlotDrawing {
        guard runs.allSatisfy({ $0.example.start.count == 1 }) else {
            throw Diagnostics(
                block.location, "a function plot needs examples with one parameter; use 'kind: contour' for two")
        }
        let objective = runs[0].example.objective.objective
        let xs = runs.flatMap { $0.trace.iterations.thetaColumn(0) }
        let ends = runs.flatMap { [$0.example.start[0], $0.trace.final.theta[0]] }
        let xRange = block.xRange ?? PlotRange.robust(xs, keep: ends, padding: 0.15, minimumMargin: 0.3).range
        let curve = FunctionPlot.sample(xRange) { objective.value(at: [$0]) }
        let paths = runs.map { run in
            var path = Series(
                label: words.label(run.example), x: run.trace.iterations.thetaColumn(0),
                y: run.trace.iterations.lossColumn)
            path.style = slot(run)
            return path
        }
        let name = words.parameterNames(runs[0].example).first ?? "θ"
        var plot = FunctionPlot(
            title: block.title ?? words.figureTitle(.function), xLabel: name,
            yLabel: "\(words.notation.objective)(\(name))", xRange: xRange,
            yRange: block.yRange, curve: curve, runs: paths)
        plot.description = summary
        plot.startLabel = words.startWord
        plot.endLabel = words.endWord
        plot.optimumLabel = words.minimumWord
        plot.optima = runs.flatMap(Self.knownOptima).filter { $0.count == 1 }.map {
            PlotPoint(x: $0[0], y: objective.value(at: $0))
        }
        return drawing(plot, wide: plot.svg(id: id), narrowHeight: 300)
    }

    /// The value a trace plot draws at one iteration, or nil where the run did not record it.
    func traceValue(_ record: Iteration, _ quantity: GeneratedBlock.TraceQuantity) -> Double? {
        func component(_ values: [Double]?, _ i: Int) -> Double? {
            guard let values, i < values.count else { return nil }
            return values[i]
        }
        switch quantity {
        case .loss: return record.loss
        case .gradientNorm: return record.gradientNorm
        case .learningRate: return record.update == nil ? nil : record.learningRate
        case .batchLoss: return record.batch?.loss
        case .theta(let i): return component(record.theta, i)
        case .gradient(let i): return component(record.gradient, i)
        case .update(let i): return component(record.update, i)
        case .state(let name, let i): return component(record.state.first { $0.name == name }?.values, i)
        }
    }

    /// Checks that every run recorded the quantity (at least once), so that a misspelt state is an error.
    func checkTraceQuantity(_ quantity: GeneratedBlock.TraceQuantity) throws(Diagnostics) {
        for (run, reference) in zip(runs, block.examples)
        where !run.trace.iterations.contains(where: { traceValue($0, quantity) != nil }) {
            let problem: String
            switch quantity {
            case .state(let name, let i):
                let names = Set(run.trace.iterations.flatMap { $0.state.map(\.name) }).sorted()
                problem =
                    names.contains(name)
                    ? "the state '\(name)' of ‘\(run.example.name)’ has no component \(i)"
                    : "‘\(run.example.name)’ records no optimizer state '\(name)'"
                        + (names.isEmpty
                            ? " (its method keeps none)" : "; it records: " + names.joined(separator: ", "))
            case .batchLoss: problem = "‘\(run.example.name)’ is not a mini-batch run, so it has no batch loss"
            case .theta(let i), .gradient(let i), .update(let i):
                problem =
                    "‘\(run.example.name)’ has \(run.example.start.count) parameter\(run.example.start.count == 1 ? "" : "s"), so there is no component \(i)"
            default: problem = "‘\(run.example.name)’ recorded no such value"
            }
            throw Diagnostics(reference.location, problem)
        }
    }

    /// A recorded quantity by iteration; the batch loss is drawn with the full loss.
    func trace(summary: String) throws(Diagnostics) -> PlotDrawing {
        guard let quantity = block.quantity else {
            throw Diagnostics(block.location, "a trace plot needs 'quantity: …'")
        }
        try checkTraceQuantity(quantity)
        var series: [Series] = []
        for run in runs {
            func line(_ q: GeneratedBlock.TraceQuantity, _ label: String) -> Series {
                let points = values(run).compactMap { record in traceValue(record, q).map { (Double(record.k), $0) } }
                var s = Series(label: label, x: points.map(\.0), y: points.map(\.1))
                s.style = slot(run)
                return s
            }
            if quantity == .batchLoss {
                var full = line(.loss, "\(words.label(run.example)) (\(words.fullWord))")
                // The full loss in the next slot: the batch loss is the noisy one.
                full.style = (slot(run) ?? series.count) + 1
                series.append(line(.batchLoss, "\(words.label(run.example)) (\(words.batchWord))"))
                series.append(full)
            } else {
                series.append(line(quantity, words.label(run.example)))
            }
        }
        let names = words.parameterNames(runs[0].example)
        let yLabel = words.quantityName(quantity) { i in i < names.count ? names[i] : "θ[\(i)]" }
        var plot = LinePlot(
            title: block.title ?? words.figureTitle(.trace), xLabel: words.iterationAxis, yLabel: yLabel, series: series
        )
        plot.description = summary
        return drawing(plot, wide: plot.svg(id: id), narrowHeight: 300)
    }

    /// "θ₁ of ‘decay’ goes from 1 to 0.01 in 100 iterations."
    func describeTrace(_ run: ExampleRun) -> String {
        guard let quantity = block.quantity else { return "" }
        let format = NumberFormat.significant(4)
        let recorded = run.trace.iterations.compactMap { traceValue($0, quantity) }
        let names = words.parameterNames(run.example)
        let name = words.quantityName(quantity) { i in i < names.count ? names[i] : "θ[\(i)]" }
        return words.traceSummary(
            example: words.label(run.example), quantity: name,
            from: recorded.first.map { format.format($0).prose } ?? "—",
            to: recorded.last.map { format.format($0).prose } ?? "—", iterations: run.trace.iterationCount)
    }

    /// θ*, the feasible box of projected runs, and a region that leaves out far-off iterates (with a note).
    func decorate(_ plot: inout ContourPlot, clipped: Int) {
        var optima: [PlotPoint] = []
        for run in runs {
            for theta in Self.knownOptima(run) where theta.count == 2 {
                let point = PlotPoint(x: theta[0], y: theta[1])
                if !optima.contains(point) { optima.append(point) }
            }
        }
        plot.optima = optima
        plot.optimumLabel = words.optimumWord
        for run in runs {
            if case .firstOrder(_, _, let box?) = run.example.method, box.lower.count == 2, box.upper.count == 2 {
                plot.box = PlotBox(x: box.lower[0]...box.upper[0], y: box.lower[1]...box.upper[1])
                plot.boxLabel = words.boxWord
                break
            }
        }
        if clipped > 0 { plot.note = words.clippedNote(clipped) }
    }

    /// The contour region around the paths (one far-off jump does not stretch it) and how many iterates it leaves out.
    func contourRegion() -> (x: ClosedRange<Double>, y: ClosedRange<Double>, clipped: Int) {
        var xs: [Double] = []
        var ys: [Double] = []
        var keepX: [Double] = []
        var keepY: [Double] = []
        for run in runs {
            if let first = run.trace.iterations.first, first.theta.count == 2 {
                xs += run.trace.iterations.thetaColumn(0)
                ys += run.trace.iterations.thetaColumn(1)
                keepX += [first.theta[0], run.trace.final.theta[0]]
                keepY += [first.theta[1], run.trace.final.theta[1]]
            }
        }
        // A single known minimiser belongs in the picture; of several (Himmelblau's four) none is preferred.
        for run in runs {
            let optima = Self.knownOptima(run)
            if optima.count == 1, optima[0].count == 2 {
                keepX.append(optima[0][0])
                keepY.append(optima[0][1])
            }
        }
        let x = block.xRange ?? PlotRange.robust(xs, keep: keepX.filter { $0.isFinite && $0.magnitude < 1e6 }).range
        let y = block.yRange ?? PlotRange.robust(ys, keep: keepY.filter { $0.isFinite && $0.magnitude < 1e6 }).range
        let clipped = zip(xs, ys).filter { $0.isFinite && $1.isFinite && !(x.contains($0) && y.contains($1)) }.count
        return (x, y, block.xRange == nil && block.yRange == nil ? clipped : 0)
    }
}
