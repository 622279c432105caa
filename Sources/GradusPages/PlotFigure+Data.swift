import GradusLessons
import GradusOptim
import GradusPlot
import GradusRuns

/// The `data` figure: a regression's samples with each run's fitted line, or a classifier's two classes with each
/// run's decision boundary xᵀθ = 0.
extension PlotFigure {
    func dataFigure(summary: String) throws(Diagnostics) -> PlotDrawing {
        guard let data = runs[0].example.objective.data else {
            throw Diagnostics(
                block.exampleLocation,
                "a data plot needs a regression or a classifier; ‘\(runs[0].example.name)’ has no samples")
        }
        let (features, targets) = data
        let classifier: Bool
        if case .logisticRegression = runs[0].example.objective { classifier = true } else { classifier = false }
        // Constant columns are the intercept; the others are what the axes show.
        var constant: Int? = nil
        var shown: [Int] = []
        for column in 0..<features.columns {
            let values = (0..<features.rows).map { features[$0, column] }
            if let first = values.first, values.allSatisfy({ $0 == first }), first != 0, constant == nil {
                constant = column
            } else {
                shown.append(column)
            }
        }
        guard shown.count == (classifier ? 2 : 1) else {
            throw Diagnostics(
                block.exampleLocation,
                classifier
                    ? "a data plot of a classifier needs two features (and an intercept); ‘\(runs[0].example.name)’ has \(shown.count)"
                    : "a data plot of a regression needs one feature (and an intercept); ‘\(runs[0].example.name)’ has \(shown.count)"
            )
        }
        let points: [(x: Double, y: Double, group: Int?)] = (0..<features.rows).map { row in
            classifier
                ? (features[row, shown[0]], features[row, shown[1]], targets[row] > 0.5 ? 1 : 0)
                : (features[row, shown[0]], targets[row], nil)
        }
        let lines = runs.map { run -> PlotLine in
            let theta = run.trace.final.theta
            let offset = constant.map { theta[$0] * features[0, $0] } ?? 0
            let line =
                classifier
                ? PlotLine(
                    a: theta[shown[0]], b: theta[shown[1]], c: offset,
                    label: words.boundaryLabel(words.label(run.example)))
                : PlotLine(a: theta[shown[0]], b: -1, c: offset, label: words.fitLabel(words.label(run.example)))
            var styled = line
            styled.style = slot(run)
            return styled
        }
        let xRange = block.xRange ?? PlotRange.robust(points.map(\.x), padding: 0.05, minimumMargin: 0.1).range
        let yRange = block.yRange ?? PlotRange.robust(points.map(\.y), padding: 0.05, minimumMargin: 0.1).range
        let names = runs[0].example.objective.parameterNames
        func featureName(_ i: Int) -> String { names.map { i < $0.count ? $0[i] : "x[\(i)]" } ?? "x[\(i)]" }
        var plot = ScatterPlot(
            title: block.title ?? words.figureTitle(.data), xLabel: featureName(shown[0]),
            yLabel: classifier ? featureName(shown[1]) : "y", xRange: xRange, yRange: yRange, points: points,
            lines: lines)
        plot.description = words.dataSummary(samples: points.count, classifier: classifier) + " " + summary
        plot.groupLabels = words.classWords
        return drawing(plot, wide: plot.svg(id: id), narrowHeight: 320)
    }
}
