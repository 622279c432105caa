import GradusOptim
import Testing

struct LinearRegressionTests {
    let seed = LinearRegression(
        features: Matrix([[1, 2], [2, 3], [3, 4], [4, 5]]), targets: [1, 2, 3, 4])

    @Test(arguments: [[0.5, -0.5], [0.0, 0.0], [3.0, -7.25], [1.0, 0.0]])
    func gradientMatchesFiniteDifferences(theta: [Double]) {
        var gradient = [0.0, 0.0]
        let loss = seed.valueAndGradient(at: theta, gradient: &gradient)
        #expect(loss == seed.value(at: theta))
        let numeric = numericalGradient(seed.value, at: theta)
        #expect(close(gradient, numeric, tolerance: 1e-7))
    }

    @Test func lossAtStartIsComputedByHand() {
        // Xθ = [-0.5, -0.5, -0.5, -0.5]; residuals -1.5, -2.5, -3.5, -4.5; Σr² = 41; J = 41/8.
        var gradient = [0.0, 0.0]
        #expect(seed.valueAndGradient(at: [0.5, -0.5], gradient: &gradient) == 41.0 / 8)
        // Xᵀr/4 = [(-1.5-5-10.5-18)/4, (-3-7.5-14-22.5)/4] = [-8.75, -11.75].
        #expect(gradient == [-8.75, -11.75])
    }

    @Test func leastSquaresSolutionOfTheSeedIsOneZero() throws {
        let solution = try #require(seed.leastSquaresSolution())
        #expect(close(solution, [1, 0], tolerance: 1e-12))
        #expect(seed.value(at: solution) < 1e-25)
    }

    @Test func singularNormalEquationsHaveNoSolution() {
        let collinear = LinearRegression(features: Matrix([[1, 2], [2, 4]]), targets: [1, 2])
        #expect(collinear.leastSquaresSolution() == nil)
    }

    @Test func hessianIsXTransposeXOverM() {
        #expect(seed.hessian() == Matrix([[7.5, 10], [10, 13.5]]))
    }
}

struct SIMDKernelTests {
    @Test func simd8PathMatchesTheScalarPath() {
        var generator = SplitMix64(seed: 5)
        let m = 1001
        let storage = (0..<(m * 8)).map { _ in Double(generator.next() >> 11) * 0x1p-53 - 0.5 }
        let targets = (0..<m).map { _ in Double(generator.next() >> 11) * 0x1p-53 }
        let model = LinearRegression(features: Matrix(rows: m, columns: 8, storage: storage), targets: targets)
        let theta = (0..<8).map { Double($0) / 8 - 0.4 }
        var scalar = [Double](repeating: 0, count: 8)
        var simd = scalar
        let a = model.valueAndGradient(at: theta, gradient: &scalar)
        let b = model.valueAndGradientSIMD8(at: theta, gradient: &simd)
        #expect(close([b], [a], tolerance: 1e-12))
        #expect(close(simd, scalar, tolerance: 1e-12))
        // Other widths fall back to the scalar path.
        var g = [0.0, 0.0]
        #expect(seedRegression.valueAndGradientSIMD8(at: [0.5, -0.5], gradient: &g) == 41.0 / 8)
    }
}

struct NormTests {
    @Test func hugeFiniteVectorsHaveAFiniteNorm() {
        let v = [3e200, 4e200]
        #expect(abs(LinearAlgebra.norm(v) - 5e200) <= 1e185)
        #expect(LinearAlgebra.norm([3, 4]) == 5)
        #expect(LinearAlgebra.norm([.infinity, 1]) == .infinity)
        #expect(LinearAlgebra.norm([.nan, 1]).isNaN)
    }
}
