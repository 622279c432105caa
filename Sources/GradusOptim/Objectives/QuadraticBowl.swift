/// A quadratic bowl J(θ) = ½(θ − c)ᵀA(θ − c) whose Hessian A has eigenvalues spaced evenly from 1 to κ
/// (the condition number), its axes turned by `rotation` radians in the plane of the first two coordinates;
/// or a quadratic ½θᵀAθ − bᵀθ with A and b given (`init(matrix:linear:)`).
public struct QuadraticBowl: TwiceDifferentiable {
    public let matrix: Matrix
    public let center: [Double]
    /// κ the bowl was built with; NaN when A was given.
    public let conditionNumber: Double
    /// The turn of the axes in the plane of the first two coordinates, in radians (0 when A was given).
    public let rotation: Double
    /// b of ½θᵀAθ − bᵀθ when A was given; nil for a bowl built from a condition number.
    public let linear: [Double]?

    public init(
        conditionNumber: Double, dimension: Int = 2, rotation: Double = 0, center: [Double]? = nil
    ) throws(OptimError) {
        guard dimension >= 1 else { throw .invalidValue(name: "dimension", reason: "must be at least 1") }
        guard conditionNumber.isFinite, conditionNumber >= 1 else {
            throw .invalidValue(name: "condition_number", reason: "must be finite and ≥ 1")
        }
        guard rotation.isFinite else { throw .invalidValue(name: "rotation", reason: "must be finite") }
        let c = center ?? Array(repeating: 0, count: dimension)
        guard c.count == dimension else {
            throw .dimensionMismatch("center has \(c.count) coordinates, not \(dimension)")
        }
        var a = Matrix(rows: dimension, columns: dimension, storage: Array(repeating: 0, count: dimension * dimension))
        for i in 0..<dimension {
            a[i, i] = dimension == 1 ? 1 : 1 + (conditionNumber - 1) * Double(i) / Double(dimension - 1)
        }
        if dimension >= 2 && rotation != 0 {
            // A ← R·A·Rᵀ with R the rotation by `rotation` in the (0, 1) plane.
            let (s, co) = (Elementary.sine(rotation), Elementary.cosine(rotation))
            let l0 = a[0, 0]
            let l1 = a[1, 1]
            a[0, 0] = co * co * l0 + s * s * l1
            a[1, 1] = s * s * l0 + co * co * l1
            a[0, 1] = co * s * (l0 - l1)
            a[1, 0] = a[0, 1]
        }
        self.matrix = a
        self.center = c
        self.conditionNumber = conditionNumber
        self.rotation = rotation
        self.linear = nil
    }

    public var dimension: Int { center.count }

    public func value(at theta: [Double]) -> Double {
        var gradient = Array(repeating: 0.0, count: dimension)
        return valueAndGradient(at: theta, gradient: &gradient)
    }

    /// ∇J = A(θ − c), J = ½(θ − c)·∇J; with b given (and c = 0), ∇J = Aθ − b, J = ½θ·Aθ − b·θ.
    public func valueAndGradient(at theta: [Double], gradient: inout [Double]) -> Double {
        if let linear { return valueAndGradient(at: theta, linear: linear, gradient: &gradient) }
        let n = dimension
        var sum = 0.0
        for i in 0..<n {
            var g = 0.0
            for j in 0..<n { g += matrix.storage[i * n + j] * (theta[j] - center[j]) }
            gradient[i] = g
            sum += (theta[i] - center[i]) * g
        }
        return sum / 2
    }

    public func hessian(at theta: [Double]) -> Matrix { matrix }
}
