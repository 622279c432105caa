import GradusLessons
import Testing

struct NumberFormatTests {
    @Test(arguments: [
        (NumberFormat.fixed(4), 0.95465797, "0.9547"),
        (.fixed(1), -0.5, "−0.5"),
        (.fixed(4), -0.00001, "0.0000"),
        (.significant(6), 3.2034687, "3.20347"),
        (.significant(6), 9.53307e-05, "9.53307×10⁻⁵"),
        (.significant(3), 351.0, "351"),
        (.scientific(2), 12345.0, "1.23×10⁴"),
        (.significant(6), 1000, "1000"),
    ])
    func formatsForProse(format: NumberFormat, value: Double, expected: String) {
        #expect(format.format(value).prose == expected)
    }

    @Test func formatsForTeX() {
        #expect(NumberFormat.significant(3).format(-9.53307e-05).tex == "-9.53 \\times 10^{-5}")
        #expect(NumberFormat.fixed(2).format(-1.234).tex == "-1.23")
        #expect(NumberFormat.significant(3).format(-9.53307e-05).plain == "-9.53e-05")
    }

    @Test func parsesFormatNames() {
        #expect(NumberFormat("fixed 4") == .fixed(4))
        #expect(NumberFormat("sig 6") == .significant(6))
        #expect(NumberFormat("sci 3") == .scientific(3))
        #expect(NumberFormat("fixed") == nil)
        #expect(NumberFormat("fixed 18") == nil)
        #expect(NumberFormat("round 2") == nil)
    }

    @Test func nonFiniteValuesPrintAsSymbols() {
        #expect(NumberFormat.default.format(.infinity).prose == "∞")
        #expect(NumberFormat.default.format(.nan).prose == "NaN")
    }
}
