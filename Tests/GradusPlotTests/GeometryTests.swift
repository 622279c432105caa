import Foundation
import Testing

@testable import GradusPlot

/// Ranges, clipping, θ* positions, the feasible box and the refinement of contour grids.
@Suite struct GeometryTests {
    @Test func oneFarJumpDoesNotStretchTheRange() {
        let values = (0..<30).map { Double($0) / 10 } + [500]
        let (range, clipped) = PlotRange.robust(values)
        #expect(range.upperBound < 10)
        #expect(range.lowerBound < 0)
        #expect(clipped == 1)
    }

    @Test func keptValuesStayInsideTheRange() {
        let values = (0..<30).map { Double($0) / 10 } + [500]
        let (range, clipped) = PlotRange.robust(values, keep: [500])
        #expect(range.contains(500))
        #expect(clipped == 0)
    }

    @Test func evenlySpreadValuesKeepTheirWholeRangeWithAMargin() {
        let (range, clipped) = PlotRange.robust([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        #expect(range == -2...12)
        #expect(clipped == 0)
    }

    @Test func fewValuesAreNeverClipped() {
        let (range, clipped) = PlotRange.robust([0, 1, 1000])
        #expect(range.contains(1000) && range.contains(0))
        #expect(clipped == 0)
    }

    @Test func noFiniteValuesGiveADefaultRange() {
        #expect(PlotRange.robust([.nan, .infinity]).range == -1...1)
    }

    @Test func optimumIsDrawnAtItsPosition() throws {
        var plot = Fixtures.boxedBowl()
        plot.trajectories = []
        let svg = plot.svg(id: "t", width: 400, height: 400)
        // The frame runs from x = -1.5 to 2.5: θ* at x = 2 lies 7/8 of the way across.
        let frame = try #require(Self.rect(svg, className: "gp-axis"))
        let marks = Self.polylines(svg, className: "gp-mark")
        #expect(marks.count == 2)
        let points = marks[0]
        let centreX = (points[0].x + points[1].x) / 2
        let centreY = (points[0].y + points[1].y) / 2
        #expect(abs(centreX - (frame.minX + 0.875 * frame.width)) < 0.02)
        // y from -0.5 to 2: θ*₂ = 1.5 lies 4/5 of the way up.
        #expect(abs(centreY - (frame.maxY - 0.8 * frame.height)) < 0.02)
    }

    @Test func feasibleBoxIsCutAtTheFrame() throws {
        let svg = Fixtures.boxedBowl().svg(id: "t", width: 400, height: 400)
        let frame = try #require(Self.rect(svg, className: "gp-axis"))
        let box = try #require(Self.rect(svg, className: "gp-box", last: true))
        // x from -1 to 1 of -1.5…2.5; y from -1 (below the region: cut at its bottom) to 1 of -0.5…2.
        #expect(abs(box.minX - (frame.minX + 0.125 * frame.width)) < 0.02)
        #expect(abs(box.width - 0.5 * frame.width) < 0.02)
        #expect(abs(box.maxY - frame.maxY) < 0.02)
        #expect(abs(box.minY - (frame.maxY - 0.6 * frame.height)) < 0.02)
    }

    @Test func boxOutsideTheRegionIsNotDrawn() {
        let projection = Projection(
            x: Axis(kind: .linear, lower: 0, upper: 1), y: Axis(kind: .linear, lower: 0, upper: 1),
            frame: Rect(x: 0, y: 0, width: 100, height: 100))
        let rect = ContourPlot.boxRect(
            PlotBox(x: 2...3, y: 0...1), projection: projection, frame: Rect(x: 0, y: 0, width: 100, height: 100))
        #expect(rect == nil)
    }

    @Test func noteIsWritten() {
        #expect(Fixtures.boxedBowl().svg(id: "t").contains("1 iterate outside the region not shown"))
    }

    @Test func narrowValleyGetsAFineGrid() {
        let rosenbrock = Grid.adaptive(x: -2...2, y: -1...3, Fixtures.rosenbrock)
        #expect(rosenbrock.columns == 201 && rosenbrock.rows == 201)
        let bowl = Grid.adaptive(x: -1...1, y: -1...1) { x, y in x * x + y * y }
        #expect(bowl.columns == 81 && bowl.rows == 81)
    }

    @Test func refinedGridDrawsTheFullGridsLinesWithFewerValues() {
        // Levels as a page chooses them: halving the height above the lowest value, from a start's value down.
        func halving(from top: Double) -> ([Double]) -> [Double]? {
            { values in
                guard let low = values.min() else { return nil }
                return (0..<10).map { low + (top - low) / Double(1 << $0) }
            }
        }
        let cases: [(ClosedRange<Double>, ClosedRange<Double>, Double, (Double, Double) -> Double)] = [
            (-2...2, -1...3, 24.2, Fixtures.rosenbrock),
            (-1.5...1.5, -0.5...2, 5, Fixtures.rosenbrock),
            (-5...5, -5...5, 200, { x, y in (x * x + y - 11) * (x * x + y - 11) + (x + y * y - 7) * (x + y * y - 7) }),
        ]
        for (x, y, top, f) in cases {
            var evaluations = 0
            let refined = Grid.contoured(x: x, y: y, levels: halving(from: top)) { a, b in
                evaluations += 1
                return f(a, b)
            }
            let full = Grid.adaptive(x: x, y: y, f)
            let levels = halving(from: top)(full.values)
            #expect(refined.levels == levels)
            #expect(refined.grid.columns == full.columns)
            #expect(full.columns == 81 || evaluations < 81 * 81 + 201 * 201)
            let drawn = MarchingSquares.polylines(refined.grid, levels: levels ?? [], x: x, y: y)
            #expect(drawn == MarchingSquares.polylines(full, levels: levels ?? [], x: x, y: y))
        }
    }

    @Test func chainOfSpecksIsFragmentedAndOneLoopIsNot() {
        let cell = (0.1, 0.1)
        let speck = { (x: Double) in
            [Point(x: x, y: 0), Point(x: x + 0.1, y: 0.1), Point(x: x, y: 0.2), Point(x: x, y: 0)]
        }
        #expect(ContourPlot.isFragmented([speck(0), speck(1), speck(2)], cell: cell))
        #expect(!ContourPlot.isFragmented([speck(0), speck(1)], cell: cell))
        let loop = (0...40).map { i in
            Point(x: cos(Double(i) * .pi / 20), y: sin(Double(i) * .pi / 20))
        }
        #expect(!ContourPlot.isFragmented([loop], cell: cell))
    }

    @Test func rosenbrockInnerContoursAreSmooth() {
        // Low levels along the valley floor: on the fine grid none of the drawn levels is a chain of specks.
        let grid = Grid.adaptive(x: -1.5...1.5, y: -0.5...2, Fixtures.rosenbrock)
        let cell = (3.0 / 200, 2.5 / 200)
        let levels = [0.05, 0.1, 0.5, 1, 5, 10].filter { level in
            !ContourPlot.isFragmented(
                MarchingSquares.polylines(grid, level: level, x: -1.5...1.5, y: -0.5...2), cell: cell)
        }
        #expect(levels.count >= 4)
        for level in levels {
            let lines = MarchingSquares.polylines(grid, level: level, x: -1.5...1.5, y: -0.5...2)
            #expect(lines.count <= 4, "level \(level) is drawn as \(lines.count) pieces")
        }
    }

    @Test func functionPlotYRangeFollowsTheCurve() {
        let plot = Fixtures.rippledRuns()
        let range = plot.resolvedYRange
        let values = plot.curve.y
        #expect(range.lowerBound < values.min()! && range.upperBound > values.max()!)
        #expect(range.upperBound - range.lowerBound < (values.max()! - values.min()!) * 1.2)
    }

    @Test func functionPlotDrawsArrowsAndMarkers() {
        let svg = Fixtures.rippledRuns().svg(id: "t")
        #expect(svg.components(separatedBy: "class=\"gp-arrow\"").count > 3)
        #expect(svg.components(separatedBy: "class=\"gp-start\"").count - 1 == 3 + 1)  // three runs and the legend
        #expect(svg.contains("class=\"gp-optimum\""))
    }

    @Test func shortStepsGetNoArrow() {
        var w = SVGWriter()
        Marks.arrow(&w, from: Point(x: 0, y: 0), to: Point(x: 3, y: 4))
        #expect(w.output.isEmpty)
        Marks.arrow(&w, from: Point(x: 0, y: 0), to: Point(x: 30, y: 40))
        #expect(w.output.contains("gp-arrow"))
    }

    @Test func lineIsCutAtTheRegion() throws {
        // y = x across the square: from corner to corner.
        let diagonal = try #require(PlotLine(a: 1, b: -1, c: 0, label: "").segment(x: -1...1, y: -1...1))
        #expect(diagonal.0 == PlotPoint(x: -1, y: -1) && diagonal.1 == PlotPoint(x: 1, y: 1))
        // x = 0.5 (vertical) and y = 2 (outside).
        let vertical = try #require(PlotLine(a: 1, b: 0, c: -0.5, label: "").segment(x: -1...1, y: -1...1))
        #expect(vertical.0.x == 0.5 && vertical.1.x == 0.5 && abs(vertical.0.y - vertical.1.y) == 2)
        #expect(PlotLine(a: 0, b: 1, c: -2, label: "").segment(x: -1...1, y: -1...1) == nil)
        #expect(PlotLine(a: 0, b: 0, c: 1, label: "").segment(x: -1...1, y: -1...1) == nil)
    }

    @Test func earlierLinesAreWiderSoEqualLinesStayVisible() {
        let svg = Fixtures.twoClasses().svg(id: "t")
        #expect(svg.contains("style=\"stroke-width:4.5\""))
        #expect(svg.contains("style=\"stroke-width:2\""))
        #expect(svg.components(separatedBy: "class=\"gp-sample gp-group1\"").count > 5)
    }

    // MARK: - Reading the SVG

    static func attribute(_ name: String, in element: Substring) -> Double? {
        guard let start = element.range(of: " \(name)=\"") else { return nil }
        return Double(element[start.upperBound...].prefix { $0 != "\"" })
    }

    static func rect(_ svg: String, className: String, last: Bool = false) -> Rect? {
        let elements = svg.components(separatedBy: "<rect class=\"\(className)\"").dropFirst().map {
            $0.prefix { $0 != ">" }
        }
        guard let element = last ? elements.last : elements.first,
            let x = attribute("x", in: element), let y = attribute("y", in: element),
            let width = attribute("width", in: element), let height = attribute("height", in: element)
        else { return nil }
        return Rect(x: x, y: y, width: width, height: height)
    }

    static func polylines(_ svg: String, className: String) -> [[Point]] {
        svg.components(separatedBy: "<polyline class=\"\(className)\"").dropFirst().map { part in
            let element = part.prefix { $0 != ">" }
            guard let start = element.range(of: "points=\"") else { return [] }
            return element[start.upperBound...].prefix { $0 != "\"" }.split(separator: " ").compactMap { pair in
                let xy = pair.split(separator: ",").compactMap { Double($0) }
                return xy.count == 2 ? Point(x: xy[0], y: xy[1]) : nil
            }
        }
    }
}
