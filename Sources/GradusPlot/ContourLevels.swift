/// Automatic choice of contour levels.
enum ContourLevels {
    /// About 10–15 levels between the grid's minimum and maximum (both excluded).
    ///
    /// When the values above the minimum span decades — the 10th percentile of f − min is below 1/100
    /// of the range, as for Rosenbrock-like valleys — the levels are min + 1, 2, 5 × 10ⁿ (geometric);
    /// otherwise they are evenly spaced at a 1-2-5 step.
    static func automatic(_ values: [Double]) -> [Double] {
        let finite = values.filter(\.isFinite).sorted()
        guard let lo = finite.first, let hi = finite.last, hi > lo else { return [] }
        let span = hi - lo
        let offsets = finite.map { $0 - lo }
        let q10 = offsets[offsets.count / 10]
        if q10 < span / 100 {
            return geometric(offsets: offsets, span: span).map { lo + $0 }
        }
        let ticks = TickGenerator.linear(lower: lo, upper: hi, maxTicks: 17, extend: false)
        return ticks.major.map(\.value).filter { $0 > lo && $0 < hi }
    }

    /// Offsets m·10ⁿ (m from the densest of {1,2,5}, {1,3}, {1}, {1 every other decade} that gives at
    /// most 15 levels) between the 1st percentile of the positive offsets and the span.
    private static func geometric(offsets: [Double], span: Double) -> [Double] {
        let positive = offsets.filter { $0 > 0 }
        let floor = Swift.max(positive.isEmpty ? span * 1e-6 : positive[positive.count / 100], span * 1e-6)
        let e0 = PlotMath.decadeFloor(floor)
        let e1 = PlotMath.decadeFloor(span)
        let patterns: [(mantissas: [Double], every: Int)] = [
            ([1, 2, 5], 1), ([1, 3], 1), ([1], 1), ([1], 2), ([1], 3),
        ]
        var best: [Double] = []
        for pattern in patterns {
            var levels: [Double] = []
            for e in e0...e1 where ((e % pattern.every) + pattern.every) % pattern.every == 0 {
                for m in pattern.mantissas {
                    let v = m * PlotMath.pow10(e)
                    if v >= floor && v < span { levels.append(v) }
                }
            }
            best = levels
            if levels.count <= 15 { break }
        }
        return best
    }
}
