/// Small dense linear algebra for the sizes lessons use (d ≲ 100).
public enum LinearAlgebra {
    /// Solves A·x = b by Gaussian elimination with partial pivoting; nil when A is singular.
    public static func solve(_ a: Matrix, _ b: [Double]) -> [Double]? {
        precondition(a.rows == a.columns && a.rows == b.count, "shape mismatch")
        let n = a.rows
        var m = a
        var x = b
        let scale = a.storage.map(abs).max() ?? 0
        for column in 0..<n {
            var pivot = column
            for r in (column + 1)..<max(n, column + 1) where abs(m[r, column]) > abs(m[pivot, column]) {
                pivot = r
            }
            guard abs(m[pivot, column]) > scale * 1e-14, m[pivot, column].isFinite else { return nil }
            if pivot != column {
                for c in 0..<n {
                    let t = m[column, c]
                    m[column, c] = m[pivot, c]
                    m[pivot, c] = t
                }
                x.swapAt(column, pivot)
            }
            for r in (column + 1)..<max(n, column + 1) {
                let factor = m[r, column] / m[column, column]
                if factor == 0 { continue }
                for c in column..<n { m[r, c] -= factor * m[column, c] }
                x[r] -= factor * x[column]
            }
        }
        for r in stride(from: n - 1, through: 0, by: -1) {
            var sum = x[r]
            for c in (r + 1)..<max(n, r + 1) { sum -= m[r, c] * x[c] }
            x[r] = sum / m[r, r]
        }
        return x
    }

    /// Whether every component is finite (a loop the run loop inlines, where `allSatisfy(\.isFinite)` may not be).
    @inlinable public static func isFinite(_ v: [Double]) -> Bool {
        for x in v where !x.isFinite { return false }
        return true
    }

    /// Euclidean norm, accumulated in index order. When the squares overflow although every component
    /// is finite (components near 1e154 and beyond), the norm is computed again on the vector scaled by
    /// its largest component, so a finite vector never has an infinite norm.
    @inlinable public static func norm(_ v: [Double]) -> Double {
        var sum = 0.0
        for x in v { sum += x * x }
        guard sum.isInfinite, v.allSatisfy(\.isFinite) else { return sum.squareRoot() }
        let scale = v.map(abs).max() ?? 1
        var scaled = 0.0
        for x in v {
            let y = x / scale
            scaled += y * y
        }
        return scale * scaled.squareRoot()
    }
}
