extension QuadraticBowl {
    /// The largest A a lesson may give, as for a bowl's `dimension`: a dense d × d matrix must stay small.
    public static let maximumDimension = 1000

    /// J(θ) = ½θᵀAθ − bᵀθ for a symmetric A (compared entry by entry, exactly) and b of the same size (zeros when nil).
    public init(matrix: Matrix, linear: [Double]? = nil) throws(OptimError) {
        let n = matrix.rows
        guard n >= 1, matrix.columns == n else {
            throw .dimensionMismatch("A is \(matrix.rows) × \(matrix.columns); it must be square")
        }
        guard n <= Self.maximumDimension else {
            throw .invalidValue(name: "A", reason: "may have at most \(Self.maximumDimension) rows")
        }
        guard matrix.storage.allSatisfy(\.isFinite) else { throw .invalidValue(name: "A", reason: "must be finite") }
        for i in 0..<n {
            for j in 0..<i where matrix[i, j] != matrix[j, i] {
                throw .invalidValue(
                    name: "A",
                    reason: "must be symmetric: A[\(i)][\(j)] = \(matrix[i, j]) but A[\(j)][\(i)] = \(matrix[j, i])")
            }
        }
        let b = linear ?? Array(repeating: 0, count: n)
        guard b.count == n else { throw .dimensionMismatch("b has \(b.count) values; A has \(n) rows") }
        guard b.allSatisfy(\.isFinite) else { throw .invalidValue(name: "b", reason: "must be finite") }
        self.matrix = matrix
        self.center = Array(repeating: 0, count: n)
        self.conditionNumber = .nan
        self.rotation = 0
        self.linear = b
    }

    /// Whether A and b were given rather than built from a condition number.
    public var isGivenByMatrix: Bool { linear != nil }

    /// The minimiser: the centre of a built bowl, or θ* = A⁻¹b when A is positive definite; nil when A is not (then
    /// J has no minimum).
    public func minimizer() -> [Double]? {
        guard let linear else { return center }
        guard case .success(let factor) = Cholesky.factor(matrix) else { return nil }
        return Cholesky.solve(factor: factor, linear)
    }

    /// ∇J = Aθ − b and J = ½θ·Aθ − b·θ, each sum in index order.
    func valueAndGradient(at theta: [Double], linear: [Double], gradient: inout [Double]) -> Double {
        let n = dimension
        var quadratic = 0.0
        var affine = 0.0
        for i in 0..<n {
            var g = 0.0
            for j in 0..<n { g += matrix.storage[i * n + j] * theta[j] }
            quadratic += theta[i] * g
            affine += linear[i] * theta[i]
            gradient[i] = g - linear[i]
        }
        return quadratic / 2 - affine
    }
}
