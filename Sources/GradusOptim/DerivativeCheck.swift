/// Finite-difference checks of an objective's analytic derivatives (central differences).
public enum DerivativeCheck {
    /// (J(θ + h·eⱼ) − J(θ − h·eⱼ)) / 2h for each j.
    public static func numericalGradient<O: Objective>(_ objective: O, at theta: [Double], step h: Double = 1e-6)
        -> [Double]
    {
        theta.indices.map { j in
            var plus = theta
            var minus = theta
            plus[j] += h
            minus[j] -= h
            return (objective.value(at: plus) - objective.value(at: minus)) / (2 * h)
        }
    }

    /// Central differences of the analytic gradient, symmetrised: column j is (∇J(θ + h·eⱼ) − ∇J(θ − h·eⱼ)) / 2h.
    public static func numericalHessian<O: Objective>(_ objective: O, at theta: [Double], step h: Double = 1e-5)
        -> Matrix
    {
        let n = theta.count
        var result = Matrix(rows: n, columns: n, storage: Array(repeating: 0, count: n * n))
        var gPlus = Array(repeating: 0.0, count: n)
        var gMinus = gPlus
        for j in 0..<n {
            var plus = theta
            var minus = theta
            plus[j] += h
            minus[j] -= h
            _ = objective.valueAndGradient(at: plus, gradient: &gPlus)
            _ = objective.valueAndGradient(at: minus, gradient: &gMinus)
            for i in 0..<n { result[i, j] = (gPlus[i] - gMinus[i]) / (2 * h) }
        }
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) {
                let mean = (result[i, j] + result[j, i]) / 2
                result[i, j] = mean
                result[j, i] = mean
            }
        }
        return result
    }

    /// The largest error max |analytic − numeric| / (1 + |numeric|) over the components of the gradient,
    /// and the same for the Hessian (nil when the objective has none); also checks `value(at:)` agrees
    /// with `valueAndGradient` (reported in `valueError`).
    public struct Report: Sendable, Equatable {
        public let gradientError: Double
        public let hessianError: Double?
        public let valueError: Double

        /// Whether every error is at most `tolerance`.
        public func passes(tolerance: Double) -> Bool {
            gradientError <= tolerance && (hessianError ?? 0) <= tolerance && valueError <= tolerance
        }
    }

    public static func check<O: Objective>(_ objective: O, at theta: [Double]) -> Report {
        var gradient = Array(repeating: 0.0, count: theta.count)
        let loss = objective.valueAndGradient(at: theta, gradient: &gradient)
        let valueError = scaledError([loss], [objective.value(at: theta)])
        let gradientError = scaledError(gradient, numericalGradient(objective, at: theta))
        var hessianError: Double? = nil
        if let twice = objective as? any TwiceDifferentiable {
            hessianError = hessianErrorOf(twice, at: theta)
        }
        return Report(gradientError: gradientError, hessianError: hessianError, valueError: valueError)
    }

    private static func hessianErrorOf<O: TwiceDifferentiable>(_ objective: O, at theta: [Double]) -> Double {
        scaledError(objective.hessian(at: theta).storage, numericalHessian(objective, at: theta).storage)
    }

    static func scaledError(_ a: [Double], _ b: [Double]) -> Double {
        var worst = 0.0
        for (x, y) in zip(a, b) {
            let e = abs(x - y) / (1 + abs(y))
            worst = e.isNaN ? .infinity : Swift.max(worst, e)
        }
        return worst
    }
}
