/// How values along an axis are mapped to positions.
public enum AxisScale: Sendable, Equatable {
    /// Evenly spaced values.
    case linear
    /// Evenly spaced powers of ten; values ≤ 0 cannot be shown and are skipped.
    case log
    /// Logarithmic when all finite values are positive and they span more than two decades
    /// (max / min > 100); linear otherwise.
    case automatic

    /// The concrete scale for `values` (non-finite values are ignored).
    func resolved(for values: [Double]) -> ScaleKind {
        switch self {
        case .linear: return .linear
        case .log: return .log
        case .automatic:
            var lo = Double.infinity
            var hi = -Double.infinity
            for v in values where v.isFinite {
                if v <= 0 { return .linear }
                lo = Swift.min(lo, v)
                hi = Swift.max(hi, v)
            }
            guard lo.isFinite else { return .linear }
            return hi / lo > 100 ? .log : .linear
        }
    }
}

/// A resolved axis scale.
enum ScaleKind: Sendable, Equatable {
    case linear, log

    /// Whether `v` can be placed on this scale.
    func accepts(_ v: Double) -> Bool { v.isFinite && (self == .linear || v > 0) }
}

/// A scale with its domain: maps data values to fractions 0…1 of the axis length.
struct Axis: Sendable, Equatable {
    var kind: ScaleKind
    var lower: Double
    var upper: Double

    /// The position of `v` as a fraction of the axis (0 at `lower`, 1 at `upper`), or nil when
    /// `v` cannot be shown (non-finite, or ≤ 0 on a log axis). Values outside the domain give
    /// fractions outside 0…1; clipping is the caller's job.
    func fraction(_ v: Double) -> Double? {
        guard kind.accepts(v) else { return nil }
        switch kind {
        case .linear:
            let span = upper - lower
            return span > 0 ? (v - lower) / span : 0.5
        case .log:
            let a = PlotMath.log10(lower)
            let span = PlotMath.log10(upper) - a
            return span > 0 ? (PlotMath.log10(v) - a) / span : 0.5
        }
    }
}
