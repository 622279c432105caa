extension LinearAlgebra {
    /// The eigenvalues of a symmetric matrix in ascending order, by cyclic Jacobi rotations.
    public static func symmetricEigenvalues(_ matrix: Matrix) -> [Double] {
        precondition(matrix.rows == matrix.columns, "square matrix expected")
        let n = matrix.rows
        var a = matrix
        for _ in 0..<100 {
            var offDiagonal = 0.0
            for p in 0..<n { for q in (p + 1)..<max(n, p + 1) { offDiagonal += a[p, q] * a[p, q] } }
            if offDiagonal < 1e-30 { break }
            for p in 0..<n {
                for q in (p + 1)..<max(n, p + 1) where a[p, q] != 0 {
                    let theta = (a[q, q] - a[p, p]) / (2 * a[p, q])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot()
                    let s = t * c
                    for k in 0..<n {
                        let akp = a[k, p]
                        let akq = a[k, q]
                        a[k, p] = c * akp - s * akq
                        a[k, q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let apk = a[p, k]
                        let aqk = a[q, k]
                        a[p, k] = c * apk - s * aqk
                        a[q, k] = s * apk + c * aqk
                    }
                }
            }
        }
        return (0..<n).map { a[$0, $0] }.sorted()
    }
}
