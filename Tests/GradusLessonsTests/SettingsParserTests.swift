import GradusOptim
import GradusTestSupport
import Testing

@testable import GradusLessons

/// The settings of issue #10 (quadratic by matrix, least-squares loss, Newton's step factor, indefinite policy and
/// trial budget, diverge-above, a start inside the box): what they parse to, and every mistake at its place.
struct SettingsParserTests {
    /// One example's YAML (indented as a list entry under `examples:`), parsed.
    func example(_ yaml: String) throws -> Example {
        try #require(parse(LessonText.lesson(examples: yaml)).examples.first)
    }

    @Test func aQuadraticByMatrixKeepsAAndB() throws {
        let parsed = try example(
            "  - name: q\n    objective: {name: quadratic, A: [[0.2, 0], [0, 4]], b: [1, -1]}\n    start: [1, 1]\n    optimizer: {method: gd, lr: 0.1}\n    stop: {max-iterations: 5}\n"
        )
        guard case .quadratic(let bowl) = parsed.objective else {
            Issue.record("expected a quadratic, got \(parsed.objective)")
            return
        }
        #expect(bowl.matrix == Matrix([[0.2, 0], [0, 4]]))
        #expect(bowl.linear == [1, -1])
        #expect(bowl.isGivenByMatrix)
        let zeros = try example(
            "  - name: q\n    objective: {name: quadratic, A: [[2]]}\n    start: [10]\n    optimizer: {method: gd, lr: 0.1}\n    stop: {max-iterations: 5}\n"
        )
        guard case .quadratic(let one) = zeros.objective else { return }
        #expect(one.linear == [0])
    }

    @Test(arguments: [("", LeastSquaresLoss.halfMSE), (", loss: half-mse", .halfMSE), (", loss: mse", .mse)])
    func theLeastSquaresLossIsRead(setting: String, expected: LeastSquaresLoss) throws {
        let parsed = try example(
            LessonText.seedExample.replacingOccurrences(
                of: "objective: linear-regression", with: "objective: {name: linear-regression\(setting)}"))
        guard case .linearRegression(let problem) = parsed.objective else {
            Issue.record("expected linear regression")
            return
        }
        #expect(problem.loss == expected)
    }

    @Test func newtonSettingsAreRead() throws {
        let quadratic =
            "  - name: n\n    objective: {name: quadratic, condition_number: 4}\n    start: [1, 1]\n    optimizer: OPTIMIZER\n    stop: {max-iterations: 5}\n"
        func method(_ optimizer: String) throws -> MethodDeclaration {
            try example(quadratic.replacingOccurrences(of: "OPTIMIZER", with: optimizer)).method
        }
        #expect(try method("{method: newton}") == .newton(NewtonSettings()))
        #expect(
            try method("{method: newton, lr: 0.5, indefinite: continue}")
                == .newton(NewtonSettings(learningRate: 0.5, indefinite: .continue)))
        #expect(
            try method("{method: newton, step: armijo, lr: 2, max_trials: 7, indefinite: gradient}")
                == .newton(NewtonSettings(step: .armijo(maxTrials: 7), learningRate: 2, indefinite: .gradient)))
        #expect(try method("{method: newton, lr: 0.5}").learningRate == 0.5)
    }

    @Test func divergeAboveIsReadIntoTheStoppingRule() throws {
        let parsed = try example(
            LessonText.seedExample.replacingOccurrences(
                of: "{max-iterations: 10}", with: "{max-iterations: 10, diverge-above: 1e6}"))
        #expect(parsed.stopping == StoppingRule(maxIterations: 10, divergeAbove: 1e6))
    }

    @Test func aMatrixBeyondTheCapIsRefusedAtA() {
        let rows = Array(repeating: "[1]", count: QuadraticBowl.maximumDimension + 1).joined(separator: ", ")
        let yaml =
            "  - name: q\n    objective: {name: quadratic, A: [\(rows)]}\n    start: [1]\n    optimizer: {method: gd, lr: 0.1}\n    stop: {max-iterations: 5}\n"
        #expect(
            diagnostic(LessonText.lesson(examples: yaml))
                == "lesson.md:6:37: error: 'A' may have at most 1000 rows, not 1001")
    }

    @Test(arguments: [
        (
            "A not symmetric",
            "  - name: seed\n    objective: {name: quadratic, A: [[1, 2], [3, 4]]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 10}\n",
            "lesson.md:6:47: error: 'A' must be symmetric: A[1][0] = 3.0 but A[0][1] = 2.0"
        ),
        (
            "A not square",
            "  - name: seed\n    objective: {name: quadratic, A: [[1, 2, 0], [2, 4, 0]]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 10}\n",
            "lesson.md:6:37: error: 'A' must be square: it has 2 rows of 3 values"
        ),
        (
            "A ragged",
            "  - name: seed\n    objective: {name: quadratic, A: [[1, 2], [2]]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 10}\n",
            "lesson.md:6:46: error: row 2 of 'A' has 1 columns; row 1 has 2"
        ),
        (
            "b wrong size",
            "  - name: seed\n    objective: {name: quadratic, A: [[1, 0], [0, 4]], b: [1, 2, 3]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 10}\n",
            "lesson.md:6:58: error: 'b' has 3 values; 'A' has 2 rows"
        ),
        (
            "A with condition_number",
            "  - name: seed\n    objective: {name: quadratic, A: [[1, 0], [0, 4]], condition_number: 4}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 10}\n",
            "lesson.md:6:55: error: 'condition_number' does not go with 'A': a quadratic given by its matrix is J(θ) = ½θᵀAθ − bᵀθ (only 'b' may be added)"
        ),
        (
            "A with rotation",
            "  - name: seed\n    objective: {name: quadratic, rotation: 0.5, A: [[1, 0], [0, 4]]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 10}\n",
            "lesson.md:6:34: error: 'rotation' does not go with 'A': a quadratic given by its matrix is J(θ) = ½θᵀAθ − bᵀθ (only 'b' may be added)"
        ),
        (
            "A with dimension",
            "  - name: seed\n    objective: {name: quadratic, A: [[1, 0], [0, 4]], dimension: 2}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 10}\n",
            "lesson.md:6:55: error: 'dimension' does not go with 'A': a quadratic given by its matrix is J(θ) = ½θᵀAθ − bᵀθ (only 'b' may be added)"
        ),
        (
            "b without A",
            "  - name: seed\n    objective: {name: quadratic, condition_number: 4, b: [1, 2]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 10}\n",
            "lesson.md:6:55: error: 'b' goes with 'A': J(θ) = ½θᵀAθ − bᵀθ"
        ),
        (
            "start size for A",
            "  - name: seed\n    objective: {name: quadratic, A: [[2]]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 10}\n",
            "lesson.md:7:12: error: 'start' has 2 values; the objective has 1 parameters"
        ),
        (
            "unknown loss",
            "  - name: seed\n    objective: {name: linear-regression, loss: l2}\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 10}\n",
            "lesson.md:6:48: error: unknown loss 'l2'; expected one of: half-mse, mse"
        ),
        (
            "loss on logistic",
            "  - name: seed\n    objective: {name: logistic-regression, loss: mse}\n    data: {x: [[1, 2], [2, 3]], y: [0, 1]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 10}\n",
            "lesson.md:6:44: error: the logistic-regression objective has no parameter 'loss'"
        ),
        (
            "unknown indefinite",
            "  - name: seed\n    objective: {name: quadratic, condition_number: 4}\n    start: [0.5, -0.5]\n    optimizer: {method: newton, indefinite: skip}\n    stop: {max-iterations: 10}\n",
            "lesson.md:8:45: error: 'indefinite' is one of fail, continue, gradient, not 'skip'"
        ),
        (
            "max_trials zero",
            "  - name: seed\n    objective: {name: quadratic, condition_number: 4}\n    start: [0.5, -0.5]\n    optimizer: {method: newton, step: armijo, max_trials: 0}\n    stop: {max-iterations: 10}\n",
            "lesson.md:8:59: error: 'max_trials' must be at least 1"
        ),
        (
            "max_trials not whole",
            "  - name: seed\n    objective: {name: quadratic, condition_number: 4}\n    start: [0.5, -0.5]\n    optimizer: {method: newton, step: armijo, max_trials: 2.5}\n    stop: {max-iterations: 10}\n",
            "lesson.md:8:59: error: 'max_trials' must be a whole number"
        ),
        (
            "max_trials with pure",
            "  - name: seed\n    objective: {name: quadratic, condition_number: 4}\n    start: [0.5, -0.5]\n    optimizer: {method: newton, max_trials: 5}\n    stop: {max-iterations: 10}\n",
            "lesson.md:8:33: error: 'max_trials' is a setting of the line search: it goes with 'step: armijo'"
        ),
        (
            "newton lr zero",
            "  - name: seed\n    objective: {name: quadratic, condition_number: 4}\n    start: [0.5, -0.5]\n    optimizer: {method: newton, lr: 0}\n    stop: {max-iterations: 10}\n",
            "lesson.md:8:37: error: 'lr' must be a positive finite number"
        ),
        (
            "newton unknown key",
            "  - name: seed\n    objective: {name: quadratic, condition_number: 4}\n    start: [0.5, -0.5]\n    optimizer: {method: newton, momentum: 0.9}\n    stop: {max-iterations: 10}\n",
            "lesson.md:8:33: error: unknown key 'momentum' for the newton method; expected one of: step, lr, c1, shrink, max_trials, indefinite"
        ),
        (
            "diverge-above zero",
            "  - name: seed\n    objective: {name: quadratic, condition_number: 4}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 10, diverge-above: 0}\n",
            "lesson.md:9:47: error: 'diverge-above' must be a positive number, the bound on |J| and ‖θ‖"
        ),
        (
            "diverge-above negative",
            "  - name: seed\n    objective: {name: quadratic, condition_number: 4}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 10, diverge-above: -1e6}\n",
            "lesson.md:9:47: error: 'diverge-above' must be a positive number, the bound on |J| and ‖θ‖"
        ),
        (
            "diverge-above not number",
            "  - name: seed\n    objective: {name: quadratic, condition_number: 4}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 10, diverge-above: big}\n",
            "lesson.md:9:47: error: 'diverge-above' must be a number"
        ),
        (
            "start outside box",
            "  - name: seed\n    objective: {name: quadratic, condition_number: 4}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.1, box: {lower: [0, 0], upper: [1, 1]}}\n    stop: {max-iterations: 10}\n",
            "lesson.md:7:12: error: 'start' must lie inside the box: coordinate 1 is -0.5, outside [0.0, 1.0]"
        ),
    ])
    func eachMistakeIsOneDiagnosticAtItsPlace(name: String, examples: String, expected: String) {
        #expect(diagnostic(LessonText.lesson(examples: examples)) == expected, "\(name)")
    }
}
