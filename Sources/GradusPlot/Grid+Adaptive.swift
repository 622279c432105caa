extension Grid {
    /// Samples `f` over the region at `coarse` × `coarse` points, or at `fine` × `fine` when the values lie in a
    /// narrow valley (most of the region far above the minimum, like Rosenbrock's): the low contours around such a
    /// valley floor are a few cells wide on a coarse grid and come out as chains of diamonds.
    public static func adaptive(
        x: ClosedRange<Double>, y: ClosedRange<Double>, coarse: Int = 81, fine: Int = 201,
        _ f: (Double, Double) -> Double
    ) -> Grid {
        let grid = sample(x: x, y: y, columns: coarse, rows: coarse, f)
        guard ContourLevels.isSteep(grid.values) else { return grid }
        return sample(x: x, y: y, columns: fine, rows: fine, f)
    }
}

extension ContourLevels {
    /// Whether the values above their minimum span decades: the 10th percentile of f − min lies below 1/100 of
    /// the range (the test that also makes the automatic levels geometric).
    static func isSteep(_ values: [Double]) -> Bool {
        let finite = values.filter(\.isFinite).sorted()
        guard let lo = finite.first, let hi = finite.last, hi > lo else { return false }
        return finite[finite.count / 10] - lo < (hi - lo) / 100
    }
}
