/// An objective that is a mean over samples, so it can be evaluated on a subset of them.
public protocol BatchObjective: Objective {
    /// The number of samples m.
    var sampleCount: Int { get }
    /// The mean loss over `rows` (in that order) and its gradient, written into `gradient`.
    func valueAndGradient(at theta: [Double], rows: ArraySlice<Int>, gradient: inout [Double]) -> Double
}

extension LinearRegression: BatchObjective {
    /// J_B = 1/(2|B|)·Σ_{i∈B} rᵢ², ∇J_B = (1/|B|)·Σ_{i∈B} xᵢ·rᵢ (twice both for `mse`), accumulated in the order of
    /// `rows`.
    public func valueAndGradient(at theta: [Double], rows: ArraySlice<Int>, gradient: inout [Double]) -> Double {
        let d = features.columns
        for j in 0..<d { gradient[j] = 0 }
        var sum = 0.0
        for i in rows {
            var prediction = 0.0
            for j in 0..<d { prediction += features.storage[i * d + j] * theta[j] }
            let r = prediction - targets[i]
            sum += r * r
            for j in 0..<d { gradient[j] += features.storage[i * d + j] * r }
        }
        let scale = Double(rows.count)
        for j in 0..<d { gradient[j] = loss.scaleGradient(gradient[j], samples: scale) }
        return loss.scaleLoss(sum, samples: scale)
    }
}

extension LogisticRegression: BatchObjective {
    public var sampleCount: Int { features.rows }

    public func valueAndGradient(at theta: [Double], rows: ArraySlice<Int>, gradient: inout [Double]) -> Double {
        let d = features.columns
        for j in 0..<d { gradient[j] = 0 }
        var sum = 0.0
        for i in rows {
            var z = 0.0
            for j in 0..<d { z += features.storage[i * d + j] * theta[j] }
            sum += Self.softplus(z) - targets[i] * z
            let r = Self.sigmoid(z) - targets[i]
            for j in 0..<d { gradient[j] += features.storage[i * d + j] * r }
        }
        let scale = Double(rows.count)
        for j in 0..<d { gradient[j] /= scale }
        return sum / scale
    }
}
