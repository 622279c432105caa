import GradusLessons
import GradusOptim
import Testing

@testable import GradusRuns

/// Claims (`ClaimCheck.swift`): the evidence when one holds, a diagnostic at the claim when it does not.
struct ClaimCheckTests {
    /// The claims of a lesson whose body is one claims block with these lines, and the lesson's runs.
    func claims(_ lines: String, examples: String...) throws -> (LessonRun, [Claim]) {
        let run = try lessonRun(examples.joined(), body: "```gradus claims\n" + lines + "```\n")
        return (run, run.lesson.blocks.flatMap(\.claims))
    }

    func message(_ run: LessonRun, _ claim: Claim) -> String? {
        do {
            _ = try run.check(claim)
            return nil
        } catch {
            return error.all.first?.message
        }
    }

    @Test func outcomeClaimsHoldWithTheOutcomesAsEvidence() throws {
        // nt converges after its single Newton step; wild's J passes 10 at iteration 2; sq stops at its limit of 2.
        let (run, claims) = try claims(
            "- nt converges within 1 iterations\n- wild diverges within 2 iterations\n- sq reaches the iteration limit\n",
            examples: Examples.newton, Examples.runaway, Examples.square)
        #expect(claims.count == 3)
        #expect(
            try run.check(claims[0])
                == .outcomes([.init(example: "nt", outcome: .converged(.gradientNorm, iteration: 1))]))
        #expect(try run.check(claims[1]) == .outcomes([.init(example: "wild", outcome: .diverged(iteration: 2))]))
        #expect(try run.check(claims[2]) == .outcomes([.init(example: "sq", outcome: .reachedIterationLimit(2))]))
    }

    @Test func aClaimTheRunsContradictIsADiagnosticAtTheClaim() throws {
        let (run, claims) = try claims(
            "- wild diverges within 1 iterations\n- sq converges\n- nt fails\n- sq needs fewer iterations than nt\n",
            examples: Examples.newton, Examples.runaway, Examples.square)
        #expect(
            message(run, claims[0])
                == "the claim 'wild diverges within 1 iterations' does not hold: wild diverged at iteration 2")
        #expect(
            message(run, claims[1]) == "the claim 'sq converges' does not hold: sq reached the iteration limit of 2")
        #expect(
            message(run, claims[2])
                == "the claim 'nt fails' does not hold: nt converged at iteration 1 by the gradient norm test")
        #expect(
            message(run, claims[3])
                == "the claim 'sq needs fewer iterations than nt' does not hold: sq reached the iteration limit of 2")
        #expect(throws: Diagnostics.self) { try run.check(claims[0]) }
        do {
            _ = try run.check(claims[1])
        } catch {
            #expect(error.all.first?.location == claims[1].location)
        }
    }

    @Test func needsFewerIterationsHoldsAgainstARunThatDidNotConverge() throws {
        let (run, claims) = try claims(
            "- nt needs fewer iterations than sq\n", examples: Examples.newton, Examples.square)
        #expect(
            try run.check(claims[0])
                == .outcomes([
                    .init(example: "nt", outcome: .converged(.gradientNorm, iteration: 1)),
                    .init(example: "sq", outcome: .reachedIterationLimit(2)),
                ]))
    }

    @Test func comparisonsReadBothSidesAndShowThem() throws {
        // sq: f goes 9 → 2.25 → 0.5625.
        let (run, claims) = try claims(
            "- sq.final.loss < sq.iter[0].loss\n- sq.iter[1].loss >= 2.25\n- sq.iterations <= 1\n- sq.final.loss > 1\n",
            examples: Examples.square)
        #expect(try run.check(claims[0]) == .comparison("sq.final.loss", 0.5625, "sq.iter[0].loss", 9))
        #expect(try run.check(claims[1]) == .comparison("sq.iter[1].loss", 2.25, nil, 2.25))
        #expect(message(run, claims[2]) == "the claim 'sq.iterations <= 1' does not hold: sq.iterations is 2.0")
        #expect(message(run, claims[3]) == "the claim 'sq.final.loss > 1' does not hold: sq.final.loss is 0.5625")
    }

    @Test func aComparisonNeedsNumbers() throws {
        let (run, claims) = try claims("- sq.outcome > 1\n", examples: Examples.square)
        #expect(message(run, claims[0]) == "sq.outcome is not a number")
    }

    @Test func aClaimOnAnExampleTheRunsLackSaysSo() throws {
        let (run, claims) = try claims("- sq converges\n", examples: Examples.square)
        let withoutRuns = LessonRun(lesson: run.lesson, runs: [])
        #expect(message(withoutRuns, claims[0]) == "the claim names no example of this lesson: 'sq'")
    }

    @Test func iterationsToAGradientNormCountFromTheStart() throws {
        // sq's |f′| is 6, 3, 1.5: it first falls to 3 at iteration 1, and never to 1.
        let run = try #require(try lessonRun(Examples.square).run(named: "sq"))
        #expect(run.iterations(toGradientNorm: 3) == 1)
        #expect(run.iterations(toGradientNorm: 6) == 0)
        #expect(run.iterations(toGradientNorm: 1) == nil)
    }
}
