import Foundation
import GradusPlot

/// The plots behind the golden files of the figures of the geometry (issue #12).
extension Fixtures {
    static func rippled(_ x: Double) -> Double { x * x / 8 + sin(3 * x) }

    /// Gradient descent from three starts on x²/8 + sin 3x, written out by hand.
    static func rippledRuns() -> FunctionPlot {
        func run(_ start: Double, lr: Double, steps: Int) -> Series {
            var x = start
            var xs = [x]
            for _ in 0..<steps {
                x -= lr * (x / 4 + 3 * cos(3 * x))
                xs.append(x)
            }
            return Series(label: "start \(start)", x: xs, y: xs.map(rippled))
        }
        let runs = [run(-3, lr: 0.05, steps: 30), run(0.3, lr: 0.05, steps: 30), run(1, lr: 0.05, steps: 30)]
        var plot = FunctionPlot(
            title: "Three starts on a rippled parabola", xLabel: "θ", yLabel: "J(θ)",
            description: "The curve x²/8 + sin 3x with three runs of gradient descent rolling into three valleys.",
            xRange: -3.5...2, curve: FunctionPlot.sample(-3.5...2, count: 201, rippled), runs: runs)
        plot.optima = [PlotPoint(x: -0.5094, y: rippled(-0.5094))]
        return plot
    }

    /// A bowl with a feasible box, θ*, a projected path, and a far-off iterate noted as clipped.
    static func boxedBowl() -> ContourPlot {
        func bowl(_ x: Double, _ y: Double) -> Double { 0.5 * ((x - 2) * (x - 2) + 4 * (y - 1.5) * (y - 1.5)) }
        var xs = [-1.0]
        var ys = [0.0]
        for _ in 0..<12 {
            let (x, y) = (xs.last!, ys.last!)
            xs.append(min(max(x - 0.2 * (x - 2), -1), 1))
            ys.append(min(max(y - 0.2 * 4 * (y - 1.5), -1), 1))
        }
        var plot = ContourPlot(
            title: "A bowl and its box", xLabel: "θ₁", yLabel: "θ₂",
            description:
                "Projected gradient descent slides along the top wall of the box to its corner; θ* lies outside.",
            xRange: -1.5...2.5, yRange: -0.5...2,
            values: Grid.sample(x: -1.5...2.5, y: -0.5...2, columns: 61, rows: 61, bowl),
            trajectories: [Series(label: "projected", x: xs, y: ys)])
        plot.optima = [PlotPoint(x: 2, y: 1.5)]
        plot.box = PlotBox(x: -1...1, y: -1...1)
        plot.note = "1 iterate outside the region not shown"
        return plot
    }
}

extension Fixtures {
    /// Two classes on either side of x₁ = x₀ with two boundaries.
    static func twoClasses() -> ScatterPlot {
        var points: [(x: Double, y: Double, group: Int?)] = []
        for i in 0..<40 {
            let x = Double((i * 37) % 41) / 20 - 1
            let y = Double((i * 23) % 43) / 21 - 1
            points.append((x, y, y > x ? 1 : 0))
        }
        return ScatterPlot(
            title: "Two classes", xLabel: "x₁", yLabel: "x₂",
            description: "Forty samples of two classes and two decision boundaries.", xRange: -1.1...1.1,
            yRange: -1.1...1.1, points: points,
            lines: [
                PlotLine(a: 1, b: -1, c: 0, label: "exact"), PlotLine(a: 0.9, b: -1, c: 0.05, label: "fitted"),
            ])
    }
}
