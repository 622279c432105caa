import GradusTestSupport
import Testing

/// The tests' one tolerance rule, `isApproximatelyEqual`: |a − b| ≤ max(absolute, relative · max(|a|, |b|)).
struct ApproximateEqualityTests {
    @Test func relativeToleranceScalesWithTheLargerMagnitude() {
        // 1e-9 relative of 1000 is 1e-6: 1000.0000009 agrees, 1000.000002 does not.
        #expect(isApproximatelyEqual(1000, 1000.0000009, relative: 1e-9))
        #expect(!isApproximatelyEqual(1000, 1000.000002, relative: 1e-9))
        // The larger magnitude counts, whichever side it is on.
        #expect(
            isApproximatelyEqual(1.0000000009, 1, relative: 1e-9)
                == isApproximatelyEqual(1, 1.0000000009, relative: 1e-9))
    }

    @Test func absoluteToleranceLetsValuesNearZeroAgree() {
        #expect(!isApproximatelyEqual(1e-20, 0, relative: 1e-9))
        #expect(isApproximatelyEqual(1e-20, 0, relative: 1e-9, absolute: 1e-15))
        #expect(isApproximatelyEqual(0.0, -0.0))
    }

    @Test func specialValues() {
        #expect(!isApproximatelyEqual(.nan, .nan, relative: 1, absolute: 1))
        #expect(isApproximatelyEqual(.infinity, .infinity))
        #expect(!isApproximatelyEqual(.infinity, -.infinity, relative: 1, absolute: 1))
        #expect(!isApproximatelyEqual(.greatestFiniteMagnitude, .infinity, relative: 1))
    }

    @Test func vectorsAgreeElementByElementAndOnlyAtTheSameLength() {
        #expect(isApproximatelyEqual([1, 2], [1, 2 + 1e-12], relative: 1e-9))
        #expect(!isApproximatelyEqual([1, 2], [1, 2.1], relative: 1e-9))
        #expect(!isApproximatelyEqual([1, 2], [1], relative: 1))
    }
}
