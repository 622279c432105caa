import Testing

@testable import GradusPlot

@Suite struct TicksTests {
    @Test func linearUnitInterval() {
        let t = TickGenerator.linear(lower: 0, upper: 1, maxTicks: 6)
        #expect(
            t.major.map(\.label) == ["0", "0.2", "0.4", "0.6", "0.8", "1"]
                || t.major.map(\.label) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        #expect(t.axis.lower == 0 && t.axis.upper == 1)
    }

    @Test func linearStepsAreOneTwoFive() {
        for (lo, hi, n) in [(0.0, 137.0, 8), (-3.7, 12.2, 6), (0.0013, 0.0091, 5), (1e5, 9.3e5, 7), (-1.0, 1.0, 3)] {
            let t = TickGenerator.linear(lower: lo, upper: hi, maxTicks: n)
            #expect(t.major.count >= 2 && t.major.count <= n)
            let step = t.major[1].value - t.major[0].value
            let e = PlotMath.decadeFloor(step)
            let mantissa = step / PlotMath.pow10(e)
            #expect([1.0, 2.0, 5.0].contains { ($0 - mantissa).magnitude < 1e-6 }, "step \(step)")
            #expect(t.axis.lower <= lo && t.axis.upper >= hi)
        }
        let iterations = TickGenerator.linear(lower: 0, upper: 137, maxTicks: 8)
        #expect(iterations.major.map(\.label) == ["0", "20", "40", "60", "80", "100", "120", "140"])
    }

    @Test func linearLabelsUseTypographicMinusAndFixedDecimals() {
        let t = TickGenerator.linear(lower: -1, upper: 1, maxTicks: 5)
        #expect(t.major.map(\.label) == ["\u{2212}1.0", "\u{2212}0.5", "0.0", "0.5", "1.0"])
    }

    @Test func linearWithoutExtensionKeepsDomain() {
        let t = TickGenerator.linear(lower: -2, upper: 2.3, maxTicks: 9, extend: false)
        #expect(t.axis.lower == -2 && t.axis.upper == 2.3)
        #expect(t.major.allSatisfy { $0.value >= -2 && $0.value <= 2.3 })
    }

    @Test func linearLargeNumbersUseScientificLabels() {
        let t = TickGenerator.linear(lower: 0, upper: 3e7, maxTicks: 4)
        #expect(t.major.map(\.label) == ["0", "1×10⁷", "2×10⁷", "3×10⁷"])
    }

    @Test func degenerateAndNonFiniteRanges() {
        let same = TickGenerator.linear(lower: 5, upper: 5, maxTicks: 5)
        #expect(same.axis.lower < 5 && same.axis.upper > 5)
        let bad = TickGenerator.linear(lower: .nan, upper: .infinity, maxTicks: 5)
        #expect(bad.major.count >= 2)
    }

    @Test func logTicksArePowersOfTen() {
        let t = TickGenerator.log(lower: 0.002, upper: 37, maxTicks: 8)
        #expect(t.major.map(\.label) == ["10⁻³", "10⁻²", "10⁻¹", "10⁰", "10¹", "10²"])
        #expect(t.axis.lower == 1e-3 && t.axis.upper == 100)
        #expect(t.minor.contains(2e-3) && t.minor.contains(50))
    }

    @Test func logTicksThinOutOverManyDecades() {
        let t = TickGenerator.log(lower: 1e-12, upper: 1e3, maxTicks: 6)
        #expect(t.major.count <= 6 && t.major.count >= 2)
        #expect(t.major.map(\.label).contains("10⁰"))
        #expect(t.minor.contains(1e-11))
    }

    @Test func logAxesReachLossesJustBeforeAnOverflow() {
        // A diverging run's last finite loss can be far above 10³⁰⁰; the axis must still contain it.
        let t = TickGenerator.log(lower: 0.5, upper: 5.25e305, maxTicks: 6)
        #expect(t.axis.upper >= 5.25e305 && t.axis.upper.isFinite)
        #expect(t.axis.lower <= 0.5)
        let top = TickGenerator.log(lower: 1, upper: 1.7e308, maxTicks: 6)
        #expect(top.axis.upper.isFinite)
    }

    @Test func logTicksWithinOneDecade() {
        let t = TickGenerator.log(lower: 2, upper: 5, maxTicks: 6)
        #expect(t.major.map(\.label) == ["10⁰", "10¹"])
    }

    @Test func automaticScaleChoice() {
        #expect(AxisScale.automatic.resolved(for: [1, 0.5, 0.001]) == .log)  // 3 decades
        #expect(AxisScale.automatic.resolved(for: [1, 50]) == .linear)  // under 2 decades
        #expect(AxisScale.automatic.resolved(for: [1, 100]) == .linear)  // exactly 2: not more
        #expect(AxisScale.automatic.resolved(for: [0, 1, 1000]) == .linear)  // a zero rules out log
        #expect(AxisScale.automatic.resolved(for: [-1, 1e6]) == .linear)
        #expect(AxisScale.automatic.resolved(for: [1e-6, .nan, .infinity, 1]) == .log)  // non-finite ignored
        #expect(AxisScale.automatic.resolved(for: []) == .linear)
        #expect(AxisScale.log.resolved(for: [0, -1]) == .log)
    }

    @Test func logAxisFractions() {
        let a = Axis(kind: .log, lower: 1e-3, upper: 1e1)
        #expect(a.fraction(1e-3) == 0)
        #expect((a.fraction(1e-1)! - 0.5).magnitude < 1e-12)
        #expect(a.fraction(0) == nil)
        #expect(a.fraction(-1) == nil)
        #expect(a.fraction(.nan) == nil)
    }
}
