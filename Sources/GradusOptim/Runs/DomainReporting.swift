/// An objective that can say why it has no finite value or gradient at a point (a log of a negative number, a
/// division by zero, …), so that a run ends with that reason instead of "diverged".
public protocol DomainReporting {
    /// The first operation outside its domain at `theta`, or nil when every operation is defined there (a value that
    /// is merely too large is divergence, not a domain error).
    func domainViolation(at theta: [Double]) -> DomainViolation?
}

extension Runner {
    /// How a run ends at iteration `k` when J or ∇J at `theta` is not finite: failed outside the objective's
    /// domain when it can tell, else diverged.
    @usableFromInline static func nonFiniteOutcome<O: Objective>(_ objective: O, at theta: [Double], iteration k: Int)
        -> Outcome
    {
        if let reporting = objective as? any DomainReporting, theta.allSatisfy(\.isFinite),
            let violation = reporting.domainViolation(at: theta)
        {
            return .failed(iteration: k, reason: .outsideDomain(violation))
        }
        return .diverged(iteration: k)
    }
}
