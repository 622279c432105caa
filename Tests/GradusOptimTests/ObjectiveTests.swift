import GradusOptim
import GradusTestSupport
import Testing

/// An objective and the points where its derivatives are checked.
struct ObjectiveCase: CustomTestStringConvertible, Sendable {
    let name: String
    let objective: any TwiceDifferentiable
    let points: [[Double]]
    var testDescription: String { name }

    static let all: [ObjectiveCase] = [
        ObjectiveCase(name: "linear regression", objective: seedRegression, points: [[0.5, -0.5], [3, -7.25]]),
        ObjectiveCase(
            name: "linear regression with intercept",
            objective: try! LinearRegression(
                validating: Matrix([[1], [2], [3], [4]]), targets: [2, 3, 5, 4], intercept: true),
            points: [[0, 0], [1.5, -2]]),
        ObjectiveCase(
            name: "logistic regression",
            objective: try! LogisticRegression(
                features: Matrix([[1, 0.5], [1, -1.5], [1, 2], [1, 0.1], [1, -0.3]]), targets: [1, 0, 1, 0, 1]),
            points: [[0, 0], [0.3, -1.2], [2, 4]]),
        ObjectiveCase(
            name: "quadratic bowl κ=10, rotated",
            objective: try! QuadraticBowl(conditionNumber: 10, rotation: 0.5, center: [1, -2]),
            points: [[0, 0], [3, 1]]),
        ObjectiveCase(
            name: "quadratic bowl κ=100, 4-D", objective: try! QuadraticBowl(conditionNumber: 100, dimension: 4),
            points: [[1, 1, 1, 1]]),
        ObjectiveCase(
            name: "Rosenbrock", objective: Rosenbrock(), points: [[-1.5, 2], [0, 0], [1, 1], [0.3, -0.7]]),
        ObjectiveCase(name: "Himmelblau", objective: Himmelblau(), points: [[0, 0], [3, 2], [-1.2, 2.5]]),
        ObjectiveCase(name: "Beale", objective: Beale(), points: [[1, 1], [3, 0.5], [-0.7, 1.3]]),
        ObjectiveCase(name: "Booth", objective: Booth(), points: [[0, 0], [1, 3]]),
        ObjectiveCase(name: "wavy parabola", objective: WavyParabola(), points: [[0], [-0.51], [2.2]]),
    ]
}

struct ObjectiveTests {
    @Test(arguments: ObjectiveCase.all)
    func analyticDerivativesMatchFiniteDifferences(c: ObjectiveCase) {
        for point in c.points {
            let report = DerivativeCheck.check(c.objective, at: point)
            #expect(report.passes(tolerance: 1e-6), "\(c.name) at \(point): \(report)")
            #expect(report.hessianError != nil)
        }
    }

    @Test func knownMinimaHaveZeroGradient() {
        let cases: [(any Objective, [Double])] = [
            (Rosenbrock(), [1, 1]), (Himmelblau(), [3, 2]), (Beale(), [3, 0.5]), (Booth(), [1, 3]),
        ]
        for (objective, minimum) in cases {
            var g = Array(repeating: 0.0, count: minimum.count)
            let value = objective.valueAndGradient(at: minimum, gradient: &g)
            #expect(value == 0)
            #expect(g.allSatisfy { $0 == 0 })
        }
    }

    @Test func logisticLossIsStableForHugeLogits() {
        let model = try! LogisticRegression(features: Matrix([[1000], [-1000]]), targets: [0, 1])
        var g = [0.0]
        let loss = model.valueAndGradient(at: [1], gradient: &g)
        #expect(loss == 1000)
        #expect(g == [1000])
        let right = try! LogisticRegression(features: Matrix([[1000]]), targets: [1])
        #expect(right.value(at: [1]) == 0)
    }

    @Test func logisticLossInThePlaneIsTheSameNumber() throws {
        let rows = [[0.5, -1.25], [2, 0.75], [-3, 1e-3], [40, -25], [0, 0], [-0.1, 7]]
        let model = try LogisticRegression(features: Matrix(rows), targets: [1, 0, 1, 1, 0, 0])
        for a in stride(from: -6.0, through: 6, by: 0.37) {
            for b in [-50, -2.5, -0.0, 0, 1e-9, 0.3, 4, 80] {
                #expect(model.value(a, b).bitPattern == model.value(at: [a, b]).bitPattern, "at (\(a), \(b))")
            }
        }
    }

    @Test func quadraticBowlHasTheAskedConditionNumber() throws {
        let bowl = try QuadraticBowl(conditionNumber: 25, rotation: 0.3)
        let h = bowl.matrix
        let trace = h[0, 0] + h[1, 1]
        let det = h[0, 0] * h[1, 1] - h[0, 1] * h[1, 0]
        let disc = (trace * trace / 4 - det).squareRoot()
        let ratio = (trace / 2 + disc) / (trace / 2 - disc)
        #expect(isApproximatelyEqual(ratio, 25, absolute: 1e-9))
    }

    @Test func invalidLessonDataIsAnErrorNotACrash() {
        #expect(throws: OptimError.self) {
            try LinearRegression(validating: Matrix([[1, 2]]), targets: [1, 2])
        }
        #expect(throws: OptimError.self) { try LogisticRegression(features: Matrix([[1]]), targets: [0.5]) }
        #expect(throws: OptimError.self) { try QuadraticBowl(conditionNumber: 0.5) }
        let error = OptimError.dimensionMismatch("1 rows of features but 2 targets")
        #expect(error.description == "dimension mismatch: 1 rows of features but 2 targets")
    }

    @Test func interceptColumnComesFirst() throws {
        let model = try LinearRegression(validating: Matrix([[2], [3]]), targets: [1, 2], intercept: true)
        #expect(model.features == Matrix([[1, 2], [1, 3]]))
        let solution = try #require(model.leastSquaresSolution())
        #expect(isApproximatelyEqual(solution, [-1, 1], relative: 1e-12, absolute: 1e-12))
    }
}
