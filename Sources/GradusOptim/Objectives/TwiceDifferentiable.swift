/// An objective with an analytic Hessian, for Newton's method and the finite-difference checks.
public protocol TwiceDifferentiable: Objective {
    /// ∇²J(θ), a symmetric `dimension × dimension` matrix.
    func hessian(at theta: [Double]) -> Matrix
}

extension LinearRegression: TwiceDifferentiable {
    /// XᵀX/m, the same at every θ.
    public func hessian(at theta: [Double]) -> Matrix { hessian() }
}
