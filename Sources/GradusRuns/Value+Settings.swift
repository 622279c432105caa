import GradusLessons
import GradusOptim

extension ValuePath {
    /// `newton.lr`, `newton.indefinite`, and with `step: armijo` `newton.c1`, `newton.shrink`, `newton.max_trials`.
    func newtonSetting(_ settings: NewtonSettings, _ path: ArraySlice<Binding.Component>) throws(Diagnostics) -> Value {
        var path = path
        let names = ["lr", "indefinite", "c1", "shrink", "max_trials"]
        guard case .name(let setting) = path.popFirst(), names.contains(setting) else {
            throw fail("write 'newton.NAME' with NAME one of: \(names.joined(separator: ", "))")
        }
        switch setting {
        case "lr": return try scalar(.number(settings.learningRate), path)
        case "indefinite": return try scalar(.text(settings.indefinite.rawValue), path)
        default: break
        }
        guard case .armijo(let c1, let shrink, let maxTrials) = settings.step else {
            throw fail("\(name) takes pure Newton steps (no c1, shrink or max_trials)")
        }
        switch setting {
        case "c1": return try scalar(.number(c1), path)
        case "shrink": return try scalar(.number(shrink), path)
        default: return try scalar(.integer(maxTrials), path)
        }
    }

    /// The settings of a quadratic given by its matrix: `objective.A[i][j]`, `objective.b[i]`, `objective.dimension`.
    func matrixSetting(
        _ bowl: QuadraticBowl, _ setting: String, _ path: ArraySlice<Binding.Component>
    ) throws(Diagnostics) -> Value {
        var path = path
        switch setting {
        case "dimension": return try scalar(.integer(bowl.dimension), path)
        case "b": return try element(of: bowl.linear ?? [], "objective.b", path)
        case "A":
            guard case .index(let i) = path.popFirst(), i < bowl.dimension else {
                throw fail(
                    "'objective.A' is a matrix: pick a row and a column, e.g. objective.A[0][1] (\(bowl.dimension) rows)"
                )
            }
            return try element(of: Array(bowl.matrix.row(i)), "objective.A[\(i)]", path)
        default:
            throw fail(
                "\(name)'s quadratic is given by its matrix: its settings are A, b and dimension "
                    + "(the Hessian's condition_number, lambda_min and lambda_max are values of the example)")
        }
    }
}
