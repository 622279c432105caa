import GradusLessons
import GradusOptim

extension ValuePath {
    /// `objective.formula` (f as TeX), `objective.gradient` (∇f as a TeX tuple; f′ for one variable),
    /// `objective.derivative.NAME` (∂f/∂NAME as TeX), `objective.CONSTANT` (a constant's value).
    func formulaValue(_ formula: Formula, _ setting: String, _ path: ArraySlice<Binding.Component>) throws(Diagnostics)
        -> Value
    {
        var path = path
        let variables = formula.variables
        switch setting {
        case "formula": return try scalar(.tex(formula.expression.tex(variables: variables)), path)
        case "gradient":
            let parts = formula.gradient.map { $0.tex(variables: variables) }
            return try scalar(
                .tex(parts.count == 1 ? parts[0] : "\\left(" + parts.joined(separator: ", ") + "\\right)"), path)
        case "derivative":
            guard case .name(let variable) = path.popFirst(), let index = variables.firstIndex(of: variable) else {
                throw fail(
                    "write 'objective.derivative.NAME' with one of the formula's variables: \(variables.joined(separator: ", "))"
                )
            }
            return try scalar(.tex(formula.derivative(index).tex(variables: variables)), path)
        default:
            if let constant = formula.constants.first(where: { $0.name == setting }) {
                return try scalar(.number(constant.value), path)
            }
            let constants = formula.constants.map(\.name)
            throw fail(
                "\(name)'s formula has no '\(setting)'; write objective.formula, objective.gradient, objective.derivative.NAME"
                    + (constants.isEmpty ? "" : " or a constant: \(constants.joined(separator: ", "))"))
        }
    }
}
