/// SplitMix64 (Steele, Lea & Flood 2014), the generator Gradus uses for every random choice, so the
/// same seed gives the same numbers on every platform:
///
///     state ← state + 0x9E3779B97F4A7C15            (mod 2⁶⁴)
///     z ← state
///     z ← (z ⊕ (z ≫ 30)) · 0xBF58476D1CE4E5B9       (mod 2⁶⁴)
///     z ← (z ⊕ (z ≫ 27)) · 0x94D049BB133111EB       (mod 2⁶⁴)
///     output z ⊕ (z ≫ 31)
public struct SplitMix64: RandomNumberGenerator, Sendable, Equatable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in 0..<bound (bound > 0), unbiased, by Lemire's multiply-and-reject method:
    /// x = next(), (hi, lo) = x·bound as a 128-bit product; if lo < (2⁶⁴ − bound) mod bound, draw again;
    /// return hi.
    public mutating func bounded(_ bound: UInt64) -> UInt64 {
        precondition(bound > 0, "bound must be positive")
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold { product = next().multipliedFullWidth(by: bound) }
        }
        return product.high
    }

    /// Fisher–Yates: for i = n−1 down to 1, swap element i with element `bounded(i + 1)`.
    public mutating func shuffle(_ values: inout [Int]) {
        var i = values.count - 1
        while i >= 1 {
            let j = Int(bounded(UInt64(i + 1)))
            values.swapAt(i, j)
            i -= 1
        }
    }

    /// A shuffled copy of 0..<count.
    public mutating func permutation(_ count: Int) -> [Int] {
        var values = Array(0..<count)
        shuffle(&values)
        return values
    }
}
