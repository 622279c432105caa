import GradusLessons
import GradusOptim

extension LessonRun {
    /// The runs of `block`'s combinations, in combination order; a diagnostic at the block when one is missing (a
    /// translation exploring settings that the lesson declaring the example does not).
    public func exploredRuns(_ block: GeneratedBlock) throws(Diagnostics) -> [ExampleRun] {
        guard let explore = block.explore else { return [] }
        var out: [ExampleRun] = []
        for run in 0..<explore.count {
            guard let found = explored[explore.key(example: block.example, run: run)] else {
                throw Diagnostics(
                    block.location,
                    "this explore block's combination \(explore.settings(of: run).joined(separator: ", ")) has no run: a translation explores the settings its twin's page explores"
                )
            }
            out.append(found)
        }
        return out
    }

    /// Checks a claim over an explore block's runs (in combination order): a diagnostic at the claim naming the
    /// first combination for which it does not hold.
    public static func check(_ claim: ExploreClaim, _ explore: Explore, runs: [ExampleRun]) throws(Diagnostics) {
        func named(_ indices: [Int]) -> String {
            zip(explore.dimensions, indices).map { "\($0.setting.rawValue) = \($0.values[$1].text)" }.joined(
                separator: ", ")
        }
        func fail(_ indices: [Int], _ why: String) -> Diagnostics {
            Diagnostics(claim.location, "the claim '\(claim.source)' does not hold for \(named(indices)): \(why)")
        }
        var matched = 0
        for run in 0..<explore.count {
            let indices = explore.indices(of: run)
            switch claim.statement {
            case .every(let conditions, let expectation):
                guard claim.meets(conditions, indices, in: explore) else { continue }
                matched += 1
                let outcome = runs[run].trace.outcome
                switch (expectation, outcome) {
                case (.converges(let within), .converged(_, let k)):
                    if let within, k > within { throw fail(indices, "\(outcome)") }
                case (.diverges, .diverged), (.reachesIterationLimit, .reachedIterationLimit): break
                default: throw fail(indices, "\(outcome)")
                }
            case .fewerIterations(let d, let faster, let slower, let conditions):
                guard indices[d] == faster, claim.meets(conditions, indices, in: explore) else { continue }
                matched += 1
                var other = indices
                other[d] = slower
                let first = runs[run].trace.outcome
                let second = runs[explore.run(at: other)].trace.outcome
                guard case .converged(_, let ka) = first else { throw fail(indices, "\(first)") }
                if case .converged(_, let kb) = second, kb <= ka {
                    throw fail(indices, "it needs \(ka) iterations, \(named(other)) needs \(kb)")
                }
            }
        }
        if matched == 0 {
            throw Diagnostics(claim.location, "the claim '\(claim.source)' is about no combination of this block")
        }
    }
}
