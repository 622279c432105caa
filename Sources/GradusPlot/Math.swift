// Elementary functions come from the platform C library, not Foundation.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#elseif canImport(ucrt)
    import ucrt
#endif

/// The C library's base-10 logarithm (file-level so it is not shadowed by `PlotMath.log10`).
private func cLog10(_ x: Double) -> Double { log10(x) }

/// Small numeric helpers shared by scales, ticks and contour levels.
enum PlotMath {
    /// Exponents are clamped to `smallestExponent...largestExponent` so that powers of ten stay finite, normal
    /// doubles (10³⁰⁸ is the largest; a loss of 5×10³⁰⁵ before an overflow still fits under an axis).
    static let largestExponent = 308
    static let smallestExponent = -300

    /// Base-10 logarithm.
    static func log10(_ x: Double) -> Double { cLog10(x) }

    /// 10ᵉ by repeated squaring (exact for |e| ≤ 22), with e clamped to the exponent range.
    static func pow10(_ exponent: Int) -> Double {
        let e = Swift.min(Swift.max(exponent, smallestExponent), largestExponent)
        var result = 1.0
        var base = 10.0
        var n = e < 0 ? -e : e
        while n > 0 {
            if n & 1 == 1 { result *= base }
            base *= base
            n >>= 1
        }
        return e < 0 ? 1 / result : result
    }

    /// The largest e with 10ᵉ ≤ x, for finite x > 0 (corrected so it never depends on log10 rounding).
    static func decadeFloor(_ x: Double) -> Int {
        guard x.isFinite, x > 0 else { return 0 }
        var e = Int(log10(x).rounded(.down))
        e = Swift.min(Swift.max(e, smallestExponent), largestExponent)
        while e > smallestExponent, pow10(e) > x { e -= 1 }
        while e < largestExponent, pow10(e + 1) <= x { e += 1 }
        return e
    }

    /// The smallest e with 10ᵉ ≥ x, for finite x > 0.
    static func decadeCeil(_ x: Double) -> Int {
        let e = decadeFloor(x)
        return pow10(e) >= x ? e : e + 1
    }
}
