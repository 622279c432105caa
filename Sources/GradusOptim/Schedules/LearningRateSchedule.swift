/// A learning-rate schedule in torch.optim.lr_scheduler's closed forms, as a function of the
/// number of steps already taken t (torch's `last_epoch` when the scheduler steps once per update).
public enum LearningRateSchedule: Sendable, Equatable {
    /// lr = base.
    case constant
    /// `StepLR`: lr = base · γ^⌊t / stepSize⌋.
    case step(stepSize: Int, gamma: Double = 0.1)
    /// `ExponentialLR`: lr = base · γᵗ.
    case exponential(gamma: Double)
    /// `CosineAnnealingLR` closed form: lr = η_min + (base − η_min)·(1 + cos(π·t/T_max))/2.
    /// Not clamped after T_max: the cosine continues (rising again), as the closed form does.
    case cosineAnnealing(tMax: Int, etaMin: Double = 0)
    /// `LinearLR` (linear warm-up): lr = base · (s + (e − s)·min(T, t)/T).
    case linear(startFactor: Double = 1.0 / 3, endFactor: Double = 1, totalIters: Int = 5)

    /// The names a lesson uses for each schedule, and the parameter names each accepts.
    public static let parameterNames: [String: [String]] = [
        "constant": [],
        "step": ["step_size", "gamma"],
        "exponential": ["gamma"],
        "cosine": ["t_max", "eta_min"],
        "linear": ["start_factor", "end_factor", "total_iters"],
    ]

    /// The learning rate in force for the update after `t` steps.
    public func rate(base: Double, afterSteps t: Int) -> Double {
        switch self {
        case .constant:
            return base
        case .step(let stepSize, let gamma):
            return base * Elementary.power(gamma, Double(t / stepSize))
        case .exponential(let gamma):
            return base * Elementary.power(gamma, Double(t))
        case .cosineAnnealing(let tMax, let etaMin):
            return etaMin + (base - etaMin) * (1 + Elementary.cosine(Double.pi * Double(t) / Double(tMax))) / 2
        case .linear(let start, let end, let total):
            return base * (start + (end - start) * Double(Swift.min(total, t)) / Double(total))
        }
    }

    /// Checks the parameters as torch's constructors do.
    public func validate() throws(OptimError) {
        switch self {
        case .constant: break
        case .step(let stepSize, let gamma):
            guard stepSize >= 1 else { throw .invalidValue(name: "step_size", reason: "must be a positive integer") }
            guard gamma.isFinite else { throw .invalidValue(name: "gamma", reason: "must be finite") }
        case .exponential(let gamma):
            guard gamma.isFinite else { throw .invalidValue(name: "gamma", reason: "must be finite") }
        case .cosineAnnealing(let tMax, let etaMin):
            guard tMax >= 1 else { throw .invalidValue(name: "t_max", reason: "must be a positive integer") }
            guard etaMin.isFinite else { throw .invalidValue(name: "eta_min", reason: "must be finite") }
        case .linear(let start, let end, let total):
            guard start > 0 && start <= 1 else {
                throw .invalidValue(name: "start_factor", reason: "must be in (0, 1]")
            }
            guard end >= 0 && end <= 1 else { throw .invalidValue(name: "end_factor", reason: "must be in [0, 1]") }
            guard total >= 1 else { throw .invalidValue(name: "total_iters", reason: "must be a positive integer") }
        }
    }
}
