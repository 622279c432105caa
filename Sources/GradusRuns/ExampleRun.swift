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
    /// Figure values computed from this run, shared by the lessons that show it.
    public let memo = RunMemo()
}

/// A lesson with all its examples run.
public struct LessonRun: Sendable {
    public let lesson: Lesson
    public let runs: [ExampleRun]
    /// The runs of the explore blocks' combinations, by `Explore.key(example:run:)`.
    public var explored: [String: ExampleRun] = [:]

    /// `lesson` with the runs of its examples (those of the lesson it shares them with, when it does).
    public init(lesson: Lesson, runs: [ExampleRun]) {
        self.lesson = lesson
        self.runs = runs
    }

    public func run(named name: String) -> ExampleRun? { runs.first { $0.example.name == name } }
}

/// Executes the examples a lesson declares.
public enum Executor {
    /// Iterations beyond this are sampled rather than all kept.
    static let keepAllLimit = 100_000
    /// The most numbers a trace keeps (about 160 MB): long runs with many parameters or large batches are sampled.
    static let keptValues = 20_000_000

    /// All iterations when the run is short enough, else the first and last thousand and an even sample between,
    /// so that a lesson's trace never outgrows `keptValues`.
    static func recording(for example: Example) -> Recording {
        let d = example.start.count
        var perIteration = 6 * d + 8  // θ, ∇J, update, state (up to three vectors), scalars
        if case .firstOrder(_, let sampling?, _) = example.method {
            perIteration += d + min(sampling.batchSize, MiniBatch.keptRows)
        }
        let n = example.stopping.maxIterations
        if n <= keepAllLimit && n * perIteration <= keptValues { return .all }
        let kept = max(keptValues / perIteration, 3000)
        let spacing = max(1, n / max(kept - 2000, 1))
        // Past `keepAllLimit`, every thousandth at least, as the traces and goldens have always been sampled.
        return .sample(first: 1000, last: 1000, every: n > keepAllLimit ? max(1000, spacing) : spacing)
    }

    public static func run(_ lesson: Lesson) -> LessonRun {
        LessonRun(lesson: lesson, runs: lesson.examples.map(run))
    }

    public static func run(_ example: Example) -> ExampleRun {
        let recording = recording(for: example)
        let trace = self.trace(example, recording: recording)
        var solution: [Double]? = nil
        var eigenvalues: [Double]? = nil
        switch example.objective {
        case .linearRegression(let problem):
            solution = problem.leastSquaresSolution()
            eigenvalues = LinearAlgebra.symmetricEigenvalues(problem.hessian())
        case .quadratic(let bowl):
            solution = bowl.minimizer()
            eigenvalues = LinearAlgebra.symmetricEigenvalues(bowl.matrix)
        case .rosenbrock(let function):
            solution = function.minimizer
        default: break
        }
        return ExampleRun(example: example, trace: trace, solution: solution, hessianEigenvalues: eigenvalues)
    }

    static func trace(_ example: Example, recording: Recording) -> Trace {
        let objective = example.objective.objective
        let failure = { (error: OptimError) in
            Trace.failedAtStart(example.start, objective: objective, reason: .invalidSetup("\(error)"))
        }
        switch example.method {
        case .newton(let settings):
            guard let twice = objective as? any TwiceDifferentiable else {
                return failure(.invalidValue(name: "objective", reason: "has no Hessian"))
            }
            do throws(OptimError) {
                return try Runner.runNewton(
                    twice, start: example.start, settings: settings, stopping: example.stopping, recording: recording)
            } catch {
                return failure(error)
            }
        case .firstOrder(let spec, let sampling, let box):
            var optimizer = spec.makeOptimizer()
            if let box {
                do throws(OptimError) {
                    optimizer = try projected(optimizer, box)
                } catch {
                    return failure(error)
                }
            }
            if let sampling {
                guard let batches = objective as? any BatchObjective else {
                    return failure(.invalidValue(name: "batch_size", reason: "the objective has no samples"))
                }
                do throws(OptimError) {
                    return try Runner.runMiniBatch(
                        batches, optimizer: optimizer, sampling: sampling, start: example.start,
                        stopping: example.stopping, recording: recording)
                } catch {
                    return failure(error)
                }
            }
            return Runner.run(
                objective, optimizer: optimizer, start: example.start, stopping: example.stopping, recording: recording)
        }
    }

    static func projected<O: Optimizer>(_ optimizer: O, _ box: MethodDeclaration.Box) throws(OptimError)
        -> any Optimizer
    {
        try BoxProjection(optimizer, lower: box.lower, upper: box.upper)
    }
}

extension Trace {
    /// A run that could not start: its only iteration is the start point.
    static func failedAtStart(_ start: [Double], objective: any Objective, reason: FailureReason) -> Trace {
        var gradient = Array(repeating: 0.0, count: start.count)
        let loss = objective.valueAndGradient(at: start, gradient: &gradient)
        let record = Iteration(
            k: 0, theta: start, loss: loss, gradient: gradient, gradientNorm: LinearAlgebra.norm(gradient),
            update: nil, learningRate: 0, state: [])
        return Trace(iterations: [record], final: record, outcome: .failed(iteration: 0, reason: reason))
    }
}
