/// The Cholesky factorisation H = LLᵀ, which exists exactly when H is symmetric positive definite.
public enum Cholesky {
    /// Why a matrix has no Cholesky factor.
    public enum Failure: Error, Sendable, Equatable {
        /// A pivot was (numerically) zero: the matrix is singular or nearly so.
        case singular
        /// A pivot was negative: the matrix has a negative eigenvalue.
        case indefinite
    }

    /// Factors a symmetric matrix (only its lower triangle is read); pivots within `relativeTolerance`
    /// of the largest diagonal magnitude count as zero.
    public static func factor(_ h: Matrix, relativeTolerance: Double = 1e-12) -> Result<Matrix, Failure> {
        let n = h.rows
        var l = Matrix(rows: n, columns: n, storage: Array(repeating: 0, count: n * n))
        var scale = 0.0
        for i in 0..<n { scale = Swift.max(scale, abs(h[i, i])) }
        let tolerance = Swift.max(scale, Double.leastNormalMagnitude) * relativeTolerance
        for j in 0..<n {
            var pivot = h[j, j]
            for k in 0..<j { pivot -= l[j, k] * l[j, k] }
            guard pivot.isFinite else { return .failure(.singular) }
            if pivot < -tolerance { return .failure(.indefinite) }
            if pivot <= tolerance { return .failure(.singular) }
            let root = pivot.squareRoot()
            l[j, j] = root
            for i in (j + 1)..<Swift.max(n, j + 1) {
                var sum = h[i, j]
                for k in 0..<j { sum -= l[i, k] * l[j, k] }
                l[i, j] = sum / root
            }
        }
        return .success(l)
    }

    /// Solves LLᵀx = b given the factor L.
    public static func solve(factor l: Matrix, _ b: [Double]) -> [Double] {
        let n = l.rows
        var y = b
        for i in 0..<n {
            var sum = y[i]
            for k in 0..<i { sum -= l[i, k] * y[k] }
            y[i] = sum / l[i, i]
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            var sum = y[i]
            for k in (i + 1)..<Swift.max(n, i + 1) { sum -= l[k, i] * y[k] }
            y[i] = sum / l[i, i]
        }
        return y
    }
}
