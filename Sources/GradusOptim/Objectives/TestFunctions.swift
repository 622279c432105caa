/// Himmelblau's function (x² + y − 11)² + (x + y² − 7)²: four minima of value 0, one at (3, 2).
public struct Himmelblau: TwiceDifferentiable {
    public init() {}
    public var dimension: Int { 2 }

    public func value(at theta: [Double]) -> Double {
        let (x, y) = (theta[0], theta[1])
        let p = x * x + y - 11
        let q = x + y * y - 7
        return p * p + q * q
    }

    public func valueAndGradient(at theta: [Double], gradient: inout [Double]) -> Double {
        let (x, y) = (theta[0], theta[1])
        let p = x * x + y - 11
        let q = x + y * y - 7
        gradient[0] = 4 * x * p + 2 * q
        gradient[1] = 2 * p + 4 * y * q
        return p * p + q * q
    }

    public func hessian(at theta: [Double]) -> Matrix {
        let (x, y) = (theta[0], theta[1])
        let p = x * x + y - 11
        let q = x + y * y - 7
        let xy = 4 * x + 4 * y
        return Matrix([[4 * p + 8 * x * x + 2, xy], [xy, 2 + 4 * q + 8 * y * y]])
    }
}

/// Beale's function Σₖ (cₖ − x + x·yᵏ)² with c = (1.5, 2.25, 2.625): minimum 0 at (3, 0.5).
public struct Beale: TwiceDifferentiable {
    static let constants = [1.5, 2.25, 2.625]
    public init() {}
    public var dimension: Int { 2 }

    public func value(at theta: [Double]) -> Double {
        var gradient = [0.0, 0.0]
        return valueAndGradient(at: theta, gradient: &gradient)
    }

    public func valueAndGradient(at theta: [Double], gradient: inout [Double]) -> Double {
        let (x, y) = (theta[0], theta[1])
        var sum = 0.0
        var gx = 0.0
        var gy = 0.0
        var yPower = 1.0  // y^(k−1)
        for (index, c) in Self.constants.enumerated() {
            let k = Double(index + 1)
            let yk = yPower * y
            let r = c - x + x * yk
            sum += r * r
            gx += 2 * r * (yk - 1)
            gy += 2 * r * (x * k * yPower)
            yPower = yk
        }
        gradient[0] = gx
        gradient[1] = gy
        return sum
    }

    public func hessian(at theta: [Double]) -> Matrix {
        let (x, y) = (theta[0], theta[1])
        var hxx = 0.0
        var hxy = 0.0
        var hyy = 0.0
        var yPower = 1.0  // y^(k−1)
        var yPowerBelow = 0.0  // (k−1)·y^(k−2)
        for (index, c) in Self.constants.enumerated() {
            let k = Double(index + 1)
            let yk = yPower * y
            let r = c - x + x * yk
            let rx = yk - 1
            let ry = x * k * yPower
            hxx += 2 * rx * rx
            hxy += 2 * (ry * rx + r * k * yPower)
            hyy += 2 * (ry * ry + r * x * k * yPowerBelow)
            yPowerBelow = k * yPower
            yPower = yk
        }
        return Matrix([[hxx, hxy], [hxy, hyy]])
    }
}

/// Booth's function (x + 2y − 7)² + (2x + y − 5)²: a quadratic with minimum 0 at (1, 3).
public struct Booth: TwiceDifferentiable {
    public init() {}
    public var dimension: Int { 2 }

    public func value(at theta: [Double]) -> Double {
        let p = theta[0] + 2 * theta[1] - 7
        let q = 2 * theta[0] + theta[1] - 5
        return p * p + q * q
    }

    public func valueAndGradient(at theta: [Double], gradient: inout [Double]) -> Double {
        let p = theta[0] + 2 * theta[1] - 7
        let q = 2 * theta[0] + theta[1] - 5
        gradient[0] = 2 * p + 4 * q
        gradient[1] = 4 * p + 2 * q
        return p * p + q * q
    }

    public func hessian(at theta: [Double]) -> Matrix { Matrix([[10, 8], [8, 10]]) }
}

/// A 1-D function with several local minima: J(x) = x²/8 + sin(3x).
/// The global minimum is near x ≈ −0.51; others lie near 1.55, −2.55 and 3.56.
public struct WavyParabola: TwiceDifferentiable {
    public init() {}
    public var dimension: Int { 1 }

    public func value(at theta: [Double]) -> Double {
        let x = theta[0]
        return x * x / 8 + Elementary.sine(3 * x)
    }

    public func valueAndGradient(at theta: [Double], gradient: inout [Double]) -> Double {
        let x = theta[0]
        gradient[0] = x / 4 + 3 * Elementary.cosine(3 * x)
        return x * x / 8 + Elementary.sine(3 * x)
    }

    public func hessian(at theta: [Double]) -> Matrix {
        Matrix([[0.25 - 9 * Elementary.sine(3 * theta[0])]])
    }
}
