import GradusLessons
import GradusRuns
import GradusTestSupport
import Testing

/// Examples whose every number is worked out by hand in the tests that use them.
enum Examples {
    /// f(x) = x² from x₀ = 3 with lr 0.25: each step multiplies x by 1 − 0.25·2 = ½ (3, 1.5, 0.75).
    static let square = """
          - name: sq
            objective: {formula: "x^2"}
            start: [3]
            optimizer: {method: gd, lr: 0.25}
            stop: {max-iterations: 2}

        """

    /// f(x, y) = x² + 3y² from (1, 1) with lr 0.1: ∇f = (2x, 6y), so θ₁ = (1 − 0.2, 1 − 0.6) = (0.8, 0.4).
    static let bowl = """
          - name: bowl
            objective: {formula: "x^2 + 3*y^2", variables: [x, y]}
            start: [1, 1]
            optimizer: {method: gd, lr: 0.1}
            stop: {max-iterations: 1}

        """

    /// ½·x² (A = [[1]]) with Newton: H = 1, so the step −∇J/H = −x lands on 0 at once.
    static let newton = """
          - name: nt
            objective: {name: quadratic, A: [[1]]}
            start: [4]
            optimizer: {method: newton, step: armijo, c1: 0.25, shrink: 0.5, lr: 1}
            stop: {max-iterations: 5, gradient-tolerance: 1e-12}

        """

    /// x² with lr 1.5 multiplies x by 1 − 3 = −2 per step: x = 1, −2, 4, so J = x² = 16 passes 10 at iteration 2.
    static let runaway = """
          - name: wild
            objective: {formula: "x^2"}
            start: [1]
            optimizer: {method: gd, lr: 1.5}
            stop: {max-iterations: 20, diverge-above: 10}

        """
}

/// Parses a lesson with these examples and body, as `l.md`, and runs it.
func lessonRun(_ examples: String..., body: String = "Text.\n") throws -> LessonRun {
    let text = LessonText.lesson(examples: examples.joined(), body: body)
    return Executor.run(try LessonParser.parse(SourceFile(path: "l.md", text: text), slug: "l"))
}

let nowhere = SourceLocation(path: "l.md", line: 1, column: 1)

/// The value a binding path names in `run`.
func value(_ run: LessonRun, _ path: String) throws -> Value {
    let binding = try #require(Binding(path: path, location: nowhere))
    return try run.value(of: binding)
}

/// The number a binding path names in `run` (integers as doubles).
func number(_ run: LessonRun, _ path: String) throws -> Double {
    switch try value(run, path) {
    case .number(let x): return x
    case .integer(let n): return Double(n)
    case let other:
        Issue.record("\(path) is \(other), not a number")
        return .nan
    }
}

/// The message of the diagnostic a binding path gives, or nil when it resolves.
func failure(_ run: LessonRun, _ path: String) throws -> String? {
    let binding = try #require(Binding(path: path, location: nowhere))
    do {
        _ = try run.value(of: binding)
        return nil
    } catch {
        return error.all.first?.message
    }
}
