import GradusOptim
import GradusTestSupport
import Testing

/// `LeastSquaresLoss.mse` (torch.nn.MSELoss, mean reduction) beside the default `halfMSE`.
struct MeanSquaredErrorTests {
    let x = Matrix([[1, 2], [2, 3], [3, 4], [4, 5]])
    let y = [1.0, 2, 3, 5]

    @Test func mseIsTheMeanOfSquaredResidualsWithGradientTwoOverMXTransposeR() {
        let mse = LinearRegression(features: x, targets: y, loss: .mse)
        let theta = [0.5, -0.25]
        var gradient = [0.0, 0.0]
        let value = mse.valueAndGradient(at: theta, gradient: &gradient)
        let residuals = (0..<4).map { i in x[i, 0] * theta[0] + x[i, 1] * theta[1] - y[i] }
        let mean = residuals.map { $0 * $0 }.reduce(0, +) / 4
        #expect(isApproximatelyEqual(value, mean, relative: 1e-15))
        let expected = (0..<2).map { j in 2.0 / 4 * (0..<4).map { x[$0, j] * residuals[$0] }.reduce(0, +) }
        #expect(isApproximatelyEqual(gradient, expected, relative: 1e-15, absolute: 1e-15))
        #expect(isApproximatelyEqual(gradient, numericalGradient(mse.value, at: theta), relative: 1e-8, absolute: 1e-8))
    }

    @Test func mseIsTwiceHalfMSEToTheBit() {
        let half = LinearRegression(features: x, targets: y)
        let mse = LinearRegression(features: x, targets: y, loss: .mse)
        let theta = [0.3, 0.7]
        var g1 = [0.0, 0.0]
        var g2 = [0.0, 0.0]
        let j1 = half.valueAndGradient(at: theta, gradient: &g1)
        let j2 = mse.valueAndGradient(at: theta, gradient: &g2)
        #expect(j2 == 2 * j1)
        #expect(g2 == g1.map { 2 * $0 })
        #expect(mse.hessian().storage == half.hessian().storage.map { 2 * $0 })
        #expect(mse.value(at: theta) == j2)
        #expect(mse.leastSquaresSolution() == half.leastSquaresSolution())
    }

    @Test func batchesUseTheSameLoss() {
        let mse = LinearRegression(features: x, targets: y, loss: .mse)
        var whole = [0.0, 0.0]
        var batch = [0.0, 0.0]
        let j = mse.valueAndGradient(at: [0.1, 0.2], gradient: &whole)
        let jb = mse.valueAndGradient(at: [0.1, 0.2], rows: [0, 1, 2, 3], gradient: &batch)
        #expect(j == jb)
        #expect(whole == batch)
    }

    @Test func largeDataGivesTheSameBitsOnOneCoreAndAll() {
        let m = LeastSquaresBlocks.threshold
        var rng = SplitMix64(seed: 5)
        let features = Matrix(
            rows: m, columns: 8, storage: (0..<(m * 8)).map { _ in Double.random(in: -0.5..<0.5, using: &rng) })
        let targets = (0..<m).map { _ in Double.random(in: 0..<1, using: &rng) }
        let mse = LinearRegression(features: features, targets: targets, loss: .mse)
        let theta = [0.1, -0.2, 0.3, -0.4, 0.5, -0.6, 0.7, -0.8]
        var one = Array(repeating: 0.0, count: 8)
        var all = one
        let j1 = mse.valueAndGradient(at: theta, gradient: &one, concurrently: false)
        let j2 = mse.valueAndGradient(at: theta, gradient: &all, concurrently: true)
        #expect(j1.bitPattern == j2.bitPattern)
        #expect(one.map(\.bitPattern) == all.map(\.bitPattern))
    }
}
