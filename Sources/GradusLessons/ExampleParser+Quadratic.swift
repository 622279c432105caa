import GradusOptim
import Yams

extension ExampleParser {
    /// `objective: {name: quadratic, A: [[..], ..], b: [..]}`: J(θ) = ½θᵀAθ − bᵀθ with A square and symmetric, b of
    /// the same size (zeros when absent). The settings of a bowl built from a condition number do not go with A.
    func quadratic(
        matrix node: Node, linear: Node?, pairs: [(key: String, keyNode: Node, value: Node)]
    ) throws(Diagnostics) -> QuadraticBowl {
        for pair in pairs where !["name", "A", "b"].contains(pair.key) {
            throw reader.fail(
                pair.keyNode,
                "'\(pair.key)' does not go with 'A': a quadratic given by its matrix is J(θ) = ½θᵀAθ − bᵀθ (only 'b' may be added)"
            )
        }
        // A dense matrix: a lesson's is small, and a typo must not ask for gigabytes (checked before reading it).
        if let count = node.sequence?.count, count > QuadraticBowl.maximumDimension {
            throw reader.fail(node, "'A' may have at most \(QuadraticBowl.maximumDimension) rows, not \(count)")
        }
        let rows = try reader.rows(node, what: "'A'")
        let n = rows.count
        guard rows[0].count == n else {
            throw reader.fail(node, "'A' must be square: it has \(n) rows of \(rows[0].count) values")
        }
        for i in 0..<n {
            for j in 0..<i where rows[i][j] != rows[j][i] {
                throw reader.fail(
                    element(node, i, j),
                    "'A' must be symmetric: A[\(i)][\(j)] = \(rows[i][j]) but A[\(j)][\(i)] = \(rows[j][i])")
            }
        }
        var b: [Double]? = nil
        if let linear {
            let values = try reader.vector(linear, what: "'b'")
            guard values.count == n else {
                throw reader.fail(linear, "'b' has \(values.count) values; 'A' has \(n) rows")
            }
            b = values
        }
        do throws(OptimError) {
            return try QuadraticBowl(matrix: Matrix(rows), linear: b)
        } catch {
            throw reader.fail(node, "\(error)")
        }
    }

    /// The node of entry (i, j) of a matrix written as a list of rows (the whole matrix if it is not there).
    private func element(_ matrix: Node, _ i: Int, _ j: Int) -> Node {
        guard let row = matrix.sequence?[i].sequence, j < row.count else { return matrix }
        return row[j]
    }
}
