/// Data sets generated from a seed, the same on every platform: only SplitMix64 and exact arithmetic
/// (no libm), so no platform's `log` or `cos` can change a bit.
public enum SyntheticData {
    /// A uniform double in [0, 1): the top 53 bits of the next output, times 2⁻⁵³.
    static func unit(_ generator: inout SplitMix64) -> Double {
        Double(generator.next() >> 11) * 0x1p-53
    }

    /// `samples` rows of features uniform in [low, high) (drawn row by row, feature by feature), and
    /// targets x·w + noise·u with u uniform in [−1, 1) drawn after each row's features.
    public static func linear(
        samples: Int, weights: [Double], noise: Double, seed: UInt64, low: Double = -1, high: Double = 1
    ) -> (features: Matrix, targets: [Double]) {
        var generator = SplitMix64(seed: seed)
        let d = weights.count
        var storage: [Double] = []
        storage.reserveCapacity(samples * d)
        var targets: [Double] = []
        targets.reserveCapacity(samples)
        for _ in 0..<samples {
            var y = 0.0
            for j in 0..<d {
                let x = low + (high - low) * unit(&generator)
                storage.append(x)
                y += x * weights[j]
            }
            let u = 2 * unit(&generator) - 1
            targets.append(y + noise * u)
        }
        return (Matrix(rows: samples, columns: d, storage: storage), targets)
    }

    /// As `linear`, with labels 1 where x·w + noise·u > 0 and 0 elsewhere (for logistic regression).
    public static func classes(
        samples: Int, weights: [Double], noise: Double, seed: UInt64, low: Double = -1, high: Double = 1
    ) -> (features: Matrix, labels: [Double]) {
        let (features, scores) = linear(
            samples: samples, weights: weights, noise: noise, seed: seed, low: low, high: high)
        return (features, scores.map { $0 > 0 ? 1 : 0 })
    }
}
