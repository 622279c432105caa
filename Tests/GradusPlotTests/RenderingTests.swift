import Testing

@testable import GradusPlot

@Suite struct RenderingTests {
    /// True if the SVG contains no textual NaN or infinity anywhere.
    func isClean(_ svg: String) -> Bool {
        let lower = svg.lowercased()
        return !lower.contains("nan") && !lower.contains("inf")
    }

    @Test func nonFiniteValuesBreakTheLine() {
        let s = Series(label: "diverged", y: [4, 3, 2, .nan, 1, 0.5, .infinity, -.infinity, 0.25, 0.1])
        let svg = LinePlot(title: "Loss", yLabel: "Loss", series: [s], yScale: .linear).svg(id: "t")
        #expect(isClean(svg))
        #expect(XMLCheck.isBalanced(svg))
        // Three finite runs: [4,3,2], [1,0.5], [0.25,0.1]; the axis frame is a fourth polyline.
        #expect(svg.components(separatedBy: "<polyline class=\"gp-line\"").count - 1 == 3)
        // The run recovers, so it is not marked as diverged.
        #expect(!svg.contains("class=\"gp-cross\""))
        let diverged = Series(label: "diverged", y: [1, 2, 4, 8, .infinity, .nan])
        let marked = LinePlot(title: "", yLabel: "", series: [diverged]).svg(id: "d")
        #expect(marked.components(separatedBy: "class=\"gp-cross\"").count - 1 == 2)
        #expect(isClean(marked))
    }

    @Test func logAxisSkipsNonPositiveValues() {
        let s = Series(label: "loss", y: [1, 0.1, 0, 0.01, -1, 0.001])
        let svg = LinePlot(title: "", yLabel: "Loss", series: [s], yScale: .log).svg(id: "t")
        #expect(isClean(svg))
        #expect(svg.contains("10⁻³"))
        // Runs: [1, 0.1] then the isolated 0.01 (a dot), then the isolated 0.001.
        #expect(svg.components(separatedBy: "<polyline class=\"gp-line\"").count - 1 == 1)
        #expect(svg.components(separatedBy: "class=\"gp-dot\"").count - 1 == 2)
    }

    @Test func emptyOrUnplottableDataGivesANote() {
        let plots = [
            LinePlot(title: "Empty", yLabel: "Loss", series: []),
            LinePlot(title: "Empty series", yLabel: "Loss", series: [Series(label: "a", y: [])]),
            LinePlot(title: "Diverged", yLabel: "Loss", series: [Series(label: "a", y: [.nan, .infinity])]),
            LinePlot(
                title: "Nothing positive", yLabel: "Loss", series: [Series(label: "a", y: [0, -1])], yScale: .log),
        ]
        for plot in plots {
            let svg = plot.svg(id: "empty")
            #expect(svg.contains(">No data</text>"))
            #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(svg.hasSuffix("</svg>\n"))
            #expect(isClean(svg) && XMLCheck.isBalanced(svg))
        }
        let contour = ContourPlot(
            title: "Bad grid", xRange: 0...1, yRange: 0...1, values: Grid(columns: 3, rows: 3, values: [1]))
        #expect(contour.svg(id: "c").contains(">No data</text>"))
        let multiples = SmallMultiples(title: "None", panels: [])
        #expect(multiples.svg(id: "m").contains(">No data</text>"))
        #expect(XMLCheck.isBalanced(multiples.svg(id: "m")))
    }

    @Test func mismatchedLengthsUseTheShorter() {
        let svg = LinePlot(title: "", yLabel: "", series: [Series(label: "a", x: [0, 1, 2], y: [1, 2])]).svg(id: "t")
        #expect(svg.contains("<polyline class=\"gp-line\""))
        #expect(isClean(svg))
    }

    @Test func tinyAndHugeSizesStillRender() {
        for (w, h) in [(0, 0), (-5, 10), (100_000, 50)] {
            let svg = Fixtures.lossCurve().svg(id: "s", width: w, height: h)
            #expect(XMLCheck.isBalanced(svg) && isClean(svg))
            #expect(!svg.contains("\"-0\"") && !svg.contains(",-0 ") && !svg.contains(" -0,"))
        }
    }

    @Test func outputIsDeterministic() {
        let a = [
            Fixtures.lossCurve().svg(id: "a"), Fixtures.rosenbrockContours().svg(id: "b"),
            Fixtures.learningRateSweep().svg(id: "c"),
        ]
        let b = [
            Fixtures.lossCurve().svg(id: "a"), Fixtures.rosenbrockContours().svg(id: "b"),
            Fixtures.learningRateSweep().svg(id: "c"),
        ]
        #expect(a == b)
    }

    @Test func coordinatesHaveAtMostTwoDecimals() {
        let svg = Fixtures.rosenbrockContours().svg(id: "r")
        // Any number with three or more decimals would show up as a digit run after a point.
        var decimals = 0
        var maxDecimals = 0
        var afterPoint = false
        for ch in svg {
            if afterPoint && ch.isASCII && ch.isNumber {
                decimals += 1
                maxDecimals = max(maxDecimals, decimals)
            } else {
                afterPoint = ch == "."
                decimals = 0
            }
        }
        #expect(maxDecimals <= 2)
    }

    @Test func trajectoriesAreClippedToThePlotArea() {
        let far = Series(label: "escapes", x: [0, 0.5, 5, 50, .nan, 0.2], y: [0, 0.5, 5, 50, 1, 0.2])
        let plot = ContourPlot(
            title: "", xRange: -1...1, yRange: -1...1,
            values: Grid.sample(x: -1...1, y: -1...1, columns: 11, rows: 11) { $0 * $0 + $1 * $1 },
            trajectories: [far])
        let svg = plot.svg(id: "clip", width: 400, height: 400)
        #expect(isClean(svg))
        // Parse the trajectory's polyline points and check they stay in the frame rectangle.
        let frameAttrs = svg.components(separatedBy: "<rect class=\"gp-axis\" ")[1].prefix { $0 != "/" }
        func attr(_ name: String) -> Double {
            Double(frameAttrs.components(separatedBy: "\(name)=\"")[1].prefix { $0 != "\"" })!
        }
        let (x0, y0, w, h) = (attr("x"), attr("y"), attr("width"), attr("height"))
        let group = svg.components(separatedBy: "gp-trajectory")[1]
        let points = group.components(separatedBy: "points=\"")[1].prefix { $0 != "\"" }
        for pair in points.split(separator: " ") {
            let xy = pair.split(separator: ",").map { Double($0)! }
            #expect(xy[0] >= x0 - 0.01 && xy[0] <= x0 + w + 0.01)
            #expect(xy[1] >= y0 - 0.01 && xy[1] <= y0 + h + 0.01)
        }
        // The start ring is drawn (inside); the end point (0.2, 0.2) too.
        #expect(group.contains("gp-start") && group.contains("gp-end"))
    }

    @Test func legendOnlyForSeveralSeries() {
        let one = LinePlot(title: "", yLabel: "", series: [Series(label: "only", y: [1, 2])]).svg(id: "a")
        #expect(!one.contains("gp-legend\">only"))
        let two = Fixtures.lossCurve().svg(id: "b")
        #expect(two.contains("<g class=\"gp-legend\">"))
    }

    @Test func sharedScaleGivesIdenticalTickLabels() {
        let svg = Fixtures.learningRateSweep().svg(id: "s")
        let panels = svg.components(separatedBy: "<g class=\"gp-panel gp-small\">").dropFirst()
        #expect(panels.count == 6)
        func yLabels(_ panel: String) -> [String] {
            panel.components(separatedBy: "text-anchor=\"end\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
        }
        let first = yLabels(String(panels.first!))
        #expect(!first.isEmpty)
        #expect(panels.allSatisfy { yLabels(String($0)) == first })
    }
}

struct TitleFitTests {
    /// The `<text class="gp-title">` lines of `svg`, with their attributes.
    func titleLines(_ svg: String, className: String = "gp-title") -> [(y: Double, condensed: Bool, text: String)] {
        svg.components(separatedBy: "<text class=\"\(className)\"").dropFirst().map { chunk in
            let attributes = chunk.prefix { $0 != ">" }
            let y = attributes.components(separatedBy: "y=\"").dropFirst().first.map { $0.prefix { $0 != "\"" } }
            let text = chunk.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }
            return (Double(y.map(String.init) ?? "") ?? .nan, attributes.contains("textLength"), String(text))
        }
    }

    @Test func longTitlesWrapAtSpacesInsteadOfBeingClipped() {
        let title = "A very long title that would never fit in a small plot of only two hundred and forty pixels"
        let long = LinePlot(title: title, yLabel: "J", series: [Series(label: "a", y: [3, 2, 1])])
        let lines = titleLines(long.svg(id: "t", width: 240, height: 200))
        #expect(lines.count == 3)
        #expect(lines.map(\.text).joined(separator: " ") == title)
        // Each line below the previous; only the last, holding what is left, may be condensed.
        #expect(zip(lines, lines.dropFirst()).allSatisfy { $1.y > $0.y })
        #expect(lines.dropLast().allSatisfy { !$0.condensed })
        let short = LinePlot(title: "Loss", yLabel: "J", series: [Series(label: "a", y: [3, 2, 1])])
        #expect(titleLines(short.svg(id: "t", width: 240, height: 160)).map(\.text) == ["Loss"])
        #expect(!short.svg(id: "t", width: 240, height: 160).contains("textLength"))
    }

    @Test func aSingleWordTooWideIsCondensed() {
        let plot = LinePlot(
            title: "Gradientdescentwithoutanyspaceswhatsoeverinthistitle", yLabel: "J",
            series: [Series(label: "a", y: [3, 2, 1])])
        let svg = plot.svg(id: "t", width: 240, height: 160)
        #expect(titleLines(svg).count == 1)
        #expect(svg.contains("textLength=\"220\" lengthAdjust=\"spacingAndGlyphs\""))
    }

    @Test func chineseTitlesBreakBetweenCharactersAndCountAsWide() {
        let title = "学习率太大时梯度下降会在山谷两侧来回振荡甚至发散"
        let plot = ContourPlot(
            title: title, xRange: 0...1, yRange: 0...1, values: Grid(columns: 2, rows: 2, values: [0, 1, 1, 2]))
        let lines = titleLines(plot.svg(id: "c", width: 300, height: 300))
        #expect(lines.count == 2)
        #expect(lines.map(\.text).joined() == title)
        // 24 one-em characters at 15 px are 360 px: no line may claim more than the 280 px available.
        #expect(lines.allSatisfy { !$0.condensed && $0.text.count * 15 <= 280 })
    }

    @Test func smallMultiplePanelTitlesStayOnOneLine() {
        let panels = (0..<3).map { k in
            LinePlot(
                title: "A long panel title number \(k) that does not fit", yLabel: "J",
                series: [Series(label: "a", y: [3, 2, 1])])
        }
        let svg = SmallMultiples(title: "Sweep", panels: panels).svg(id: "s", panelWidth: 160, panelHeight: 140)
        let lines = titleLines(svg, className: "gp-panel-title")
        #expect(lines.count == 3 && lines.allSatisfy(\.condensed))
    }
}
