import GradusOptim
import GradusTestSupport
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
        #expect(isApproximatelyEqual(gradient, numeric, relative: 1e-7, absolute: 1e-7))
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
        #expect(isApproximatelyEqual(solution, [1, 0], relative: 1e-12, absolute: 1e-12))
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

struct LeastSquaresKernelTests {
    /// Random m × d data in [−0.5, 0.5) and targets in [0, 1).
    func model(rows m: Int, width d: Int, seed: UInt64) -> LinearRegression {
        var generator = SplitMix64(seed: seed)
        let storage = (0..<(m * d)).map { _ in Double(generator.next() >> 11) * 0x1p-53 - 0.5 }
        let targets = (0..<m).map { _ in Double(generator.next() >> 11) * 0x1p-53 }
        return LinearRegression(features: Matrix(rows: m, columns: d, storage: storage), targets: targets)
    }

    /// Σ r² and Xᵀr over `rows`, row by row, written out plainly.
    func reference(_ model: LinearRegression, _ theta: [Double], rows: Range<Int>) -> (sum: Double, g: [Double]) {
        let d = model.dimension
        var sum = 0.0
        var g = [Double](repeating: 0, count: d)
        for i in rows {
            var prediction = 0.0
            for j in 0..<d { prediction += model.features[i, j] * theta[j] }
            let r = prediction - model.targets[i]
            sum += r * r
            for j in 0..<d { g[j] += model.features[i, j] * r }
        }
        return (sum, g)
    }

    /// Rows of eight features go through SIMD8 registers, others through the scalar loop: both give the plain
    /// row-by-row sums to the bit, and `value(at:)` the same J.
    @Test(arguments: [8, 3]) func smallDataIsThePlainRowByRowSum(width: Int) {
        let m = 1001
        let model = model(rows: m, width: width, seed: 5)
        let theta = (0..<width).map { Double($0) / 8 - 0.4 }
        var gradient = [Double](repeating: 0, count: width)
        let loss = model.valueAndGradient(at: theta, gradient: &gradient)
        let expected = reference(model, theta, rows: 0..<m)
        #expect(loss == expected.sum / (2 * Double(m)))
        #expect(gradient == expected.g.map { $0 / Double(m) })
        #expect(model.value(at: theta) == loss)
    }

    /// Large data is summed in fixed blocks added in order (rows of eight features four blocks at a time, a row of each
    /// in turn): the same bits on one core and on all cores, equal to the block-by-block reference, and within
    /// rounding of the plain sum. The blocks here differ in length by one row, so every block has its own tail.
    @Test(arguments: [8, 3]) func largeDataIsSummedInFixedBlocks(width: Int) {
        let m = LeastSquaresBlocks.threshold + 12345
        let blocks = LeastSquaresBlocks.count
        #expect(LeastSquaresBlocks.blocks(forRows: m) == blocks)
        #expect(m % blocks != 0)
        #expect(LeastSquaresBlocks.blocks(forRows: LeastSquaresBlocks.threshold - 1) == 1)
        let model = model(rows: m, width: width, seed: 6)
        let theta = (0..<width).map { 0.3 - Double($0) / 10 }
        var serial = [Double](repeating: 0, count: width)
        var concurrent = serial
        let serialLoss = model.valueAndGradient(at: theta, gradient: &serial, concurrently: false)
        let concurrentLoss = model.valueAndGradient(at: theta, gradient: &concurrent, concurrently: true)
        #expect(serialLoss == concurrentLoss)
        #expect(serial == concurrent)
        #expect(model.value(at: theta) == serialLoss)

        var sum = 0.0
        var g = [Double](repeating: 0, count: width)
        for block in 0..<blocks {
            let part = reference(model, theta, rows: (m * block / blocks)..<(m * (block + 1) / blocks))
            sum += part.sum
            for j in 0..<width { g[j] += part.g[j] }
        }
        #expect(serialLoss == sum / (2 * Double(m)))
        #expect(serial == g.map { $0 / Double(m) })

        let plain = reference(model, theta, rows: 0..<m)
        #expect(isApproximatelyEqual([serialLoss], [plain.sum / (2 * Double(m))], relative: 1e-12, absolute: 1e-12))
        #expect(isApproximatelyEqual(serial, plain.g.map { $0 / Double(m) }, relative: 1e-12, absolute: 1e-12))
    }
}

struct NormTests {
    @Test func hugeFiniteVectorsHaveAFiniteNorm() {
        let v = [3e200, 4e200]
        #expect(isApproximatelyEqual(LinearAlgebra.norm(v), 5e200, relative: 2e-16))
        #expect(LinearAlgebra.norm([3, 4]) == 5)
        #expect(LinearAlgebra.norm([.infinity, 1]) == .infinity)
        #expect(LinearAlgebra.norm([.nan, 1]).isNaN)
    }
}
