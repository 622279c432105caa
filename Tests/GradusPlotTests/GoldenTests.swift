import GradusTestSupport
import Testing

@testable import GradusPlot

@Suite struct GoldenTests {
    @Test func logScaleLossCurve() throws {
        let svg = Fixtures.lossCurve().svg(id: "loss-curve")
        #expect(XMLCheck.isBalanced(svg))
        try golden.check(svg, named: "loss-curve.svg")
    }

    @Test func rosenbrockContours() throws {
        let svg = Fixtures.rosenbrockContours().svg(id: "rosenbrock")
        #expect(XMLCheck.isBalanced(svg))
        try golden.check(svg, named: "rosenbrock-contours.svg")
    }

    @Test func learningRateSweep() throws {
        let svg = Fixtures.learningRateSweep().svg(id: "lr-sweep")
        #expect(XMLCheck.isBalanced(svg))
        try golden.check(svg, named: "lr-sweep.svg")
    }

    @Test func rippledCurveWithRuns() throws {
        let svg = Fixtures.rippledRuns().svg(id: "rippled")
        #expect(XMLCheck.isBalanced(svg))
        try golden.check(svg, named: "function-rippled.svg")
    }

    @Test func boxedBowlWithOptimum() throws {
        let svg = Fixtures.boxedBowl().svg(id: "boxed")
        #expect(XMLCheck.isBalanced(svg))
        try golden.check(svg, named: "contour-boxed.svg")
    }

    @Test func twoClassesWithBoundaries() throws {
        let svg = Fixtures.twoClasses().svg(id: "classes")
        #expect(XMLCheck.isBalanced(svg))
        try golden.check(svg, named: "scatter-classes.svg")
    }
}
