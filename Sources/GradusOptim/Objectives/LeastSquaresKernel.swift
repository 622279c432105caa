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
    public static let count = 8

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
                        let wantsGradient = gradient != nil
                        let block = { @Sendable (b: Int) in
                            slots[b][d] = kernel.sum(
                                rows: LeastSquaresBlocks.rows(of: b, blocks: blocks, total: m),
                                gradient: wantsGradient ? slots[b] : nil)
                        }
                        if concurrently {
                            DispatchQueue.concurrentPerform(iterations: blocks, execute: block)
                        } else {
                            for b in 0..<blocks { block(b) }
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
/// give the same bits.
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

    private func sum8(rows: Range<Int>, gradient: UnsafeMutablePointer<Double>?) -> Double {
        let t = SIMD8<Double>(theta[0], theta[1], theta[2], theta[3], theta[4], theta[5], theta[6], theta[7])
        let base = UnsafeRawPointer(x.baseAddress!)
        var sum = 0.0
        var g = SIMD8<Double>(repeating: 0)
        if gradient == nil {
            for i in rows {
                let r = (base.loadUnaligned(fromByteOffset: i * 64, as: SIMD8<Double>.self) * t).sum() - y[i]
                sum += r * r
            }
            return sum
        }
        for i in rows {
            let row = base.loadUnaligned(fromByteOffset: i * 64, as: SIMD8<Double>.self)
            let r = (row * t).sum() - y[i]
            sum += r * r
            g += row * r
        }
        for j in 0..<8 { gradient![j] = g[j] }
        return sum
    }
}
