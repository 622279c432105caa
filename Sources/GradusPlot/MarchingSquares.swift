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
        edgeSegments(grid, levels: [level])[0]
    }

    /// The crossing segments of each level (in the order given), found in one pass over the cells: a cell is crossed
    /// by the levels from its lowest corner (included) to its highest (excluded), and most cells by none.
    static func edgeSegments(_ grid: Grid, levels: [Double]) -> [[(Edge, Edge)]] {
        var out = [[(Edge, Edge)]](repeating: [], count: levels.count)
        // The finite levels, lowest first, with where each goes in `out`.
        let order = levels.indices.filter { levels[$0].isFinite }.sorted { levels[$0] < levels[$1] }
        guard grid.isValid, !order.isEmpty else { return out }
        let sorted = order.map { levels[$0] }
        let n = grid.columns
        grid.values.withUnsafeBufferPointer { values in
            for r in 0..<(grid.rows - 1) {
                for c in 0..<(n - 1) {
                    let v0 = values[r * n + c]
                    let v1 = values[r * n + c + 1]
                    let v2 = values[(r + 1) * n + c + 1]
                    let v3 = values[(r + 1) * n + c]
                    guard v0.isFinite, v1.isFinite, v2.isFinite, v3.isFinite else { continue }
                    let low = Swift.min(Swift.min(v0, v1), Swift.min(v2, v3))
                    let high = Swift.max(Swift.max(v0, v1), Swift.max(v2, v3))
                    guard low <= sorted[sorted.count - 1], high > sorted[0] else { continue }
                    var k = 0
                    while k < sorted.count && sorted[k] < low { k += 1 }
                    while k < sorted.count && sorted[k] < high {
                        cell(v0, v1, v2, v3, c: c, r: r, n: n, level: sorted[k], into: &out[order[k]])
                        k += 1
                    }
                }
            }
        }
        return out
    }

    /// The segments of one cell whose corners lie on both sides of `level`.
    private static func cell(
        _ v0: Double, _ v1: Double, _ v2: Double, _ v3: Double, c: Int, r: Int, n: Int, level: Double,
        into out: inout [(Edge, Edge)]
    ) {
        let index = (v0 > level ? 1 : 0) | (v1 > level ? 2 : 0) | (v2 > level ? 4 : 0) | (v3 > level ? 8 : 0)
        let bottom = 2 * (r * n + c)
        let top = 2 * ((r + 1) * n + c)
        let left = 2 * (r * n + c) + 1
        let right = 2 * (r * n + c + 1) + 1
        switch index {
        case 1, 14: out.append((left, bottom))
        case 2, 13: out.append((bottom, right))
        case 3, 12: out.append((left, right))
        case 4, 11: out.append((right, top))
        case 6, 9: out.append((bottom, top))
        case 7, 8: out.append((left, top))
        case 5:  // v0, v2 high
            if (v0 + v1 + v2 + v3) / 4 > level {
                out.append((bottom, right))
                out.append((top, left))
            } else {
                out.append((left, bottom))
                out.append((right, top))
            }
        case 10:  // v1, v3 high
            if (v0 + v1 + v2 + v3) / 4 > level {
                out.append((left, bottom))
                out.append((right, top))
            } else {
                out.append((bottom, right))
                out.append((top, left))
            }
        default: break
        }
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
        polylines(grid, levels: [level], x: x, y: y)[0]
    }

    /// The polylines of each level (in the order given).
    static func polylines(_ grid: Grid, levels: [Double], x: ClosedRange<Double>, y: ClosedRange<Double>)
        -> [[[Point]]]
    {
        let all = edgeSegments(grid, levels: levels)
        guard grid.isValid else { return all.map { _ in [] } }
        // The (at most two) segments at each edge, -1 for none; reset after each level where it was set.
        var first = [Int32](repeating: -1, count: 2 * grid.columns * grid.rows)
        var second = first
        return zip(all, levels).map { segments, level in
            let chains = join(segments, first: &first, second: &second)
            return chains.map { $0.map { point(on: $0, grid, level: level, x: x, y: y) } }
        }
    }

    /// Chains of edges: a segment ends on an edge that the next one starts from. An edge is crossed once, so at most
    /// two segments (of the cells on either side) meet there.
    private static func join(_ segments: [(Edge, Edge)], first: inout [Int32], second: inout [Int32]) -> [[Edge]] {
        for (i, s) in segments.enumerated() {
            for edge in [s.0, s.1] {
                if first[edge] < 0 { first[edge] = Int32(i) } else { second[edge] = Int32(i) }
            }
        }
        defer {
            for s in segments {
                (first[s.0], second[s.0], first[s.1], second[s.1]) = (-1, -1, -1, -1)
            }
        }
        var used = [Bool](repeating: false, count: segments.count)
        var chains: [[Edge]] = []
        func unused(at edge: Edge) -> Int? {
            let a = Int(first[edge])
            if a >= 0 && !used[a] { return a }
            let b = Int(second[edge])
            return b >= 0 && !used[b] ? b : nil
        }
        func extend(_ chain: inout [Edge]) {
            while let end = chain.last, let next = unused(at: end) {
                used[next] = true
                let s = segments[next]
                chain.append(s.0 == end ? s.1 : s.0)
            }
        }
        // Open chains start at an edge used by exactly one segment (the grid boundary or a skipped cell).
        for (i, s) in segments.enumerated() where !used[i] {
            for start in [s.0, s.1] where !used[i] && second[start] < 0 {
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
        return chains
    }
}
