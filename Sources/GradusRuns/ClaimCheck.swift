import GradusLessons
import GradusOptim

/// What shows that a claim holds.
public enum ClaimEvidence: Sendable, Equatable {
    /// How the named runs ended.
    case outcomes([Named])
    /// The values a comparison read: a path and its value, and the other side's path (nil for a number) and value.
    case comparison(String, Double, String?, Double)

    public struct Named: Sendable, Equatable {
        public let example: String
        public let outcome: Outcome
    }
}

extension LessonRun {
    /// Checks a claim against the runs: the evidence when it holds, a diagnostic at the claim when it does not.
    public func check(_ claim: Claim) throws(Diagnostics) -> ClaimEvidence {
        func run(_ name: String) throws(Diagnostics) -> ExampleRun {
            guard let found = self.run(named: name) else {
                throw Diagnostics(claim.location, "the claim names no example of this lesson: '\(name)'")
            }
            return found
        }
        func fail(_ why: String) -> Diagnostics {
            Diagnostics(claim.location, "the claim '\(claim.source)' does not hold: \(why)")
        }
        switch claim.statement {
        case .converges(let name, let within):
            let outcome = try run(name).trace.outcome
            guard case .converged(_, let k) = outcome else { throw fail("\(name) \(outcome)") }
            if let within, k > within { throw fail("\(name) \(outcome)") }
            return .outcomes([.init(example: name, outcome: outcome)])
        case .diverges(let name, let within):
            let outcome = try run(name).trace.outcome
            guard case .diverged(let k) = outcome else { throw fail("\(name) \(outcome)") }
            if let within, k > within { throw fail("\(name) \(outcome)") }
            return .outcomes([.init(example: name, outcome: outcome)])
        case .reachesIterationLimit(let name):
            let outcome = try run(name).trace.outcome
            guard case .reachedIterationLimit = outcome else { throw fail("\(name) \(outcome)") }
            return .outcomes([.init(example: name, outcome: outcome)])
        case .fails(let name):
            let outcome = try run(name).trace.outcome
            guard case .failed = outcome else { throw fail("\(name) \(outcome)") }
            return .outcomes([.init(example: name, outcome: outcome)])
        case .needsFewerIterations(let a, let b):
            let first = try run(a).trace.outcome
            let second = try run(b).trace.outcome
            guard case .converged(_, let ka) = first else { throw fail("\(a) \(first)") }
            if case .converged(_, let kb) = second, kb <= ka { throw fail("\(a) needs \(ka) iterations, \(b) \(kb)") }
            return .outcomes([.init(example: a, outcome: first), .init(example: b, outcome: second)])
        case .compare(let left, let comparison, let right):
            let x = try number(left, claim)
            let y: Double
            var rightPath: String? = nil
            switch right {
            case .number(let n): y = n
            case .value(let binding):
                y = try number(binding, claim)
                rightPath = binding.pathText
            }
            let holds =
                switch comparison {
                case .less: x < y
                case .lessOrEqual: x <= y
                case .greater: x > y
                case .greaterOrEqual: x >= y
                }
            guard holds else { throw fail("\(left.pathText) is \(x)" + (rightPath.map { ", \($0) is \(y)" } ?? "")) }
            return .comparison(left.pathText, x, rightPath, y)
        }
    }

    func number(_ binding: Binding, _ claim: Claim) throws(Diagnostics) -> Double {
        let value: Value
        do throws(Diagnostics) {
            value = try self.value(of: binding)
        } catch {
            throw Diagnostics(claim.location, error.all.first?.message ?? "no such value")
        }
        switch value {
        case .number(let x): return x
        case .integer(let n): return Double(n)
        case .text, .outcome, .tex: throw Diagnostics(claim.location, "\(binding.pathText) is not a number")
        }
    }
}

extension ExampleRun {
    /// The first kept iteration whose gradient norm is at or below `tolerance`.
    public func iterations(toGradientNorm tolerance: Double) -> Int? {
        trace.iterations.first { $0.gradientNorm <= tolerance }?.k
    }
}
