/// Least squares: with r = Xθ − y, J(θ) = 1/(2m)·Σᵢrᵢ², ∇J = (1/m)·Xᵀr (`LeastSquaresLoss.halfMSE`, the default), or
/// J(θ) = 1/m·Σᵢrᵢ², ∇J = (2/m)·Xᵀr (`mse`, torch.nn.MSELoss).
///
/// The model is linear in the columns of `features`; add a column of ones for an intercept.
public struct LinearRegression: Objective {
    public let features: Matrix
    public let targets: [Double]
    public let loss: LeastSquaresLoss

    public init(features: Matrix, targets: [Double], loss: LeastSquaresLoss = .halfMSE) {
        precondition(features.rows == targets.count, "one target per row")
        precondition(features.rows > 0, "no data")
        self.features = features
        self.targets = targets
        self.loss = loss
    }

    public var dimension: Int { features.columns }
    public var sampleCount: Int { features.rows }

    /// J(θ), summed in the same order as `valueAndGradient(at:gradient:)`, so both give the same J to the bit.
    public func value(at theta: [Double]) -> Double {
        valueOnly(at: theta)
    }

    /// J(θ) and ∇J(θ) in one pass over the data: each row's residual is formed and immediately accumulated into Xᵀr.
    /// Large data (see `LeastSquaresBlocks`) is split into blocks summed on all cores.
    public func valueAndGradient(at theta: [Double], gradient: inout [Double]) -> Double {
        valueAndGradient(at: theta, gradient: &gradient, concurrently: true)
    }

    /// The exact minimiser from the normal equations XᵀXθ = Xᵀy, or nil when XᵀX is singular.
    public func leastSquaresSolution() -> [Double]? {
        let d = features.columns
        var normal = Matrix(rows: d, columns: d, storage: Array(repeating: 0, count: d * d))
        var rhs = Array(repeating: 0.0, count: d)
        for i in 0..<features.rows {
            for a in 0..<d {
                rhs[a] += features[i, a] * targets[i]
                for b in 0..<d { normal[a, b] += features[i, a] * features[i, b] }
            }
        }
        return LinearAlgebra.solve(normal, rhs)
    }

    /// The Hessian XᵀX/m (2XᵀX/m for `mse`), constant for least squares.
    public func hessian() -> Matrix {
        let d = features.columns
        var h = Matrix(rows: d, columns: d, storage: Array(repeating: 0, count: d * d))
        for i in 0..<features.rows {
            for a in 0..<d {
                for b in 0..<d { h[a, b] += features[i, a] * features[i, b] }
            }
        }
        let m = Double(features.rows)
        return Matrix(rows: d, columns: d, storage: h.storage.map { loss.scaleGradient($0, samples: m) })
    }
}

/// How least squares averages the squared residuals r = Xθ − y over m samples.
public enum LeastSquaresLoss: String, Sendable, Equatable, CaseIterable {
    /// J = 1/(2m)·Σr², ∇J = (1/m)·Xᵀr: the textbook convention that makes the gradient a plain mean.
    case halfMSE = "half-mse"
    /// J = 1/m·Σr², ∇J = (2/m)·Xᵀr: `torch.nn.MSELoss` with its default mean reduction.
    case mse

    /// J from Σr² over `samples` rows.
    @inline(__always)
    func scaleLoss(_ sumOfSquares: Double, samples: Double) -> Double {
        switch self {
        case .halfMSE: sumOfSquares / (2 * samples)
        case .mse: sumOfSquares / samples
        }
    }

    /// A component of ∇J from the same component of Xᵀr over `samples` rows (doubling is exact, so the mse gradient
    /// is twice the half-mse gradient to the bit).
    @inline(__always)
    func scaleGradient(_ sum: Double, samples: Double) -> Double {
        switch self {
        case .halfMSE: sum / samples
        case .mse: 2 * sum / samples
        }
    }
}
