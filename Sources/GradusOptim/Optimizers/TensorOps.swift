/// The element-wise arithmetic of the ATen CPU kernels that torch.optim calls, written out
/// operation by operation (never fused) so the rounding is the same as torch's scalar path.
enum TensorOps {
    /// `self.lerp_(end, weight)`: `self + w·(end − self)` when |w| < 0.5, else `end − (end − self)·(1 − w)`.
    @inline(__always)
    static func lerp(_ start: Double, _ end: Double, weight: Double) -> Double {
        abs(weight) < 0.5 ? start + weight * (end - start) : end - (end - start) * (1 - weight)
    }

    /// `self.addcdiv_(t1, t2, value=v)`: `self + v·t1 / t2`, evaluated as `self + ((v·t1) / t2)`.
    @inline(__always)
    static func addcdiv(_ start: Double, _ t1: Double, _ t2: Double, value: Double) -> Double {
        start + value * t1 / t2
    }

    /// `self.addcmul_(t1, t2, value=v)`: `self + v·t1·t2`, evaluated as `self + ((v·t1)·t2)`.
    @inline(__always)
    static func addcmul(_ start: Double, _ t1: Double, _ t2: Double, value: Double) -> Double {
        start + value * t1 * t2
    }

    /// `self.add_(other, alpha=a)`: `self + a·other`.
    @inline(__always)
    static func add(_ start: Double, _ other: Double, alpha: Double) -> Double {
        start + alpha * other
    }
}
