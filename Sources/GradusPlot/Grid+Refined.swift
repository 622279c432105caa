extension Grid {
    /// A grid for contour lines and the levels chosen for it.
    public struct Contoured: Sendable {
        public var grid: Grid
        /// What `levels` chose from the sampled values (nil: the plot's automatic levels).
        public var levels: [Double]?
    }

    /// `adaptive`'s grid, with `f` evaluated at fewer of the fine grid's points: on every `stride`-th row and column,
    /// then in full in the blocks between them that a chosen level may cross and around each block's-corner
    /// minimum; the other points are interpolated from their block's corners, which puts no level through them. The
    /// levels are chosen (by `levels`, from the values evaluated) before the blocks are: when it chooses none, the
    /// whole fine grid is sampled.
    ///
    /// A level may cross a block when it lies between the lowest and highest of the block's corners widened by how much
    /// the values bend (see `refine`), so a line bending into a block between its corners is still computed from the
    /// function's values.
    public static func contoured(
        x: ClosedRange<Double>, y: ClosedRange<Double>, coarse: Int = 81, fine: Int = 201, stride: Int = 4,
        levels choose: ([Double]) -> [Double]?, _ f: (Double, Double) -> Double
    ) -> Contoured {
        let grid = sample(x: x, y: y, columns: coarse, rows: coarse, f)
        guard ContourLevels.isSteep(grid.values) else { return Contoured(grid: grid, levels: choose(grid.values)) }
        guard stride > 1, fine > stride, (fine - 1) % stride == 0 else {
            let full = sample(x: x, y: y, columns: fine, rows: fine, f)
            return Contoured(grid: full, levels: choose(full.values))
        }
        var refined = Refinement(x: x, y: y, size: fine, stride: stride, f)
        refined.refineAroundMinima(f)
        // The levels hang on the lowest value: blocks that may hold values below the lowest level are evaluated too,
        // until the values evaluated choose the levels they were chosen from (or the whole grid is evaluated).
        for _ in 0..<4 {
            guard let levels = choose(refined.knownValues) else { break }
            refined.refine(crossedBy: levels, f)
            if choose(refined.knownValues) == levels { return Contoured(grid: refined.filled, levels: levels) }
        }
        let full = sample(x: x, y: y, columns: fine, rows: fine, f)
        return Contoured(grid: full, levels: choose(full.values))
    }
}

/// A fine grid evaluated block by block (see `Grid.contoured`).
struct Refinement {
    let x: ClosedRange<Double>
    let y: ClosedRange<Double>
    /// Points along each side.
    let size: Int
    /// Fine cells along each side of a block.
    let stride: Int
    /// Blocks along each side.
    let blocks: Int
    var values: [Double]
    var known: [Bool]

    /// Evaluates `f` at the blocks' corners.
    init(x: ClosedRange<Double>, y: ClosedRange<Double>, size: Int, stride: Int, _ f: (Double, Double) -> Double) {
        self.x = x
        self.y = y
        self.size = size
        self.stride = stride
        blocks = (size - 1) / stride
        values = [Double](repeating: .nan, count: size * size)
        known = [Bool](repeating: false, count: size * size)
        for j in Swift.stride(from: 0, to: size, by: stride) {
            for i in Swift.stride(from: 0, to: size, by: stride) { evaluate(i, j, f) }
        }
    }

    /// The values evaluated so far.
    var knownValues: [Double] { zip(values, known).compactMap { $1 ? $0 : nil } }

    mutating func evaluate(_ i: Int, _ j: Int, _ f: (Double, Double) -> Double) {
        let index = j * size + i
        guard !known[index] else { return }
        values[index] = f(Grid.coordinate(i, of: size, in: x), Grid.coordinate(j, of: size, in: y))
        known[index] = true
    }

    /// Evaluates every point of block (`bi`, `bj`), its edges included.
    mutating func evaluateBlock(_ bi: Int, _ bj: Int, _ f: (Double, Double) -> Double) {
        guard bi >= 0, bj >= 0, bi < blocks, bj < blocks else { return }
        for j in (bj * stride)...((bj + 1) * stride) {
            for i in (bi * stride)...((bi + 1) * stride) { evaluate(i, j, f) }
        }
    }

    /// The value at corner (`p`, `q`) of the blocks.
    func corner(_ p: Int, _ q: Int) -> Double { values[q * stride * size + p * stride] }

    /// Evaluates the four blocks around each corner no lower than its neighbours: the lowest values (and the lowest
    /// level's small loops) lie near them.
    mutating func refineAroundMinima(_ f: (Double, Double) -> Double) {
        for q in 0...blocks {
            for p in 0...blocks {
                let v = corner(p, q)
                guard v.isFinite else { continue }
                var lowest = true
                for dq in -1...1 {
                    for dp in -1...1 where (dp, dq) != (0, 0) {
                        let (a, b) = (p + dp, q + dq)
                        if a >= 0, b >= 0, a <= blocks, b <= blocks, corner(a, b) < v { lowest = false }
                    }
                }
                guard lowest else { continue }
                for (bi, bj) in [(p - 1, q - 1), (p, q - 1), (p - 1, q), (p, q)] { evaluateBlock(bi, bj, f) }
            }
        }
    }

    /// Evaluates the blocks a level may cross: those with a level between the lowest and highest corner widened by
    /// the largest second difference of the corners' values along the rows and columns (eight times how far a parabola
    /// bends away from its chord over a block), or a corner below the lowest level (where the lowest values are) or
    /// not a finite number.
    mutating func refine(crossedBy levels: [Double], _ f: (Double, Double) -> Double) {
        let sorted = levels.filter(\.isFinite).sorted()
        for bj in 0..<blocks {
            for bi in 0..<blocks {
                var low = Double.infinity
                var high = -Double.infinity
                var bend = 0.0
                var finite = true
                for q in bj...(bj + 1) {
                    for p in bi...(bi + 1) {
                        let v = corner(p, q)
                        finite = finite && v.isFinite
                        low = Swift.min(low, v)
                        high = Swift.max(high, v)
                        if p > 0 && p < blocks {
                            bend = Swift.max(bend, (corner(p - 1, q) - 2 * v + corner(p + 1, q)).magnitude)
                        }
                        if q > 0 && q < blocks {
                            bend = Swift.max(bend, (corner(p, q - 1) - 2 * v + corner(p, q + 1)).magnitude)
                        }
                    }
                }
                low -= bend
                high += bend
                if !finite || !bend.isFinite || low <= sorted.first ?? -.infinity
                    || sorted.contains(where: { $0 >= low && $0 <= high })
                {
                    evaluateBlock(bi, bj, f)
                }
            }
        }
    }

    /// The grid, each point not evaluated interpolated (bilinearly) from the corners of its block.
    var filled: Grid {
        var out = values
        for j in 0..<size {
            let bj = Swift.min(j / stride, blocks - 1)
            let t = Double(j - bj * stride) / Double(stride)
            for i in 0..<size where !known[j * size + i] {
                let bi = Swift.min(i / stride, blocks - 1)
                let s = Double(i - bi * stride) / Double(stride)
                let bottom = corner(bi, bj) * (1 - s) + corner(bi + 1, bj) * s
                let top = corner(bi, bj + 1) * (1 - s) + corner(bi + 1, bj + 1) * s
                out[j * size + i] = bottom * (1 - t) + top * t
            }
        }
        return Grid(columns: size, rows: size, values: out)
    }
}
