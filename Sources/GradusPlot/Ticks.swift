/// A labelled tick mark.
struct Tick: Sendable, Equatable {
    var value: Double
    var label: String
}

/// An axis together with its tick marks.
struct AxisTicks: Sendable, Equatable {
    var axis: Axis
    var major: [Tick]
    /// Unlabelled minor ticks (log axes only: 2…9 × 10ⁿ, or skipped decades).
    var minor: [Double]
}

/// "Nice" tick generation: 1-2-5 steps on linear axes, powers of ten on log axes.
enum TickGenerator {
    /// Ticks for `lower…upper` with at most `maxTicks` labels (at least 2).
    ///
    /// With `extend` the domain grows to the enclosing multiples of the step (so the data end on
    /// ticks); without it the domain stays as given and only ticks inside it are kept.
    static func linear(lower: Double, upper: Double, maxTicks: Int, extend: Bool = true) -> AxisTicks {
        var lo = Swift.min(lower, upper)
        var hi = Swift.max(lower, upper)
        if !lo.isFinite || !hi.isFinite {
            lo = 0
            hi = 1
        }
        if hi - lo <= Swift.max(lo.magnitude, hi.magnitude) * 1e-12 {
            let pad = lo == 0 ? 1 : lo.magnitude * 0.1
            lo -= pad
            hi += pad
        }
        let count = Swift.max(maxTicks, 2)
        let raw = (hi - lo) / Double(count - 1)
        var exponent = PlotMath.decadeFloor(raw)
        var mantissaIndex = 0
        let mantissas: [Double] = [1, 2, 5]
        while true {
            let step = mantissas[mantissaIndex] * PlotMath.pow10(exponent)
            if step >= raw * (1 - 1e-9) {
                let first = (lo / step).rounded(.down)
                let last = (hi / step).rounded(.up)
                let firstIn = (lo / step - 1e-9).rounded(.up)
                let lastIn = (hi / step + 1e-9).rounded(.down)
                let (a, b) = extend ? (first, last) : (firstIn, lastIn)
                if b - a + 1 <= Double(count) || exponent >= PlotMath.largestExponent {
                    let decimals = Swift.max(0, -exponent)
                    let ks = stride(from: a, through: b, by: 1).map { $0 }
                    let values = ks.map { $0 * step }
                    let labels = labelsFor(values, step: step, stepExponent: exponent, decimals: decimals)
                    let axis = Axis(kind: .linear, lower: extend ? a * step : lo, upper: extend ? b * step : hi)
                    return AxisTicks(
                        axis: axis, major: zip(values, labels).map { Tick(value: $0, label: $1) }, minor: [])
                }
            }
            mantissaIndex += 1
            if mantissaIndex == mantissas.count {
                mantissaIndex = 0
                exponent += 1
            }
        }
    }

    /// Labels for linear ticks: plain decimals, or `m×10ⁿ` when the numbers are very large or small.
    private static func labelsFor(_ values: [Double], step: Double, stepExponent: Int, decimals: Int) -> [String] {
        let largest = values.map(\.magnitude).max() ?? 0
        if largest >= 1e6 || (largest > 0 && largest < 1e-3) {
            let e = PlotMath.decadeFloor(largest)
            let scale = PlotMath.pow10(e)
            let mantissaDecimals = Swift.max(0, e - stepExponent)
            return values.map { v in
                let m = NumberFormat.fixed(v / scale, decimals: Swift.min(mantissaDecimals, 6))
                if m == "0" || m.allSatisfy({ $0 == "0" || $0 == "." }) { return "0" }
                return NumberFormat.typographicMinus(m) + "×" + NumberFormat.powerOfTen(e)
            }
        }
        return values.map { NumberFormat.typographicMinus(NumberFormat.fixed($0, decimals: decimals)) }
    }

    /// Ticks for a log axis covering `lower…upper` (both > 0): the domain is widened to whole decades
    /// and every k-th power of ten is labelled so that at most `maxTicks` labels appear.
    static func log(lower: Double, upper: Double, maxTicks: Int) -> AxisTicks {
        var lo = Swift.min(lower, upper)
        var hi = Swift.max(lower, upper)
        if !(lo > 0) || !lo.isFinite { lo = 1 }
        if !(hi > 0) || !hi.isFinite { hi = lo * 10 }
        var eLo = PlotMath.decadeFloor(lo)
        var eHi = PlotMath.decadeCeil(hi)
        if eHi <= eLo { eHi = eLo + 1 }
        eLo = Swift.max(eLo, PlotMath.smallestExponent)
        eHi = Swift.min(eHi, PlotMath.largestExponent)
        let count = Swift.max(maxTicks, 2)
        let decades = eHi - eLo
        // Label every k-th decade, k from a "nice" sequence.
        var k = 1
        var candidates = [2, 3, 4, 5, 6, 10, 15, 20, 25, 30, 50, 100, 150, 200, 300, 600][...]
        while labelledCount(eLo, eHi, every: k) > count, let next = candidates.popFirst() { k = next }
        // Keep at least two labels: if only one multiple of k fits, label the two ends instead.
        var labelled = (eLo...eHi).filter { floorMod($0, k) == 0 }
        if labelled.count < 2 { labelled = [eLo, eHi] }
        let major = labelled.map { Tick(value: PlotMath.pow10($0), label: NumberFormat.powerOfTen($0)) }
        var minor: [Double] = []
        if k == 1 && decades <= 6 {
            for e in eLo..<eHi {
                for m in 2...9 { minor.append(Double(m) * PlotMath.pow10(e)) }
            }
        } else {
            minor = (eLo...eHi).filter { !labelled.contains($0) }.map { PlotMath.pow10($0) }
        }
        return AxisTicks(
            axis: Axis(kind: .log, lower: PlotMath.pow10(eLo), upper: PlotMath.pow10(eHi)),
            major: major, minor: minor)
    }

    private static func labelledCount(_ lo: Int, _ hi: Int, every k: Int) -> Int {
        (lo...hi).reduce(0) { $0 + (floorMod($1, k) == 0 ? 1 : 0) }
    }

    private static func floorMod(_ a: Int, _ b: Int) -> Int { ((a % b) + b) % b }

    /// Ticks for either kind of scale.
    static func ticks(kind: ScaleKind, lower: Double, upper: Double, maxTicks: Int, extend: Bool = true) -> AxisTicks {
        switch kind {
        case .linear: return linear(lower: lower, upper: upper, maxTicks: maxTicks, extend: extend)
        case .log: return log(lower: lower, upper: upper, maxTicks: maxTicks)
        }
    }
}
