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
