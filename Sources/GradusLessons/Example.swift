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
    /// The data file the example reads, relative to the content folder.
    public var dataFile: String? = nil
    /// What pages call the example; see `ExampleLabel`.
    public var label = ExampleLabel()
    /// The example's own names of θ's components (`notation: {parameters: [θ₀, θ₁]}`), which its tables, axes and
    /// steps use instead of the lesson's; nil: the lesson's.
    public var parameterNames: [String]? = nil
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
    /// Least squares on rows of features and targets.
    case linearRegression(LinearRegression)
    /// Binary cross-entropy of a logistic model.
    case logisticRegression(LogisticRegression)
    /// ½(θ − c)ᵀA(θ − c) with a chosen condition number, or ½θᵀAθ − bᵀθ with A and b given.
    case quadratic(QuadraticBowl)
    case rosenbrock(Rosenbrock)
    case himmelblau(Himmelblau)
    case beale(Beale)
    case booth(Booth)
    /// A 1-D function with several local minima: x²/8 + sin 3x.
    case wavy(WavyParabola)
    /// A formula the lesson typed, with its named variables and constants.
    case formula(FormulaObjective)

    public static let names = [
        "linear-regression", "logistic-regression", "quadratic", "rosenbrock", "himmelblau", "beale", "booth", "wavy",
    ]

    /// The objective as a value of the optimizer library.
    public var objective: any Objective {
        switch self {
        case .linearRegression(let o): o
        case .logisticRegression(let o): o
        case .quadratic(let o): o
        case .rosenbrock(let o): o
        case .himmelblau(let o): o
        case .beale(let o): o
        case .booth(let o): o
        case .wavy(let o): o
        case .formula(let o): o
        }
    }

    /// The names of θ's components where the objective names them (a formula's variables); nil for θ[0], θ[1], ….
    public var parameterNames: [String]? {
        if case .formula(let objective) = self { objective.formula.variables } else { nil }
    }

    public var dimension: Int { objective.dimension }

    /// The samples of the regression objectives (features and targets); nil for a formula.
    public var data: (features: Matrix, targets: [Double])? {
        switch self {
        case .linearRegression(let problem): (problem.features, problem.targets)
        case .logisticRegression(let problem): (problem.features, problem.targets)
        default: nil
        }
    }

    /// Whether the objective sums over samples (so mini-batches make sense).
    public var hasSamples: Bool { data != nil }

    /// Whether the objective has a Hessian (all but plain linear regression, whose Hessian is constant).
    public var hasHessian: Bool { objective is any TwiceDifferentiable }
}

/// The optimizer an example runs, with its hyperparameters.
public enum MethodDeclaration: Sendable, Equatable {
    /// A first-order method (`gd`, `sgd`, `adam`, …) with an optional schedule and clipping; on
    /// mini-batches when `sampling` is set; projected onto a box when `box` is set.
    case firstOrder(OptimizerSpec, sampling: BatchSampling?, box: Box?)
    /// Newton's method, pure or damped, with its step factor and what it does at an indefinite Hessian.
    case newton(NewtonSettings)

    /// Bounds for projected gradient descent.
    public struct Box: Sendable, Equatable {
        public let lower: [Double]
        public let upper: [Double]
    }

    public static let names = OptimizerSpec.methodNames + ["newton"]

    /// The base learning rate (Newton's step factor `lr`, 1 for the full step).
    public var learningRate: Double {
        switch self {
        case .firstOrder(let spec, _, _): spec.learningRate
        case .newton(let settings): settings.learningRate
        }
    }
}
