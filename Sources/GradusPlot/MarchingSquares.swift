/// Contour lines of a sampled function by marching squares, joined into polylines.
///
/// Corners strictly above the level count as "inside". In the two ambiguous saddle cells the
/// average of the four corners decides: if it is above the level the two high corners are joined
/// through the cell, otherwise the two low corners are. Cells touching a non-finite value are skipped.
enum MarchingSquares {
    /// Edge identifiers: 2·(r·columns + c) for the horizontal edge from (c, r) to (c+1, r),
    /// 2·(r·columns + c) + 1 for the vertical edge from (c, r) to (c, r+1).
    typealias Edge = Int

    /// The crossing segments of one level, each as a pair of grid edges.
    static func edgeSegments(_ grid: Grid, level: Double) -> [(Edge, Edge)] {
        guard grid.isValid, level.isFinite else { return [] }
        let n = grid.columns
        var out: [(Edge, Edge)] = []
        for r in 0..<(grid.rows - 1) {
            for c in 0..<(n - 1) {
                let v0 = grid[c, r]
                let v1 = grid[c + 1, r]
                let v2 = grid[c + 1, r + 1]
                let v3 = grid[c, r + 1]
                guard v0.isFinite, v1.isFinite, v2.isFinite, v3.isFinite else { continue }
                let index = (v0 > level ? 1 : 0) | (v1 > level ? 2 : 0) | (v2 > level ? 4 : 0) | (v3 > level ? 8 : 0)
                let bottom = 2 * (r * n + c)
                let top = 2 * ((r + 1) * n + c)
                let left = 2 * (r * n + c) + 1
                let right = 2 * (r * n + c + 1) + 1
                let centreHigh = (v0 + v1 + v2 + v3) / 4 > level
                switch index {
                case 1, 14: out.append((left, bottom))
                case 2, 13: out.append((bottom, right))
                case 3, 12: out.append((left, right))
                case 4, 11: out.append((right, top))
                case 6, 9: out.append((bottom, top))
                case 7, 8: out.append((left, top))
                case 5:  // v0, v2 high
                    if centreHigh {
                        out.append((bottom, right))
                        out.append((top, left))
                    } else {
                        out.append((left, bottom))
                        out.append((right, top))
                    }
                case 10:  // v1, v3 high
                    if centreHigh {
                        out.append((left, bottom))
                        out.append((right, top))
                    } else {
                        out.append((bottom, right))
                        out.append((top, left))
                    }
                default: break
                }
            }
        }
        return out
    }

    /// Where the level crosses `edge`, in data coordinates (linear interpolation between its ends).
    static func point(on edge: Edge, _ grid: Grid, level: Double, x: ClosedRange<Double>, y: ClosedRange<Double>)
        -> Point
    {
        let cell = edge / 2
        let c = cell % grid.columns
        let r = cell / grid.columns
        let (c2, r2) = edge % 2 == 0 ? (c + 1, r) : (c, r + 1)
        let a = grid[c, r]
        let b = grid[c2, r2]
        let t = b == a ? 0.5 : Swift.min(Swift.max((level - a) / (b - a), 0), 1)
        let x0 = Grid.coordinate(c, of: grid.columns, in: x)
        let x1 = Grid.coordinate(c2, of: grid.columns, in: x)
        let y0 = Grid.coordinate(r, of: grid.rows, in: y)
        let y1 = Grid.coordinate(r2, of: grid.rows, in: y)
        return Point(x: x0 + t * (x1 - x0), y: y0 + t * (y1 - y0))
    }

    /// Unjoined segments in data coordinates.
    static func segments(_ grid: Grid, level: Double, x: ClosedRange<Double>, y: ClosedRange<Double>) -> [(
        Point, Point
    )] {
        edgeSegments(grid, level: level).map {
            (point(on: $0.0, grid, level: level, x: x, y: y), point(on: $0.1, grid, level: level, x: x, y: y))
        }
    }

    /// Segments joined at shared edges into polylines (closed loops repeat their first point at the end).
    /// Open chains come first, then loops, each in a deterministic order.
    static func polylines(_ grid: Grid, level: Double, x: ClosedRange<Double>, y: ClosedRange<Double>) -> [[Point]] {
        let segments = edgeSegments(grid, level: level)
        var byEdge: [Edge: [Int]] = [:]  // only looked up, never iterated, so order stays deterministic
        for (i, s) in segments.enumerated() {
            byEdge[s.0, default: []].append(i)
            byEdge[s.1, default: []].append(i)
        }
        var used = [Bool](repeating: false, count: segments.count)
        var chains: [[Edge]] = []

        func extend(_ chain: inout [Edge]) {
            while let end = chain.last, let next = byEdge[end]?.first(where: { !used[$0] }) {
                used[next] = true
                let s = segments[next]
                chain.append(s.0 == end ? s.1 : s.0)
            }
        }
        // Open chains start at an edge used by exactly one segment (the grid boundary or a skipped cell).
        for (i, s) in segments.enumerated() where !used[i] {
            for start in [s.0, s.1] where !used[i] && byEdge[start]?.count == 1 {
                used[i] = true
                var chain = [start, start == s.0 ? s.1 : s.0]
                extend(&chain)
                chains.append(chain)
            }
        }
        for (i, s) in segments.enumerated() where !used[i] {
            used[i] = true
            var chain = [s.0, s.1]
            extend(&chain)
            chains.append(chain)
        }
        return chains.map { $0.map { point(on: $0, grid, level: level, x: x, y: y) } }
    }
}
