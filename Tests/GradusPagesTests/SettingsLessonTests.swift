import GradusLessons
import GradusOptim
import GradusTestSupport
import Testing

@testable import GradusPages
@testable import GradusRuns

/// The settings of issue #10 end to end: declared in a lesson, run, and quoted on its page.
struct SettingsLessonTests {
    let frontMatter = """
        ---
        title: Settings
        order: 1
        examples:
          - name: square
            objective: {name: quadratic, A: [[2]]}
            start: [10]
            optimizer: {method: gd, lr: 1.1}
            stop: {max-iterations: 10}
          - name: bounded
            objective: {name: quadratic, A: [[2]]}
            start: [10]
            optimizer: {method: gd, lr: 1.1}
            stop: {max-iterations: 10, diverge-above: 50}
          - name: bowl
            objective: {name: quadratic, A: [[3, 1], [1, 2]], b: [1, -1]}
            start: [0, 0]
            optimizer: {method: gd, lr: 0.1}
            stop: {max-iterations: 500}
          - name: half
            objective: linear-regression
            data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}
            start: [0.5, -0.5]
            optimizer: {method: gd, lr: 0.01}
            stop: {max-iterations: 20}
          - name: mse
            objective: {name: linear-regression, loss: mse}
            data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}
            start: [0.5, -0.5]
            optimizer: {method: gd, lr: 0.005}
            stop: {max-iterations: 20}
          - name: damped
            objective: {name: quadratic, A: [[2]]}
            start: [10]
            optimizer: {method: newton, lr: 0.5}
            stop: {max-iterations: 3}
          - name: saddle
            objective: {name: quadratic, A: [[1, 0], [0, -1]]}
            start: [1, 1]
            optimizer: {method: newton, step: armijo, lr: 0.5, max_trials: 4, indefinite: gradient}
            stop: {max-iterations: 3}
          - name: raw
            objective: {name: quadratic, A: [[1, 0], [0, -1]]}
            start: [1, 1]
            optimizer: {method: newton, indefinite: continue}
            stop: {max-iterations: 3, gradient-tolerance: 1e-12}
        ---

        """

    func lessonRun() throws -> LessonRun {
        Executor.run(try LessonParser.parse(SourceFile(path: "s.md", text: frontMatter + "Text.\n"), slug: "s"))
    }

    func render(_ body: String) throws -> String {
        let lesson = try LessonParser.parse(SourceFile(path: "s.md", text: frontMatter + body), slug: "s")
        var page = LessonPage(Executor.run(lesson))
        return try page.render()
    }

    @Test func divergeAboveReportsTheRunDivergedWhereXPassesTheBound() throws {
        // ½·2x² = x²; lr 1.1 multiplies x by −1.2: x₁₀ = 10·1.2¹⁰ = 61.917364…, and |x₉| = 10·1.2⁹ ≈ 51.6 is the first
        // beyond 50 (J(x₀) = 100 already is, so only ‖θ‖ is watched).
        let html = try render(
            """
            {{square.outcome}}: {{square.final.theta[0] | fixed 6}}. {{bounded.outcome}} after {{bounded.iterations}} \
            updates, at {{bounded.final.theta[0] | fixed 1}} beyond {{bounded.diverge_above}}.

            """)
        #expect(
            html
                == "<p>reached the iteration limit of 10: 61.917364. diverged at iteration 9 after 9 updates, at −51.6 beyond 50.</p>\n"
        )
        #expect(throws: Diagnostics.self) { try render("{{bounded.iter[9].update[0]}}\n") }  // the final record
    }

    @Test func aQuadraticByMatrixHasItsSolutionAndCurvature() throws {
        // A = [[3, 1], [1, 2]], b = (1, −1): θ* = A⁻¹b = (0.6, −0.8), J* = −½bᵀθ* = −0.7, λ = (5 ± √5)/2.
        let html = try render(
            """
            θ* = ({{bowl.solution[0] | fixed 6}}, {{bowl.solution[1] | fixed 6}}), J* = {{bowl.solution_loss | fixed 6}}, \
            κ = {{bowl.condition_number | fixed 6}}, A₀₁ = {{bowl.objective.A[0][1]}}, b₁ = {{bowl.objective.b[1]}}, \
            distance {{bowl.distance_to_solution | sci 0}}.

            """)
        let kappa = (5 + 5.0.squareRoot()) / (5 - 5.0.squareRoot())
        #expect(html.contains("θ* = (0.600000, −0.800000), J* = −0.700000"))
        #expect(html.contains("κ = \(String(format: "%.6f", kappa)), A₀₁ = 1, b₁ = −1"))
        #expect(throws: Diagnostics.self) { try render("{{bowl.objective.condition_number}}\n") }
        #expect(throws: Diagnostics.self) { try render("{{raw.solution[0]}}\n") }  // indefinite: no minimiser
    }

    @Test func mseDoublesTheLossAndTheHessian() throws {
        let runs = try lessonRun()
        let half = try #require(runs.run(named: "half"))
        let mse = try #require(runs.run(named: "mse"))
        #expect(mse.trace.iterations[0].loss == 2 * half.trace.iterations[0].loss)
        #expect(mse.trace.iterations[0].gradient == half.trace.iterations[0].gradient.map { 2 * $0 })
        let halfEigen = try #require(half.hessianEigenvalues)
        let mseEigen = try #require(mse.hessianEigenvalues)
        #expect(isApproximatelyEqual(mseEigen, halfEigen.map { 2 * $0 }, relative: 1e-12))
        #expect(mse.solution == half.solution)
        // With twice the gradient and half the rate, the runs take steps of the same size.
        #expect(isApproximatelyEqual(mse.trace.final.theta[0], half.trace.final.theta[0], absolute: 1e-12))
        #expect(try render("{{mse.objective.loss}} and {{half.objective.loss}}\n") == "<p>mse and half-mse</p>\n")
    }

    @Test func newtonTakesItsStepFactorAndSaysWhereItFellBack() throws {
        let html = try render(
            """
            {{damped.iter[1].theta[0]}}, {{damped.lr}}, {{damped.newton.lr}}; {{saddle.newton.indefinite}}, \
            {{saddle.newton.max_trials}}, fell back: {{saddle.iter[0].state.indefinite_hessian[0]}}; {{raw.outcome}}.

            """)
        // x ← x − 0.5·(2x)/2 halves x; on the saddle the gradient step from (1, 1) is along (−1, 1).
        #expect(
            html
                == "<p>5, 0.5, 0.5; gradient, 4, fell back: 1; converged at iteration 1 by the gradient norm test.</p>\n"
        )
        let runs = try lessonRun()
        let saddle = try #require(runs.run(named: "saddle"))
        #expect(saddle.trace.iterations[0].state.first { $0.name == "newton_direction" }?.values == [-1, 1])
        #expect(throws: Diagnostics.self) { try render("{{damped.newton.max_trials}}\n") }
    }
}

extension SettingsLessonTests {
    @Test func theComparisonTableNamesNewtonsSettings() throws {
        let html = try render("```gradus compare\nexamples: [damped, saddle, raw]\n```\n")
        #expect(html.contains("Newton (lr 0.5)"))
        #expect(html.contains("Newton with backtracking (lr 0.5, indefinite: gradient)"))
        #expect(html.contains("Newton (indefinite: continue)"))
    }
}
