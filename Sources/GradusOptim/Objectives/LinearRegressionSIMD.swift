extension LinearRegression {
    /// The same one-pass J and ∇J as `valueAndGradient(at:gradient:)`, with rows of exactly eight
    /// features held in `SIMD8<Double>` registers (no fused multiply-add, no allocation); other widths use
    /// the scalar path. `SIMD8.sum()` is an ordered reduction (no reassociation), so each row's dot
    /// product, and hence J and ∇J, equal the scalar path's bit for bit (checked by the tests).
    public func valueAndGradientSIMD8(at theta: [Double], gradient: inout [Double]) -> Double {
        guard features.columns == 8, theta.count == 8, gradient.count == 8 else {
            return valueAndGradient(at: theta, gradient: &gradient)
        }
        let m = features.rows
        var sum = 0.0
        var g = SIMD8<Double>(repeating: 0)
        let t = SIMD8<Double>(theta[0], theta[1], theta[2], theta[3], theta[4], theta[5], theta[6], theta[7])
        features.storage.withUnsafeBufferPointer { x in
            targets.withUnsafeBufferPointer { y in
                let base = UnsafeRawPointer(x.baseAddress!)
                for i in 0..<m {
                    let row = base.loadUnaligned(fromByteOffset: i * 64, as: SIMD8<Double>.self)
                    let r = (row * t).sum() - y[i]
                    sum += r * r
                    g += row * r
                }
            }
        }
        let scale = Double(m)
        for j in 0..<8 { gradient[j] = g[j] / scale }
        return sum / (2 * scale)
    }
}
