import Foundation
import GradusOptim

/// f(x) = x·cos(cx) (1-D), with f′ = cos(cx) − cx·sin(cx) and f″ = −2c·sin(cx) − c²x·cos(cx): a function whose
/// Hessian changes sign, for Newton's method. A test-only objective, since the library has no formulas.
struct XCosine: TwiceDifferentiable {
    let c: Double
    var dimension: Int { 1 }

    func value(at theta: [Double]) -> Double { theta[0] * cos(c * theta[0]) }

    func valueAndGradient(at theta: [Double], gradient: inout [Double]) -> Double {
        let x = theta[0]
        gradient[0] = cos(c * x) - c * x * sin(c * x)
        return x * cos(c * x)
    }

    func hessian(at theta: [Double]) -> Matrix {
        let x = theta[0]
        return Matrix([[-2 * c * sin(c * x) - c * c * x * cos(c * x)]])
    }
}

/// f(x) = x² (1-D), f′ = 2x, f″ = 2: gradient descent with lr > 1 multiplies x by 1 − 2·lr each step.
struct Square: TwiceDifferentiable {
    var dimension: Int { 1 }
    func value(at theta: [Double]) -> Double { theta[0] * theta[0] }
    func valueAndGradient(at theta: [Double], gradient: inout [Double]) -> Double {
        gradient[0] = 2 * theta[0]
        return theta[0] * theta[0]
    }
    func hessian(at theta: [Double]) -> Matrix { Matrix([[2]]) }
}
