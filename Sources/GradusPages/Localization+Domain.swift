import GradusLessons
import GradusOptim

extension Localization {
    /// Where a formula left its domain, e.g. "log of a negative number (−0.5) at x = 1.2", numbers formatted as on
    /// the rest of the page.
    func domain(_ violation: DomainViolation) -> String {
        func number(_ x: Double) -> String { NumberFormat.default.format(x).prose }
        let a = number(violation.argument)
        let op = violation.operation
        let at = zip(violation.variables, violation.theta).map { "\($0) = \(number($1))" }.joined(separator: ", ")
        if zh {
            let problem =
                switch (violation.kind, op) {
                case (.negative, "^"): "负数（\(a)）的非整数次幂"
                case (.negative, _): "\(op) 的参数为负数（\(a)）"
                case (.zero, "/"): "除以零"
                case (.zero, "^"): "零的小于 1 的次幂，其值或斜率为无穷大"
                case (.zero, "sqrt"): "sqrt 在零处的斜率为无穷大"
                case (.zero, _): "\(op) 的参数为零"
                case (.outsideUnitInterval, _): "\(op) 的参数 \(a) 超出 [−1, 1]"
                case (.unitIntervalEnd, _): "\(op) 在 \(a) 处的斜率为无穷大"
                }
            return "在 \(at) 处，\(problem)"
        }
        let problem =
            switch (violation.kind, op) {
            case (.negative, "^"): "a negative number (\(a)) to a non-whole power"
            case (.negative, _): "\(op) of a negative number (\(a))"
            case (.zero, "/"): "division by zero"
            case (.zero, "^"): "zero to a power below 1, where the power or its slope is infinite"
            case (.zero, "sqrt"): "sqrt at zero, where its slope is infinite"
            case (.zero, _): "\(op) of zero"
            case (.outsideUnitInterval, _): "\(op) of \(a), outside [−1, 1]"
            case (.unitIntervalEnd, _): "\(op) at \(a), where its slope is infinite"
            }
        return "\(problem) at \(at)"
    }
}
