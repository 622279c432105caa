import GradusOptim
import GradusTestSupport
import Testing

/// Runs on formula objectives, against reference figures worked out independently (x after the stated steps of
/// gradient descent, to 6 decimals), and domain errors as outcomes.
struct FormulaRunTests {
    static func gd(
        _ text: String, _ variables: [String]? = nil, constants: [FormulaConstant] = [], start: [Double], lr: Double,
        steps: Int
    )
        throws -> Trace
    {
        let objective = try FormulaObjective(Formula(text, variables: variables, constants: constants))
        return Runner.run(
            objective, optimizer: SGD(learningRate: lr), start: start, stopping: StoppingRule(maxIterations: steps))
    }

    @Test(arguments: [(0.2, 0.060466), (0.05, 3.486784), (1.1, 61.917364)])
    func squareFromTen(lr: Double, expected: Double) throws {
        let trace = try Self.gd("x^2", start: [10], lr: lr, steps: 10)
        #expect(trace.final.k == 10)
        #expect(isApproximatelyEqual(trace.final.theta[0], expected, absolute: 5e-7))
        // x ← x − η·2x exactly, as a hand computation does it.
        var x = 10.0
        for _ in 0..<10 { x = x - lr * (2 * x) }
        #expect(trace.final.theta[0] == x)
    }

    @Test func xCosCx() throws {
        let c = FormulaConstant(name: "c", value: try FormulaConstant.evaluate("0.15 * pi", earlier: []))
        let trace = try Self.gd("x * cos(c * x)", constants: [c], start: [10], lr: 2, steps: 10)
        #expect(isApproximatelyEqual(trace.final.theta[0], -1.528166, absolute: 5e-7))
    }

    @Test func ellipticBowl() throws {
        let trace = try Self.gd("x1^2 + 2*x2^2", ["x1", "x2"], start: [-5, -2], lr: 0.1, steps: 20)
        #expect(isApproximatelyEqual(trace.final.theta[0], -0.057646, absolute: 5e-7))
        #expect(isApproximatelyEqual(trace.final.theta[1], -0.000073, absolute: 5e-7))
    }

    @Test func newtonRunsOnAFormula() throws {
        let objective = try FormulaObjective(Formula("x1^2 + 2*x2^2 + x1*x2", variables: ["x1", "x2"]))
        let trace = try Runner.runNewton(
            objective, start: [3, -4], stopping: StoppingRule(maxIterations: 5, gradientTolerance: 1e-12))
        // A quadratic: one full Newton step lands on the minimum.
        #expect(trace.outcome == .converged(.gradientNorm, iteration: 1))
        #expect(isApproximatelyEqual(trace.final.theta, [0, 0], absolute: 1e-12))
    }

    @Test func logOfANegativeNumberEndsTheRunWithItsReason() throws {
        // The minimum of x − 2·log(x) is at 2; from x = 4 the slope is 1/2, and a step of 10 jumps to x = −1.
        let trace = try Self.gd("x - 2*log(x)", start: [4], lr: 10, steps: 10)
        guard case .failed(let k, .outsideDomain(let violation)) = trace.outcome else {
            Issue.record("expected a domain failure, got \(trace.outcome)")
            return
        }
        #expect(k == 1)
        #expect(violation.kind == .negative)
        #expect(violation.operation == "log")
        #expect(violation.theta == [-1])
        #expect(violation.argument == -1)
        #expect(trace.outcome.description == "failed at iteration 1: log of a negative number (-1.0) at x = -1.0")
        #expect(trace.final.k == 0)
    }

    @Test(
        arguments: [
            ("1/x", [0.0], DomainViolation.Kind.zero, "/"),
            ("sqrt(x)", [-1.0], .negative, "sqrt"),
            ("sqrt(x)", [0.0], .zero, "sqrt"),
            ("asin(x)", [2.0], .outsideUnitInterval, "asin"),
            ("acos(x)", [1.0], .unitIntervalEnd, "acos"),
            ("x^0.5", [-4.0], .negative, "^"),
            ("log10(x)", [0.0], .zero, "log10"),
            ("x^0.5", [0.0], .zero, "^"),
            ("x^-3", [0.0], .zero, "^"),
        ] as [(String, [Double], DomainViolation.Kind, String)])
    func domainErrorsAtTheStart(text: String, start: [Double], kind: DomainViolation.Kind, operation: String) throws {
        let trace = try Self.gd(text, start: start, lr: 0.1, steps: 3)
        guard case .failed(0, .outsideDomain(let violation)) = trace.outcome else {
            Issue.record("expected a domain failure, got \(trace.outcome)")
            return
        }
        #expect(violation.kind == kind)
        #expect(violation.operation == operation)
    }

    @Test func aZeroPowerIsOne() throws {
        let trace = try Self.gd("x^0 + x^2", start: [0], lr: 0.1, steps: 3)
        #expect(trace.outcome == .reachedIterationLimit(3))
        #expect(trace.final.loss == 1)
    }

    @Test func overflowIsStillDivergence() throws {
        let trace = try Self.gd("exp(x^2)", start: [5], lr: 1, steps: 10)
        #expect(trace.outcome.isDiverged)
    }
}
