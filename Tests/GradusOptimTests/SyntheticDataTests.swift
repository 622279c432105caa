import GradusOptim
import Testing

struct SyntheticDataTests {
    @Test func theSameSeedGivesTheSameData() {
        let a = SyntheticData.linear(samples: 50, weights: [2, -1], noise: 0.1, seed: 7)
        let b = SyntheticData.linear(samples: 50, weights: [2, -1], noise: 0.1, seed: 7)
        let c = SyntheticData.linear(samples: 50, weights: [2, -1], noise: 0.1, seed: 8)
        #expect(a.features == b.features && a.targets == b.targets)
        #expect(a.features != c.features)
    }

    @Test func valuesFollowTheDocumentedRecipe() {
        // First draws of SplitMix64(seed 0), as in the reference implementation's published test vector.
        var generator = SplitMix64(seed: 0)
        let first = generator.next()
        #expect(first == 0xE220_A839_7B1D_CDAF)
        let data = SyntheticData.linear(samples: 1, weights: [1], noise: 0, seed: 0, low: 0, high: 1)
        #expect(data.features[0, 0] == Double(first >> 11) * 0x1p-53)
        #expect(data.targets == [data.features[0, 0]])
    }

    @Test func noiseStaysWithinItsBoundAndFeaturesInTheirRange() {
        let (x, y) = SyntheticData.linear(samples: 1000, weights: [3], noise: 0.25, seed: 1, low: -2, high: 2)
        for i in 0..<1000 {
            #expect(x[i, 0] >= -2 && x[i, 0] < 2)
            #expect(abs(y[i] - 3 * x[i, 0]) <= 0.25)
        }
    }

    @Test func classesAreZeroOrOne() {
        let (_, labels) = SyntheticData.classes(samples: 200, weights: [1, 1], noise: 0.2, seed: 3)
        #expect(Set(labels).isSubset(of: [0, 1]))
        #expect(labels.contains(0) && labels.contains(1))
    }
}
