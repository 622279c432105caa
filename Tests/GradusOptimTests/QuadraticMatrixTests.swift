import GradusOptim
import GradusTestSupport
import Testing

/// J(θ) = ½θᵀAθ − bᵀθ with A and b given.
struct QuadraticMatrixTests {
    let a = Matrix([[3, 1], [1, 2]])
    let b = [1.0, -1.0]

    @Test func valueAndGradientFollowTheDefinition() throws {
        let q = try QuadraticBowl(matrix: a, linear: b)
        let theta = [0.5, -2.0]
        var gradient = [0.0, 0.0]
        let value = q.valueAndGradient(at: theta, gradient: &gradient)
        // Aθ = (−0.5, −3.5); ½θ·Aθ = ½(−0.25 + 7) = 3.375; b·θ = 2.5.
        #expect(value == 3.375 - 2.5)
        #expect(gradient == [-0.5 - 1, -3.5 + 1])
        #expect(q.value(at: theta) == value)
        #expect(isApproximatelyEqual(gradient, numericalGradient(q.value, at: theta), relative: 1e-8, absolute: 1e-8))
        #expect(q.hessian(at: theta) == a)
    }

    @Test func theMinimiserSolvesTheNormalEquations() throws {
        let q = try QuadraticBowl(matrix: a, linear: b)
        let star = try #require(q.minimizer())
        // A·θ* = b: det A = 5, θ* = (2·1 − 1·(−1), −1·1 + 3·(−1)) / 5 = (0.6, −0.8).
        #expect(isApproximatelyEqual(star, [0.6, -0.8], relative: 1e-15, absolute: 1e-15))
        var gradient = [0.0, 0.0]
        _ = q.valueAndGradient(at: star, gradient: &gradient)
        #expect(LinearAlgebra.norm(gradient) < 1e-15)
        // J* = −½bᵀA⁻¹b = −½(0.6 + 0.8).
        #expect(isApproximatelyEqual(q.value(at: star), -0.7, absolute: 1e-15))
    }

    @Test func anIndefiniteMatrixHasNoMinimiser() throws {
        let saddle = try QuadraticBowl(matrix: Matrix([[1, 0], [0, -1]]), linear: nil)
        #expect(saddle.minimizer() == nil)
        #expect(saddle.linear == [0, 0])
    }

    @Test func bDefaultsToZeroAndTheBowlIsTheSameAsBuilt() throws {
        let given = try QuadraticBowl(matrix: Matrix([[1, 0], [0, 10]]))
        let built = try QuadraticBowl(conditionNumber: 10)
        let theta = [0.3, -0.7]
        var g1 = [0.0, 0.0]
        var g2 = [0.0, 0.0]
        #expect(given.valueAndGradient(at: theta, gradient: &g1) == built.valueAndGradient(at: theta, gradient: &g2))
        #expect(g1 == g2)
    }

    @Test(arguments: [
        (Matrix([[1, 2], [3, 4]]), [0.0, 0.0]),  // not symmetric
        (Matrix([[1, 2, 3], [2, 4, 5]]), [0.0, 0.0]),  // not square
        (Matrix([[1, 0], [0, 1]]), [0.0]),  // b of the wrong size
        (Matrix([[1, 0], [0, .nan]]), [0.0, 0.0]),  // not finite
    ])
    func badMatricesAreErrors(matrix: Matrix, linear: [Double]) {
        #expect(throws: OptimError.self) { try QuadraticBowl(matrix: matrix, linear: linear) }
    }

    @Test func aMatrixBeyondTheSizeCapIsAnError() {
        let n = QuadraticBowl.maximumDimension + 1
        let identity = Matrix(rows: n, columns: n, storage: (0..<(n * n)).map { $0 % (n + 1) == 0 ? 1 : 0 })
        #expect(throws: OptimError.self) { try QuadraticBowl(matrix: identity) }
    }
}
