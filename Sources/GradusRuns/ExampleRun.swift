import GradusLessons
import GradusOptim

/// An example of a lesson, executed: its trace and what is known of its objective.
public struct ExampleRun: Sendable {
    public let example: Example
    public let trace: Trace
    /// The exact minimiser, where the objective has a closed form (least squares).
    public let solution: [Double]?
    /// Eigenvalues of the Hessian (ascending), where it is constant.
    public let hessianEigenvalues: [Double]?
}

/// A lesson with all its examples run.
public struct LessonRun: Sendable {
    public let lesson: Lesson
    public let runs: [ExampleRun]

    public func run(named name: String) -> ExampleRun? { runs.first { $0.example.name == name } }
}

/// Executes the examples a lesson declares.
public enum Executor {
    /// Iterations beyond this are sampled rather than all kept.
    static let keepAllLimit = 100_000

    public static func run(_ lesson: Lesson) -> LessonRun {
        LessonRun(lesson: lesson, runs: lesson.examples.map(run))
    }

    public static func run(_ example: Example) -> ExampleRun {
        let recording: Recording =
            example.stopping.maxIterations <= keepAllLimit ? .all : .sample(first: 1000, last: 1000, every: 1000)
        switch example.objective {
        case .linearRegression(let problem):
            let trace: Trace
            switch example.method {
            case .gradientDescent(let rate):
                trace = Runner.run(
                    problem, optimizer: GradientDescent(learningRate: rate), start: example.start,
                    stopping: example.stopping, recording: recording)
            }
            return ExampleRun(
                example: example, trace: trace, solution: problem.leastSquaresSolution(),
                hessianEigenvalues: LinearAlgebra.symmetricEigenvalues(problem.hessian()))
        }
    }
}
