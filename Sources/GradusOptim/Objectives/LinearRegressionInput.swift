extension LinearRegression {
    /// Builds a least-squares objective from lesson data, checking shapes instead of trapping;
    /// with `intercept`, a column of ones is put in front of the features (θ₀ is then the intercept).
    public init(
        validating features: Matrix, targets: [Double], intercept: Bool = false, loss: LeastSquaresLoss = .halfMSE
    ) throws(OptimError) {
        guard features.rows == targets.count else {
            throw .dimensionMismatch("\(features.rows) rows of features but \(targets.count) targets")
        }
        guard features.rows > 0 else { throw .dimensionMismatch("no data") }
        guard features.columns > 0 || intercept else { throw .dimensionMismatch("no feature columns") }
        guard features.storage.allSatisfy(\.isFinite), targets.allSatisfy(\.isFinite) else {
            throw .invalidValue(name: "data", reason: "features and targets must be finite")
        }
        self.init(features: intercept ? features.prependingOnes() : features, targets: targets, loss: loss)
    }
}

extension Matrix {
    /// This matrix with a first column of ones (the intercept column).
    public func prependingOnes() -> Matrix {
        var values: [Double] = []
        values.reserveCapacity(rows * (columns + 1))
        for i in 0..<rows {
            values.append(1)
            values.append(contentsOf: row(i))
        }
        return Matrix(rows: rows, columns: columns + 1, storage: values)
    }
}
