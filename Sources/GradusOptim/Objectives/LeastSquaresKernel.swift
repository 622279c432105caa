import Dispatch

/// How the least-squares sums are split. Data of at least `threshold` rows is cut into `count` blocks of consecutive
/// rows; each block is summed alone and the block sums are added in block order. The split depends on the number of
/// rows only, never on the machine, so J and ∇J are the same to the bit whether the blocks run on one core or many.
/// Smaller data is one block: the plain row-by-row sum.
public enum LeastSquaresBlocks {
    /// The fewest rows that are split (2¹⁷ rows of 8 features are 8 MiB: below that, starting threads costs more
    /// than it saves).
    public static let threshold = 1 << 17
    /// The number of blocks large data is cut into.
    public static let count = 64
    /// The blocks one task sums together, a row of each in turn: the pass then reads memory as eight streams, which
    /// the processor fetches ahead of the loop better than one (measured in `GradusBenchmark`). Each block still has
    /// its own row-by-row sums. `RowKernel.sum(blocks:…)` is written for eight.
    static let streams = 8

    /// The number of blocks for `rows` rows.
    public static func blocks(forRows rows: Int) -> Int { rows >= threshold ? count : 1 }

    /// The rows of block `block` out of `blocks`.
    static func rows(of block: Int, blocks: Int, total: Int) -> Range<Int> {
        (total * block / blocks)..<(total * (block + 1) / blocks)
    }
}

extension LinearRegression {
    /// J(θ) and ∇J(θ); with `concurrently`, the blocks of large data (see `LeastSquaresBlocks`) are summed on all
    /// cores, with the same result as one core. Allocates nothing on the heap: the block sums live on the stack.
    public func valueAndGradient(at theta: [Double], gradient: inout [Double], concurrently: Bool) -> Double {
        let d = dimension
        let sum = gradient.withUnsafeMutableBufferPointer { g in
            sums(at: theta, gradient: g.baseAddress, concurrently: concurrently)
        }
        let scale = Double(features.rows)
        for j in 0..<d { gradient[j] = loss.scaleGradient(gradient[j], samples: scale) }
        return loss.scaleLoss(sum, samples: scale)
    }

    /// J(θ) alone, summed in the same order as `valueAndGradient`.
    func valueOnly(at theta: [Double]) -> Double {
        loss.scaleLoss(sums(at: theta, gradient: nil, concurrently: false), samples: Double(features.rows))
    }

    /// Σᵢ rᵢ² and, when `gradient` is given, Xᵀr written into it (unscaled).
    private func sums(at theta: [Double], gradient: UnsafeMutablePointer<Double>?, concurrently: Bool) -> Double {
        let d = dimension
        let m = features.rows
        let blocks = LeastSquaresBlocks.blocks(forRows: m)
        return features.storage.withUnsafeBufferPointer { x in
            targets.withUnsafeBufferPointer { y in
                theta.withUnsafeBufferPointer { t in
                    let kernel = RowKernel(x: x, y: y, theta: t, width: d)
                    if blocks == 1 { return kernel.sum(rows: 0..<m, gradient: gradient) }
                    return withUnsafeTemporaryAllocation(of: Double.self, capacity: blocks * (d + 1)) { partial in
                        let slots = BlockSlots(base: partial.baseAddress!, stride: d + 1)
                        let streams = LeastSquaresBlocks.streams
                        let wantsGradient = gradient != nil
                        let task = { @Sendable (k: Int) in
                            kernel.sum(
                                blocks: k * streams, of: blocks, rows: m, gradient: wantsGradient, into: slots)
                        }
                        if concurrently {
                            DispatchQueue.concurrentPerform(iterations: blocks / streams, execute: task)
                        } else {
                            for k in 0..<(blocks / streams) { task(k) }
                        }
                        var sum = 0.0
                        if let gradient { for j in 0..<d { gradient[j] = 0 } }
                        for b in 0..<blocks {
                            let slot = slots[b]
                            sum += slot[d]
                            if let gradient { for j in 0..<d { gradient[j] += slot[j] } }
                        }
                        return sum
                    }
                }
            }
        }
    }
}

/// One block's sums in stack memory: the d gradient sums, then Σ r². Each block writes only its own slot.
private struct BlockSlots: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>
    let stride: Int
    subscript(block: Int) -> UnsafeMutablePointer<Double> { base + block * stride }
}

/// The row loop over borrowed buffers: Σ rᵢ² over some rows and, optionally, Σ rᵢ·xᵢ. Rows of exactly eight features
/// are held in `SIMD8<Double>` registers; `SIMD8.sum()` adds the lanes in order and nothing is fused, so both loops
/// give the same bits. The eight blocks of a task are summed at once when rows have eight features, one at a time
/// otherwise; either way each block's sums are its own row-by-row sums.
private struct RowKernel: @unchecked Sendable {
    let x: UnsafeBufferPointer<Double>
    let y: UnsafeBufferPointer<Double>
    let theta: UnsafeBufferPointer<Double>
    let width: Int

    func sum(rows: Range<Int>, gradient: UnsafeMutablePointer<Double>?) -> Double {
        if width == 8 { return sum8(rows: rows, gradient: gradient) }
        let d = width
        if let gradient { for j in 0..<d { gradient[j] = 0 } }
        var sum = 0.0
        for i in rows {
            let rowStart = i * d
            var prediction = 0.0
            for j in 0..<d { prediction += x[rowStart + j] * theta[j] }
            let r = prediction - y[i]
            sum += r * r
            if let gradient { for j in 0..<d { gradient[j] += x[rowStart + j] * r } }
        }
        return sum
    }

    /// The sums of `LeastSquaresBlocks.streams` (eight) consecutive blocks from `first` (of `count` blocks of `rows`
    /// rows), each written into its own slot: the gradient sums when `gradient` (always for rows of eight features,
    /// where they cost next to nothing), then Σ r².
    func sum(blocks first: Int, of count: Int, rows: Int, gradient: Bool, into slots: BlockSlots) {
        let blocks = first..<(first + LeastSquaresBlocks.streams)
        let range = { (b: Int) in LeastSquaresBlocks.rows(of: b, blocks: count, total: rows) }
        guard width == 8, blocks.count == 8 else {
            for b in blocks { slots[b][width] = sum(rows: range(b), gradient: gradient ? slots[b] : nil) }
            return
        }
        let t = theta8
        var s = (
            stream(range(first)), stream(range(first + 1)), stream(range(first + 2)), stream(range(first + 3)),
            stream(range(first + 4)), stream(range(first + 5)), stream(range(first + 6)), stream(range(first + 7))
        )
        // The blocks differ by one row at most: all eight advance together, then each finishes its own rows.
        var together = Int.max
        for b in blocks { together = min(together, range(b).count) }
        for _ in 0..<together {
            s.0.add(t)
            s.1.add(t)
            s.2.add(t)
            s.3.add(t)
            s.4.add(t)
            s.5.add(t)
            s.6.add(t)
            s.7.add(t)
        }
        s.0.finish(t, into: slots[first])
        s.1.finish(t, into: slots[first + 1])
        s.2.finish(t, into: slots[first + 2])
        s.3.finish(t, into: slots[first + 3])
        s.4.finish(t, into: slots[first + 4])
        s.5.finish(t, into: slots[first + 5])
        s.6.finish(t, into: slots[first + 6])
        s.7.finish(t, into: slots[first + 7])
    }

    private var theta8: SIMD8<Double> {
        SIMD8<Double>(theta[0], theta[1], theta[2], theta[3], theta[4], theta[5], theta[6], theta[7])
    }

    private func stream(_ rows: Range<Int>) -> RowStream {
        let base = UnsafeRawPointer(x.baseAddress!)
        return RowStream(
            row: base + rows.lowerBound * 64, end: base + rows.upperBound * 64, target: y.baseAddress! + rows.lowerBound
        )
    }

    private func sum8(rows: Range<Int>, gradient: UnsafeMutablePointer<Double>?) -> Double {
        let t = theta8
        var s = stream(rows)
        while s.row != s.end { s.add(t) }
        if let gradient { for j in 0..<8 { gradient[j] = s.g[j] } }
        return s.sum
    }
}

/// Rows of eight features from one block, in order: Σ rᵢ² and Σ rᵢ·xᵢ so far.
private struct RowStream {
    var row: UnsafeRawPointer
    let end: UnsafeRawPointer
    var target: UnsafePointer<Double>
    var sum = 0.0
    var g = SIMD8<Double>(repeating: 0)

    @inline(__always) mutating func add(_ t: SIMD8<Double>) {
        let x = row.loadUnaligned(as: SIMD8<Double>.self)
        let r = (x * t).sum() - target.pointee
        sum += r * r
        g += x * r
        row += 64
        target += 1
    }

    /// Adds the remaining rows, then writes Σ rᵢ·xᵢ and Σ rᵢ² into `slot`.
    mutating func finish(_ t: SIMD8<Double>, into slot: UnsafeMutablePointer<Double>) {
        while row != end { add(t) }
        for j in 0..<8 { slot[j] = g[j] }
        slot[8] = sum
    }
}
