import Testing

@testable import GradusPlot

@Suite struct FormattingTests {
    @Test func coordinatesHaveAtMostTwoDecimalsAndNoNegativeZero() {
        #expect(NumberFormat.coordinate(12.5) == "12.5")
        #expect(NumberFormat.coordinate(3) == "3")
        #expect(NumberFormat.coordinate(-0.25) == "-0.25")
        #expect(NumberFormat.coordinate(1.23456) == "1.23")
        #expect(NumberFormat.coordinate(1.005) != "1.0050")
        #expect(NumberFormat.coordinate(-0.001) == "0")
        #expect(NumberFormat.coordinate(-0.0) == "0")
        #expect(NumberFormat.coordinate(0.999) == "1")
        #expect(NumberFormat.coordinate(.nan) == "0")
        #expect(NumberFormat.coordinate(.infinity) == "10000000")
    }

    @Test func coordinatesAreTheClampedFixedPointText() {
        // The byte formatter behind `coordinate` writes what `fixed` writes, at halves and at random values.
        var state: UInt64 = 17
        func next() -> UInt64 {  // a linear congruential sequence: repeatable values
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 16
        }
        var values: [Double] = [0.005, -0.005, 0.015, 0.125, 99.995, -99.995, 1e7, -1e7, 2e7, 0.1, 0.07, 123.4]
        for _ in 0..<20_000 {
            let scale = [1.0, 10, 1000, 1e5, 1e8][Int(next() % 5)]
            values.append((Double(next() % 2_000_001) / 1_000_000 - 1) * scale)
        }
        for value in values {
            let clamped = Swift.min(Swift.max(value, -1e7), 1e7)
            #expect(
                NumberFormat.coordinate(value) == NumberFormat.fixed(clamped, decimals: 2, trimTrailingZeros: true),
                "\(value)")
        }
    }

    @Test func fixedDecimals() {
        #expect(NumberFormat.fixed(0.30000000000000004, decimals: 1) == "0.3")
        #expect(NumberFormat.fixed(2, decimals: 2) == "2.00")
        #expect(NumberFormat.fixed(-1234.5, decimals: 0) == "-1235")
        #expect(NumberFormat.fixed(0.05, decimals: 3) == "0.050")
    }

    @Test func superscripts() {
        #expect(NumberFormat.powerOfTen(-3) == "10⁻³")
        #expect(NumberFormat.powerOfTen(0) == "10⁰")
        #expect(NumberFormat.powerOfTen(12) == "10¹²")
    }

    @Test func escaping() {
        #expect(XMLText.escape("a < b & c > \"d\" 'e'") == "a &lt; b &amp; c &gt; &quot;d&quot; &#39;e&#39;")
        #expect(XMLText.escape("bell\u{7}") == "bell")
        #expect(XMLText.escape("tab\there\u{FFFE} ﬁ\u{FFFF}") == "tab\there ﬁ")
        #expect(XMLText.escape("1,2 3.5,-4") == "1,2 3.5,-4")
    }

    @Test func escapingInRenderedPlot() {
        let plot = LinePlot(
            title: "<script>alert(\"x\")</script> & more", xLabel: "a<b", yLabel: "f & g",
            series: [Series(label: "\"quoted\" <b>", y: [1, 2, 3]), Series(label: "two", y: [3, 2, 1])],
            description: "x < y & z")
        let svg = plot.svg(id: "esc")
        #expect(!svg.contains("<script>"))
        #expect(!svg.contains("<b>"))
        #expect(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more"))
        #expect(svg.contains("<desc id=\"esc-desc\">x &lt; y &amp; z</desc>"))
        #expect(XMLCheck.isBalanced(svg))
        #expect(XMLCheck.ampersandsAreEntities(svg))
    }

    @Test func idsAreSanitisedAndPrefixed() {
        #expect(XMLText.sanitizedID("loss curve#1") == "loss-curve-1")
        #expect(XMLText.sanitizedID("1st") == "p1st")
        #expect(XMLText.sanitizedID("") == "p")
        let svg = Fixtures.lossCurve().svg(id: "my plot")
        let ids = XMLCheck.ids(svg)
        #expect(ids == ["my-plot", "my-plot-title", "my-plot-desc"])
        #expect(svg.contains("aria-labelledby=\"my-plot-title my-plot-desc\""))
        #expect(svg.contains("#my-plot .gp-line{"))
    }
}
