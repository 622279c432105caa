import Testing

@testable import GradusPlot

@Suite struct ContourTests {
    let bowl = Grid.sample(x: -2...2, y: -2...2, columns: 41, rows: 41) { x, y in x * x + y * y }

    @Test func gridLayoutIsRowMajorFromTheBottom() {
        let g = Grid.sample(x: 0...2, y: 10...11, columns: 3, rows: 2) { x, y in x + 100 * y }
        #expect(g.values == [1000, 1001, 1002, 1100, 1101, 1102])
    }

    @Test func unitCircleOfTheBowl() {
        let segments = MarchingSquares.segments(bowl, level: 1, x: -2...2, y: -2...2)
        #expect(segments.count > 20)
        for (a, b) in segments {
            for p in [a, b] {
                let r = (p.x * p.x + p.y * p.y).squareRoot()
                #expect((r - 1).magnitude < 0.05, "point \(p) at radius \(r)")
            }
        }
    }

    @Test func segmentsJoinIntoOneClosedLoop() {
        let lines = MarchingSquares.polylines(bowl, level: 1, x: -2...2, y: -2...2)
        #expect(lines.count == 1)
        let loop = lines[0]
        #expect(loop.first == loop.last)
        #expect(loop.count == MarchingSquares.segments(bowl, level: 1, x: -2...2, y: -2...2).count + 1)
    }

    @Test func openContoursEndOnTheBoundary() {
        // Level 5 of x² + y² on [-2, 2]²: four arcs cut off by the square's corners.
        let lines = MarchingSquares.polylines(bowl, level: 5, x: -2...2, y: -2...2)
        #expect(lines.count == 4)
        for line in lines {
            #expect(line.first != line.last)
            for p in [line.first!, line.last!] {
                #expect(abs(p.x) == 2 || abs(p.y) == 2)
            }
        }
    }

    @Test func saddleIsResolvedByTheCentreValue() {
        // Corners bottom-left and top-right high (case 5).
        let high = Grid(columns: 2, rows: 2, values: [1, 0, 0, 1])
        let low = MarchingSquares.edgeSegments(high, level: 0.4)  // centre 0.5 > 0.4: high corners joined
        #expect(low.count == 2)
        let lowPairs = Set(low.map { [$0.0, $0.1].sorted() })
        // bottom = 0, left = 1, right = 3, top = 4: segments cut off the low corners (bottom-right, top-left).
        #expect(lowPairs == Set([[0, 3], [1, 4]]))
        let separated = Set(MarchingSquares.edgeSegments(high, level: 0.6).map { [$0.0, $0.1].sorted() })
        #expect(separated == Set([[0, 1], [3, 4]]))
        // The mirrored saddle (case 10) follows the same rule.
        let other = Grid(columns: 2, rows: 2, values: [0, 1, 1, 0])
        #expect(
            Set(MarchingSquares.edgeSegments(other, level: 0.4).map { [$0.0, $0.1].sorted() })
                == Set([[0, 1], [3, 4]]))
        #expect(
            Set(MarchingSquares.edgeSegments(other, level: 0.6).map { [$0.0, $0.1].sorted() })
                == Set([[0, 3], [1, 4]]))
    }

    @Test func nonFiniteCellsAreSkipped() {
        var g = bowl
        g.values[20 * 41 + 30] = .nan
        let segments = MarchingSquares.segments(g, level: 1, x: -2...2, y: -2...2)
        #expect(segments.allSatisfy { $0.0.x.isFinite && $0.1.y.isFinite })
        #expect(MarchingSquares.edgeSegments(Grid(columns: 3, rows: 2, values: [1, 2]), level: 1).isEmpty)
    }

    @Test func automaticLevelsAreLinearForABowl() {
        let levels = ContourPlot(title: "", xRange: -2...2, yRange: -2...2, values: bowl).resolvedLevels
        #expect(levels.count >= 8 && levels.count <= 15)
        let steps = zip(levels.dropFirst(), levels).map { $0 - $1 }
        #expect(steps.allSatisfy { ($0 - steps[0]).magnitude < 1e-9 })
        #expect(levels.allSatisfy { $0 > 0 && $0 < 8 })
    }

    @Test func automaticLevelsAreGeometricForRosenbrock() {
        let grid = Grid.sample(x: -2...2, y: -1...3, columns: 81, rows: 81, Fixtures.rosenbrock)
        let levels = ContourPlot(title: "", xRange: -2...2, yRange: -1...3, values: grid).resolvedLevels
        #expect(levels.count >= 8 && levels.count <= 15)
        #expect(levels.last! / levels.first! > 100)
        let ratios = zip(levels.dropFirst(), levels).map { $0 / $1 }
        #expect(ratios.allSatisfy { $0 > 1.3 && $0 < 3.5 })
    }

    @Test func explicitLevelsAreCleaned() {
        let plot = ContourPlot(title: "", xRange: 0...1, yRange: 0...1, values: bowl, levels: [3, .nan, 1, 3, 2])
        #expect(plot.resolvedLevels == [1, 2, 3])
    }
}
