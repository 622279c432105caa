import GradusOptim

/// A numeric example declared by a lesson: an objective, a start point, a method and a stopping rule.
public struct Example: Sendable {
    public let name: String
    /// Where the example is declared.
    public let location: SourceLocation
    public let objective: ObjectiveDeclaration
    public let start: [Double]
    public let method: MethodDeclaration
    public let stopping: StoppingRule
    /// How far `gradus check` lets a value move from its golden value.
    public let tolerance: Tolerance
}

/// |new − golden| ≤ absolute + relative·|golden| passes.
public struct Tolerance: Sendable, Equatable {
    public var relative: Double
    public var absolute: Double
    public init(relative: Double = 1e-9, absolute: Double = 1e-12) {
        self.relative = relative
        self.absolute = absolute
    }

    public func accepts(_ new: Double, golden: Double) -> Bool {
        if new.isNaN || golden.isNaN { return new.isNaN && golden.isNaN }
        if new.isInfinite || golden.isInfinite { return new == golden }
        return abs(new - golden) <= absolute + relative * abs(golden)
    }
}

/// The function an example minimises.
public enum ObjectiveDeclaration: Sendable {
    /// Least squares on the rows of `features` (an m×d matrix) and `targets` (m values).
    case linearRegression(LinearRegression)

    public static let names = ["linear-regression"]

    public var dimension: Int {
        switch self {
        case .linearRegression(let problem): problem.dimension
        }
    }
}

/// The optimizer an example runs, with its hyperparameters.
public enum MethodDeclaration: Sendable, Equatable {
    /// Plain (batch) gradient descent: θ ← θ − lr·∇J(θ).
    case gradientDescent(learningRate: Double)

    public static let names = ["gd"]

    public var learningRate: Double {
        switch self {
        case .gradientDescent(let rate): rate
        }
    }
}
