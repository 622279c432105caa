import GradusPlot

/// The plots behind the golden files (and the screenshots), built from deterministic arithmetic.
enum Fixtures {
    /// Gradient descent vs. heavy-ball momentum on an ill-conditioned quadratic, log-scale loss.
    static func lossCurve() -> LinePlot {
        // f(θ) = ½(θ₁² + 25 θ₂²), θ₀ = (1, 1).
        func run(lr: Double, momentum: Double, steps: Int) -> [Double] {
            var t = (1.0, 1.0)
            var v = (0.0, 0.0)
            var losses: [Double] = []
            for _ in 0...steps {
                losses.append(0.5 * (t.0 * t.0 + 25 * t.1 * t.1))
                v = (momentum * v.0 - lr * t.0, momentum * v.1 - lr * 25 * t.1)
                t = (t.0 + v.0, t.1 + v.1)
            }
            return losses
        }
        return LinePlot(
            title: "Loss on an ill-conditioned quadratic", xLabel: "Iteration", yLabel: "Loss f(θ)",
            series: [
                Series(label: "Gradient descent, η = 0.07", y: run(lr: 0.07, momentum: 0, steps: 120)),
                Series(label: "Momentum, η = 0.02, β = 0.8", y: run(lr: 0.02, momentum: 0.8, steps: 120)),
            ],
            description:
                "Loss against iteration on a logarithmic axis: gradient descent falls steadily; momentum falls faster, with small oscillations."
        )
    }

    static func rosenbrock(_ x: Double, _ y: Double) -> Double {
        (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
    }

    static func rosenbrockGradient(_ x: Double, _ y: Double) -> (Double, Double) {
        (-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x))
    }

    /// Rosenbrock's valley with a gradient-descent and a momentum path.
    static func rosenbrockContours() -> ContourPlot {
        func path(lr: Double, momentum: Double, steps: Int) -> ([Double], [Double]) {
            var p = (-1.5, 2.0)
            var v = (0.0, 0.0)
            var xs = [p.0]
            var ys = [p.1]
            for _ in 0..<steps {
                let g = rosenbrockGradient(p.0, p.1)
                v = (momentum * v.0 - lr * g.0, momentum * v.1 - lr * g.1)
                p = (p.0 + v.0, p.1 + v.1)
                xs.append(p.0)
                ys.append(p.1)
            }
            return (xs, ys)
        }
        let gd = path(lr: 0.001, momentum: 0, steps: 2000)
        let hb = path(lr: 0.001, momentum: 0.9, steps: 600)
        return ContourPlot(
            title: "Rosenbrock function", xLabel: "θ₁", yLabel: "θ₂",
            description:
                "Contours of the Rosenbrock function, a curved valley with its minimum at (1, 1). Gradient descent from (−1.5, 2) drops into the valley and then creeps along it; momentum travels further along the valley.",
            xRange: -2...2, yRange: -1...3,
            values: Grid.sample(x: -2...2, y: -1...3, columns: 121, rows: 121, rosenbrock),
            trajectories: [
                Series(label: "Gradient descent", x: gd.0, y: gd.1),
                Series(label: "Momentum β = 0.9", x: hb.0, y: hb.1),
            ])
    }

    /// A learning-rate sweep on f(θ) = ½θ², including a run that diverges to ∞ then NaN.
    static func learningRateSweep() -> SmallMultiples {
        let rates: [(Double, String)] = [
            (0.02, "0.02"), (0.1, "0.1"), (0.5, "0.5"), (1.5, "1.5"), (1.9, "1.9"), (2.5, "2.5"),
        ]
        let panels = rates.map { (lr, name) -> LinePlot in
            var theta = 1.0
            var losses: [Double] = []
            for _ in 0...30 {
                losses.append(0.5 * theta * theta)
                theta -= lr * theta
            }
            // The diverging run is cut short the way a real one ends: overflow, then NaN.
            if lr > 2 { losses += [Double.infinity, Double.nan, Double.nan] }
            return LinePlot(title: "η = " + name, yLabel: "Loss", series: [Series(label: "η = " + name, y: losses)])
        }
        return SmallMultiples(
            title: "Learning-rate sweep on ½θ²",
            description:
                "Six runs of gradient descent on a one-dimensional quadratic. Small rates converge slowly, 0.5 and 1.5 converge fastest, 1.9 oscillates while converging slowly, and 2.5 diverges until the loss overflows.",
            panels: panels, columns: 3, sharedYScale: true)
    }
}
