// Times the least-squares hot path J(θ), ∇J(θ) on m × 8 Double data; see README "Performance".
// Usage: GradusBenchmark [rows…]   (default: 1000000 10000000); GradusBenchmark formula  (the formula comparison only);
// GradusBenchmark recording [iterations]  (a recorded Rosenbrock run; scripts/bench-recording sets it beside C)
import Dispatch
import GradusOptim
import Synchronization

#if canImport(Glibc)
    import Glibc  // links libm for the optimizer's square roots when built without Foundation
#endif

func measure(_ label: String, bytes: Double, repeats: Int, _ body: () -> Double) -> Double {
    var sink = body()  // warm-up
    let clock = ContinuousClock()
    var best = Double.infinity
    for _ in 0..<repeats {
        let elapsed = clock.measure { sink += body() }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        best = min(best, seconds)
    }
    let ms = best * 1e3
    let gbps = bytes / best / 1e9
    print(
        "  \(label): \(String(ms, digits: 2)) ms/iteration, \(String(gbps, digits: 2)) GB/s  (best of \(repeats); checksum \(sink.isFinite ? "ok" : "nan"))"
    )
    return best
}

extension String {
    init(_ value: Double, digits: Int) {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        self = "\(rounded)"
    }
}

if CommandLine.arguments.dropFirst().first == "recording" {
    recordingBenchmark(iterations: CommandLine.arguments.dropFirst(2).first.flatMap { Int($0) } ?? 1_000_000)
    exit(0)
}
if CommandLine.arguments.dropFirst().first == "formula" {
    formulaBenchmark()
    exit(0)
}
let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let sizes = arguments.isEmpty ? [1_000_000, 10_000_000] : arguments
let d = 8
for m in sizes {
    var generator = SplitMix64(seed: UInt64(m))
    var storage = [Double](repeating: 0, count: m * d)
    var targets = [Double](repeating: 0, count: m)
    for i in 0..<(m * d) { storage[i] = Double(generator.next() >> 11) * 0x1p-53 - 0.5 }
    for i in 0..<m { targets[i] = Double(generator.next() >> 11) * 0x1p-53 }
    let model = LinearRegression(features: Matrix(rows: m, columns: d, storage: storage), targets: targets)
    let theta = (0..<d).map { Double($0) / 8 - 0.4 }
    var serialGradient = [Double](repeating: 0, count: d)
    var concurrentGradient = serialGradient
    let bytes = Double(m * (d + 1) * 8)
    let blocks = LeastSquaresBlocks.blocks(forRows: m)
    print("m = \(m), d = \(d): one pass reads \(String(bytes / 1e6, digits: 1)) MB in \(blocks) block(s)")
    let repeats = m >= 10_000_000 ? 5 : 20
    _ = measure("one core   valueAndGradient", bytes: bytes, repeats: repeats) {
        model.valueAndGradient(at: theta, gradient: &serialGradient, concurrently: false)
    }
    _ = measure("all cores  valueAndGradient", bytes: bytes, repeats: repeats) {
        model.valueAndGradient(at: theta, gradient: &concurrentGradient, concurrently: true)
    }
    print("  one core and all cores give the same bits: \(serialGradient == concurrentGradient)")
}

// The machine's read bandwidth, for scale: summing a 720 MB array with SIMD8 loads, on one core and on all cores.
do {
    let n = 90_000_000
    var values = [Double](repeating: 1, count: n)
    for i in stride(from: 0, to: n, by: 4096) { values[i] = Double(i & 7) }
    print("read bandwidth (sum of \(n / 1_000_000)M doubles):")
    values.withUnsafeBufferPointer { p in
        let memory = ReadOnlyMemory(base: UnsafeRawPointer(p.baseAddress!))
        _ = measure("SIMD8 sum, one core ", bytes: Double(n * 8), repeats: 5) { memory.sum(0..<n) }
        _ = measure("SIMD8 sum, all cores", bytes: Double(n * 8), repeats: 5) {
            let parts = 8
            let sums = Mutex([Double](repeating: 0, count: parts))
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let value = memory.sum((n * part / parts)..<(n * (part + 1) / parts))
                sums.withLock { $0[part] = value }
            }
            return sums.withLock { $0.reduce(0, +) }
        }
    }
}

/// Doubles to sum with two SIMD8 accumulators.
struct ReadOnlyMemory: @unchecked Sendable {
    let base: UnsafeRawPointer

    func sum(_ range: Range<Int>) -> Double {
        var a = SIMD8<Double>(repeating: 0)
        var b = SIMD8<Double>(repeating: 0)
        var i = range.lowerBound
        while i + 16 <= range.upperBound {
            a += base.loadUnaligned(fromByteOffset: i * 8, as: SIMD8<Double>.self)
            b += base.loadUnaligned(fromByteOffset: (i + 8) * 8, as: SIMD8<Double>.self)
            i += 16
        }
        var rest = (a + b).sum()
        while i < range.upperBound {
            rest += base.load(fromByteOffset: i * 8, as: Double.self)
            i += 1
        }
        return rest
    }
}

formulaBenchmark()
