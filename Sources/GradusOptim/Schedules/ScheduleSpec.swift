extension LearningRateSchedule {
    /// The schedule names a lesson may use.
    public static var names: [String] { ["constant", "step", "exponential", "cosine", "linear"] }

    /// Builds a schedule from its lesson name ("step", "exponential", "cosine", "linear", "constant")
    /// and named parameters, with torch's defaults where torch has them.
    public init(name: String, parameters: [String: HyperparameterValue] = [:]) throws(OptimError) {
        guard let known = Self.parameterNames[name] else { throw .unknownMethod(name, known: Self.names) }
        let p = try ParameterReader(method: "schedule \(name)", known: known, values: parameters)
        switch name {
        case "constant":
            self = .constant
        case "step":
            guard parameters["step_size"] != nil else {
                throw .invalidValue(name: "step_size", reason: "required by the step schedule")
            }
            self = .step(stepSize: try p.integer("step_size", default: 1), gamma: try p.number("gamma", default: 0.1))
        case "exponential":
            guard parameters["gamma"] != nil else {
                throw .invalidValue(name: "gamma", reason: "required by the exponential schedule")
            }
            self = .exponential(gamma: try p.number("gamma", default: 1))
        case "cosine":
            guard parameters["t_max"] != nil else {
                throw .invalidValue(name: "t_max", reason: "required by the cosine schedule")
            }
            self = .cosineAnnealing(
                tMax: try p.integer("t_max", default: 1), etaMin: try p.number("eta_min", default: 0))
        default:
            self = .linear(
                startFactor: try p.number("start_factor", default: 1.0 / 3),
                endFactor: try p.number("end_factor", default: 1),
                totalIters: try p.integer("total_iters", default: 5))
        }
        try validate()
    }
}
