/// How much computing one example, and one build, may ask for. A typo (`max-iterations: 10000000` on a million
/// samples) must be a diagnostic, not an hour of work or gigabytes of memory. The course's largest example is about
/// 4·10⁶ units; a release build does some 3·10⁹ units a second, so one example stays under half a minute.
public enum WorkLimits {
    /// Values of generated data (samples × features).
    public static let generatedValues = 20_000_000
    /// Units of work of one example: values touched per iteration (samples × features for the regressions, d² for a
    /// quadratic, d for the other objectives; × d² for Newton's method, which solves a d × d system) × iterations.
    public static let perExample = 50_000_000_000.0
    /// Units of work of all the examples of one build.
    public static let perBuild = 200_000_000_000.0
    /// Bytes of one lesson file (the course's largest is about 30 KB).
    public static let lessonBytes = 16 << 20
}

extension Example {
    /// The units of work the example may take at most (see `WorkLimits.perExample`).
    public var work: Double {
        let dimension = Double(max(1, objective.dimension))
        var perIteration: Double
        if let data = objective.data {
            perIteration = Double(data.features.rows) * Double(max(1, data.features.columns))
        } else if case .quadratic = objective {
            perIteration = dimension * dimension
        } else {
            perIteration = dimension
        }
        if case .newton = method { perIteration *= dimension * dimension }
        return perIteration * Double(max(1, stopping.maxIterations))
    }

    /// The work as a diagnostic shows it: `3.2e9`.
    static func shown(_ work: Double) -> String {
        let exponent = Int(work.log10Floor)
        let mantissa = work / pow10(exponent)
        return "\((mantissa * 10).rounded() / 10)e\(exponent)"
    }

    private static func pow10(_ n: Int) -> Double {
        var value = 1.0
        for _ in 0..<max(0, n) { value *= 10 }
        return value
    }
}

extension Double {
    fileprivate var log10Floor: Double {
        var n = 0.0
        var value = self
        while value >= 10 {
            value /= 10
            n += 1
        }
        return n
    }
}
