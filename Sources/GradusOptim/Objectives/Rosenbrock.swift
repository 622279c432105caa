/// Rosenbrock's banana valley J(x, y) = (a − x)² + b(y − x²)², minimum 0 at (a, a²).
public struct Rosenbrock: TwiceDifferentiable {
    public let a: Double
    public let b: Double

    public init(a: Double = 1, b: Double = 100) {
        self.a = a
        self.b = b
    }

    @inlinable public var dimension: Int { 2 }
    public var minimizer: [Double] { [a, a * a] }

    public func value(at theta: [Double]) -> Double {
        let u = a - theta[0]
        let v = theta[1] - theta[0] * theta[0]
        return u * u + b * (v * v)
    }

    /// ∂J/∂x = −2(a − x) − 4b·x(y − x²), ∂J/∂y = 2b(y − x²).
    @inlinable public func valueAndGradient(at theta: [Double], gradient: inout [Double]) -> Double {
        let x = theta[0]
        let u = a - x
        let v = theta[1] - x * x
        gradient[0] = -2.0 * u - 4.0 * b * x * v
        gradient[1] = 2.0 * b * v
        return u * u + b * (v * v)
    }

    public func hessian(at theta: [Double]) -> Matrix {
        let x = theta[0]
        let y = theta[1]
        let xy = -4 * b * x
        return Matrix([[2 - 4 * b * (y - x * x) + 8 * b * x * x, xy], [xy, 2 * b]])
    }
}
