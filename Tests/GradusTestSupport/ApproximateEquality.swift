/// Whether `a` and `b` agree within a stated tolerance: |a − b| ≤ max(`absolute`, `relative` · max(|a|, |b|)).
///
/// The one rule the tests compare numbers with (as swift-numerics' `isApproximatelyEqual`): `relative` bounds the
/// error in proportion to the larger magnitude, `absolute` is the floor that lets values near zero agree. NaN
/// agrees with nothing, an infinity only with itself.
public func isApproximatelyEqual(_ a: Double, _ b: Double, relative: Double = 0, absolute: Double = 0) -> Bool {
    precondition(relative >= 0 && absolute >= 0, "tolerances are not negative")
    if a == b { return true }
    guard a.isFinite && b.isFinite else { return false }
    return abs(a - b) <= Swift.max(absolute, relative * Swift.max(abs(a), abs(b)))
}

/// Element by element, and only for vectors of the same length.
public func isApproximatelyEqual(_ a: [Double], _ b: [Double], relative: Double = 0, absolute: Double = 0) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { isApproximatelyEqual($0, $1, relative: relative, absolute: absolute) }
}
