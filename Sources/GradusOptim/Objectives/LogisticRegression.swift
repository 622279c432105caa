/// Binary logistic regression: J(θ) = (1/m)·Σᵢ [softplus(zᵢ) − yᵢ·zᵢ], zᵢ = xᵢ·θ, yᵢ ∈ {0, 1}
/// (the mean binary cross-entropy of σ(zᵢ)), computed without overflow for any z.
///
/// ∇J = (1/m)·Xᵀ(σ(z) − y), ∇²J = (1/m)·Xᵀ·diag(σ(z)(1 − σ(z)))·X. Add a column of ones for an intercept.
public struct LogisticRegression: TwiceDifferentiable {
    public let features: Matrix
    public let targets: [Double]

    /// Validates shapes and labels (each target 0 or 1).
    public init(features: Matrix, targets: [Double]) throws(OptimError) {
        guard features.rows == targets.count else {
            throw .dimensionMismatch("\(features.rows) rows of features but \(targets.count) targets")
        }
        guard features.rows > 0, features.columns > 0 else { throw .dimensionMismatch("no data") }
        guard targets.allSatisfy({ $0 == 0 || $0 == 1 }) else {
            throw .invalidValue(name: "targets", reason: "logistic regression labels must be 0 or 1")
        }
        guard features.storage.allSatisfy(\.isFinite) else {
            throw .invalidValue(name: "features", reason: "must be finite")
        }
        self.features = features
        self.targets = targets
    }

    public var dimension: Int { features.columns }

    /// log(1 + eᶻ) = max(z, 0) + log1p(e^(−|z|)).
    static func softplus(_ z: Double) -> Double {
        Swift.max(z, 0) + Elementary.logOnePlus(Elementary.exponential(-abs(z)))
    }

    /// σ(z) = 1/(1 + e^(−z)), evaluated from the side where the exponential cannot overflow.
    static func sigmoid(_ z: Double) -> Double {
        if z >= 0 { return 1 / (1 + Elementary.exponential(-z)) }
        let e = Elementary.exponential(z)
        return e / (1 + e)
    }

    private func logit(_ i: Int, _ theta: [Double]) -> Double {
        let d = features.columns
        var z = 0.0
        for j in 0..<d { z += features.storage[i * d + j] * theta[j] }
        return z
    }

    public func value(at theta: [Double]) -> Double {
        var sum = 0.0
        for i in 0..<features.rows {
            let z = logit(i, theta)
            sum += Self.softplus(z) - targets[i] * z
        }
        return sum / Double(features.rows)
    }

    /// J at θ = (a, b) of a model with two features, the same number `value(at: [a, b])` gives (the same operations in
    /// the same order), without an array for θ: a contour map asks for it at thousands of points.
    public func value(_ a: Double, _ b: Double) -> Double {
        guard features.columns == 2 else { return value(at: [a, b]) }
        return features.storage.withUnsafeBufferPointer { x in
            targets.withUnsafeBufferPointer { y in
                var sum = 0.0
                for i in 0..<y.count {
                    var z = 0.0
                    z += x[2 * i] * a
                    z += x[2 * i + 1] * b
                    sum += Self.softplus(z) - y[i] * z
                }
                return sum / Double(y.count)
            }
        }
    }

    public func valueAndGradient(at theta: [Double], gradient: inout [Double]) -> Double {
        let d = features.columns
        for j in 0..<d { gradient[j] = 0 }
        var sum = 0.0
        for i in 0..<features.rows {
            let z = logit(i, theta)
            sum += Self.softplus(z) - targets[i] * z
            let r = Self.sigmoid(z) - targets[i]
            for j in 0..<d { gradient[j] += features.storage[i * d + j] * r }
        }
        let m = Double(features.rows)
        for j in 0..<d { gradient[j] /= m }
        return sum / m
    }

    public func hessian(at theta: [Double]) -> Matrix {
        let d = features.columns
        var h = Matrix(rows: d, columns: d, storage: Array(repeating: 0, count: d * d))
        for i in 0..<features.rows {
            let s = Self.sigmoid(logit(i, theta))
            let w = s * (1 - s)
            for a in 0..<d {
                for b in 0..<d { h[a, b] += w * features[i, a] * features[i, b] }
            }
        }
        let m = Double(features.rows)
        return Matrix(rows: d, columns: d, storage: h.storage.map { $0 / m })
    }
}
