import GradusLessons
import GradusOptim

extension Localization {
    /// Where a formula left its domain, e.g. "log of a negative number (−0.5) at x = 1.2", numbers formatted as on
    /// the rest of the page.
    func domain(_ violation: DomainViolation) -> String {
        let a = number(violation.argument)
        let op = violation.operation
        let at = zip(violation.variables, violation.theta).map { "\($0) = \(number($1))" }.joined(separator: ", ")
        let key: WordKey =
            switch (violation.kind, op) {
            case (.negative, "^"): .domainNegativePower
            case (.negative, _): .domainNegative
            case (.zero, "/"): .domainDivision
            case (.zero, "^"): .domainZeroPower
            case (.zero, "sqrt"): .domainSqrtZero
            case (.zero, _): .domainZero
            case (.outsideUnitInterval, _): .domainOutsideUnit
            case (.unitIntervalEnd, _): .domainUnitEnd
            }
        return self(.domainAt, ["problem": self(key, ["a": a, "op": op]), "at": at])
    }
}
