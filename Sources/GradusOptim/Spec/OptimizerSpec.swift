/// A value naming an update rule and its hyperparameters (torch's defaults), plus an optional
/// learning-rate schedule and gradient clipping; `makeOptimizer()` builds the optimizer.
///
/// Lessons write methods and hyperparameters with stable lowercase names: see `methodNames` and
/// `parameterNames(for:)`.
public struct OptimizerSpec: Sendable, Equatable {
    /// The update rule with its hyperparameters.
    public enum Method: Sendable, Equatable {
        /// Plain gradient descent θ ← θ − lr·g (`GradientDescent`).
        case gd(learningRate: Double)
        case sgd(SGD.Configuration)
        /// Adam, or AdamW when `decoupledWeightDecay` is set.
        case adam(Adam.Configuration)
        case adagrad(Adagrad.Configuration)
        case rmsprop(RMSprop.Configuration)
    }

    public var method: Method
    public var schedule: LearningRateSchedule
    /// Clip the gradient to this global Euclidean norm before each step (nil: no clipping).
    public var clipNorm: Double?

    public init(_ method: Method, schedule: LearningRateSchedule = .constant, clipNorm: Double? = nil) {
        self.method = method
        self.schedule = schedule
        self.clipNorm = clipNorm
    }

    /// The method names a lesson may use.
    public static let methodNames = ["gd", "sgd", "adam", "adamw", "adagrad", "rmsprop"]

    /// The hyperparameter names a method accepts, or nil for an unknown method.
    public static func parameterNames(for method: String) -> [String]? {
        switch method {
        case "gd": ["lr"]
        case "sgd": ["lr", "momentum", "dampening", "weight_decay", "nesterov", "maximize"]
        case "adam", "adamw": ["lr", "betas", "eps", "weight_decay", "amsgrad", "maximize"]
        case "adagrad": ["lr", "lr_decay", "weight_decay", "initial_accumulator_value", "eps", "maximize"]
        case "rmsprop": ["lr", "alpha", "eps", "weight_decay", "momentum", "centered", "maximize"]
        default: nil
        }
    }

    /// Builds a spec from a method name and named hyperparameters; missing ones take torch's defaults.
    /// Throws for an unknown method or parameter, a value of the wrong kind, or one torch would reject.
    public init(
        method name: String, parameters: [String: HyperparameterValue] = [:],
        schedule: LearningRateSchedule = .constant, clipNorm: Double? = nil
    ) throws(OptimError) {
        guard let known = Self.parameterNames(for: name) else {
            throw .unknownMethod(name, known: Self.methodNames)
        }
        let p = try ParameterReader(method: name, known: known, values: parameters)
        switch name {
        case "gd":
            method = .gd(learningRate: try p.number("lr", default: 1e-3))
        case "sgd":
            method = .sgd(
                SGD.Configuration(
                    learningRate: try p.number("lr", default: 1e-3), momentum: try p.number("momentum", default: 0),
                    dampening: try p.number("dampening", default: 0),
                    weightDecay: try p.number("weight_decay", default: 0),
                    nesterov: try p.flag("nesterov", default: false), maximize: try p.flag("maximize", default: false)))
        case "adam", "adamw":
            let betas = try p.pair("betas", default: (0.9, 0.999))
            method = .adam(
                Adam.Configuration(
                    learningRate: try p.number("lr", default: 1e-3), beta1: betas.0, beta2: betas.1,
                    eps: try p.number("eps", default: 1e-8),
                    weightDecay: try p.number("weight_decay", default: name == "adamw" ? 1e-2 : 0),
                    amsgrad: try p.flag("amsgrad", default: false), maximize: try p.flag("maximize", default: false),
                    decoupledWeightDecay: name == "adamw"))
        case "adagrad":
            method = .adagrad(
                Adagrad.Configuration(
                    learningRate: try p.number("lr", default: 1e-2),
                    learningRateDecay: try p.number("lr_decay", default: 0),
                    weightDecay: try p.number("weight_decay", default: 0),
                    initialAccumulatorValue: try p.number("initial_accumulator_value", default: 0),
                    eps: try p.number("eps", default: 1e-10), maximize: try p.flag("maximize", default: false)))
        default:
            method = .rmsprop(
                RMSprop.Configuration(
                    learningRate: try p.number("lr", default: 1e-2), alpha: try p.number("alpha", default: 0.99),
                    eps: try p.number("eps", default: 1e-8), weightDecay: try p.number("weight_decay", default: 0),
                    momentum: try p.number("momentum", default: 0), centered: try p.flag("centered", default: false),
                    maximize: try p.flag("maximize", default: false)))
        }
        self.schedule = schedule
        self.clipNorm = clipNorm
        try validate()
    }

    /// The method's lesson name ("adamw" for Adam with decoupled weight decay).
    public var methodName: String {
        switch method {
        case .gd: "gd"
        case .sgd: "sgd"
        case .adam(let c): c.decoupledWeightDecay ? "adamw" : "adam"
        case .adagrad: "adagrad"
        case .rmsprop: "rmsprop"
        }
    }

    /// Every hyperparameter of the method by its lesson name, defaults included.
    public var parameters: [String: HyperparameterValue] {
        switch method {
        case .gd(let lr): ["lr": .number(lr)]
        case .sgd(let c):
            [
                "lr": .number(c.learningRate), "momentum": .number(c.momentum), "dampening": .number(c.dampening),
                "weight_decay": .number(c.weightDecay), "nesterov": .flag(c.nesterov), "maximize": .flag(c.maximize),
            ]
        case .adam(let c):
            [
                "lr": .number(c.learningRate), "betas": .pair(c.beta1, c.beta2), "eps": .number(c.eps),
                "weight_decay": .number(c.weightDecay), "amsgrad": .flag(c.amsgrad), "maximize": .flag(c.maximize),
            ]
        case .adagrad(let c):
            [
                "lr": .number(c.learningRate), "lr_decay": .number(c.learningRateDecay),
                "weight_decay": .number(c.weightDecay),
                "initial_accumulator_value": .number(c.initialAccumulatorValue), "eps": .number(c.eps),
                "maximize": .flag(c.maximize),
            ]
        case .rmsprop(let c):
            [
                "lr": .number(c.learningRate), "alpha": .number(c.alpha), "eps": .number(c.eps),
                "weight_decay": .number(c.weightDecay), "momentum": .number(c.momentum),
                "centered": .flag(c.centered), "maximize": .flag(c.maximize),
            ]
        }
    }

    /// The base learning rate.
    public var learningRate: Double {
        switch method {
        case .gd(let lr): lr
        case .sgd(let c): c.learningRate
        case .adam(let c): c.learningRate
        case .adagrad(let c): c.learningRate
        case .rmsprop(let c): c.learningRate
        }
    }

    /// Rejects what torch's constructors reject (and non-finite values).
    public func validate() throws(OptimError) {
        func nonNegative(_ x: Double, _ name: String) throws(OptimError) {
            guard x.isFinite else { throw .invalidValue(name: name, reason: "must be finite") }
            guard x >= 0 else { throw .invalidValue(name: name, reason: "must be ≥ 0, got \(x)") }
        }
        try nonNegative(learningRate, "lr")
        switch method {
        case .gd: break
        case .sgd(let c):
            try nonNegative(c.momentum, "momentum")
            try nonNegative(c.weightDecay, "weight_decay")
            guard c.dampening.isFinite else { throw .invalidValue(name: "dampening", reason: "must be finite") }
            if c.nesterov && (c.momentum <= 0 || c.dampening != 0) {
                throw .invalidValue(name: "nesterov", reason: "requires a momentum > 0 and zero dampening")
            }
        case .adam(let c):
            try nonNegative(c.eps, "eps")
            try nonNegative(c.weightDecay, "weight_decay")
            guard c.beta1 >= 0 && c.beta1 < 1 else {
                throw .invalidValue(name: "betas", reason: "β₁ must be in [0, 1)")
            }
            guard c.beta2 >= 0 && c.beta2 < 1 else {
                throw .invalidValue(name: "betas", reason: "β₂ must be in [0, 1)")
            }
        case .adagrad(let c):
            try nonNegative(c.learningRateDecay, "lr_decay")
            try nonNegative(c.weightDecay, "weight_decay")
            try nonNegative(c.initialAccumulatorValue, "initial_accumulator_value")
            try nonNegative(c.eps, "eps")
        case .rmsprop(let c):
            try nonNegative(c.alpha, "alpha")
            try nonNegative(c.eps, "eps")
            try nonNegative(c.momentum, "momentum")
            try nonNegative(c.weightDecay, "weight_decay")
        }
        try schedule.validate()
        if let clipNorm {
            guard clipNorm.isFinite && clipNorm > 0 else {
                throw .invalidValue(name: "clip_norm", reason: "must be > 0")
            }
        }
    }

    /// The optimizer this spec describes, wrapped in clipping and a schedule when asked for.
    public func makeOptimizer() -> any Optimizer {
        switch method {
        case .gd(let lr): wrap(GradientDescent(learningRate: lr))
        case .sgd(let c): wrap(SGD(c))
        case .adam(let c): wrap(Adam(c))
        case .adagrad(let c): wrap(Adagrad(c))
        case .rmsprop(let c): wrap(RMSprop(c))
        }
    }

    private func wrap<Base: AdjustableOptimizer>(_ base: Base) -> any Optimizer {
        if let clipNorm {
            let clipped = GradientClipping(base, maxNorm: clipNorm)
            return schedule == .constant ? clipped : Scheduled(clipped, schedule: schedule)
        }
        return schedule == .constant ? base : Scheduled(base, schedule: schedule)
    }
}
