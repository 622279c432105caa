extension Runner {
    /// Checks a lesson's start point before `run` (which traps on a wrong dimension): the right number
    /// of coordinates, all finite.
    public static func checkStart<O: Objective>(_ start: [Double], for objective: O) throws(OptimError) {
        guard start.count == objective.dimension else {
            throw .dimensionMismatch("start point has \(start.count) coordinates, the objective \(objective.dimension)")
        }
        guard start.allSatisfy(\.isFinite) else { throw .invalidValue(name: "start", reason: "must be finite") }
    }
}
