// Times the least-squares hot path J(θ), ∇J(θ) on m × 8 Double data against a plain read of the same bytes, in
// interleaved rounds; see README "Performance".
// Usage: GradusBenchmark [--rounds N] [rows…]   (default: 7 rounds of 1000000 and 10000000 rows);
// GradusBenchmark formula  (the formula comparison only);
// GradusBenchmark recording [iterations]  (a recorded Rosenbrock run; scripts/bench-recording sets it beside C)
import Dispatch
import GradusOptim

#if canImport(Glibc)
    import Glibc  // links libm for the optimizer's square roots when built without Foundation
#endif

/// Seconds taken by the fastest of `repeats` calls of `body` (its results are kept so that none is optimised away).
func fastest(_ repeats: Int, _ body: () -> Double) -> Double {
    let clock = ContinuousClock()
    var best = Double.infinity
    var sink = 0.0
    for _ in 0..<repeats {
        let elapsed = clock.measure { sink += body() }
        best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    precondition(sink.isFinite, "the timed sums overflowed")
    return best
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1
        ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
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
var arguments = Array(CommandLine.arguments.dropFirst())
var rounds = 7
if let flag = arguments.firstIndex(of: "--rounds"), flag + 1 < arguments.count, let n = Int(arguments[flag + 1]), n > 0
{
    rounds = n
    arguments.removeSubrange(flag...(flag + 1))
}
let sizes = arguments.isEmpty ? [1_000_000, 10_000_000] : arguments.compactMap { Int($0) }
let d = 8
let streamCounts = [1, 2, 4, 8]
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
    let repeats = m >= 10_000_000 ? 2 : 10
    print(
        "m = \(m), d = \(d): one pass reads \(String(bytes / 1e6, digits: 1)) MB in \(blocks) block(s); "
            + "\(rounds) interleaved rounds, each timing the best of \(repeats) passes")
    // Per round and per core count: the kernel's seconds, then a plain SIMD8 read of the same bytes (X, then y) as
    // 1, 2, 4 and 8 streams.
    var kernel = [[Double]](repeating: [], count: 2)
    var read = [[[Double]]](repeating: [[Double]](repeating: [], count: streamCounts.count), count: 2)
    storage.withUnsafeBufferPointer { x in
        targets.withUnsafeBufferPointer { y in
            let memory = [ReadOnlyMemory(x), ReadOnlyMemory(y)]
            for _ in 0..<rounds {
                for (c, concurrently) in [false, true].enumerated() {
                    kernel[c].append(
                        fastest(repeats) {
                            concurrently
                                ? model.valueAndGradient(at: theta, gradient: &concurrentGradient, concurrently: true)
                                : model.valueAndGradient(at: theta, gradient: &serialGradient, concurrently: false)
                        })
                    for (k, streams) in streamCounts.enumerated() {
                        read[c][k].append(
                            fastest(repeats) {
                                memory.reduce(0) { $0 + $1.sum(streams: streams, concurrently: concurrently) }
                            })
                    }
                }
            }
        }
    }
    for (c, label) in ["one core ", "all cores"].enumerated() {
        let gbps = { (seconds: Double) in String(bytes / seconds / 1e9, digits: 1) }
        let reads = streamCounts.indices.map { median(read[c][$0]) }
        // Per round: the fastest read's time (of any stream count) over the kernel's, the kernel's share of the bandwidth.
        let ratios = (0..<rounds).map { r in streamCounts.indices.map { read[c][$0][r] }.min()! / kernel[c][r] }
        let single = (0..<rounds).map { r in read[c][0][r] / kernel[c][r] }
        print(
            "  \(label): kernel \(String(median(kernel[c]) * 1e3, digits: 2)) ms (\(gbps(median(kernel[c]))) GB/s); "
                + "read as 1/2/4/8 streams \(reads.map(gbps).joined(separator: " / ")) GB/s")
        let percent = { (ratio: Double) in "\(Int((ratio * 100).rounded()))%" }
        print(
            "    kernel ÷ fastest read, per round: median \(percent(median(ratios))) "
                + "(\(percent(ratios.min()!))–\(percent(ratios.max()!))); ÷ one-stream read: \(percent(median(single)))"
        )
    }
    print("  one core and all cores give the same bits: \(serialGradient == concurrentGradient)")
}

/// Doubles to sum with SIMD8 loads, as one or more streams.
struct ReadOnlyMemory: @unchecked Sendable {
    let base: UnsafeRawPointer
    let count: Int

    init(_ values: UnsafeBufferPointer<Double>) {
        base = UnsafeRawPointer(values.baseAddress!)
        count = values.count
    }

    /// Σ of every value: with `concurrently`, eight parts on all cores; each part read as `streams` streams.
    func sum(streams: Int, concurrently: Bool) -> Double {
        let parts = 8
        let part = { @Sendable (p: Int) in sum((count * p / parts)..<(count * (p + 1) / parts), streams: streams) }
        guard concurrently else { return (0..<parts).reduce(0) { $0 + part($1) } }
        let sums = UnsafeMutableBufferPointer<Double>.allocate(capacity: parts)
        defer { sums.deallocate() }
        let slots = UnsafeSlots(base: sums.baseAddress!)
        DispatchQueue.concurrentPerform(iterations: parts) { p in slots.base[p] = part(p) }
        return sums.reduce(0, +)
    }

    /// Σ over `range`, cut into `streams` equal runs that are read side by side, two SIMD8 vectors of each in turn
    /// (into two accumulators); the leftover values one by one.
    func sum(_ range: Range<Int>, streams: Int) -> Double {
        let run = range.count / streams / 16 * 16
        var a = SIMD8<Double>(repeating: 0)
        var b = SIMD8<Double>(repeating: 0)
        var i = range.lowerBound
        while i < range.lowerBound + run {
            for s in 0..<streams {
                a += base.loadUnaligned(fromByteOffset: (i + s * run) * 8, as: SIMD8<Double>.self)
                b += base.loadUnaligned(fromByteOffset: (i + s * run + 8) * 8, as: SIMD8<Double>.self)
            }
            i += 16
        }
        var rest = (a + b).sum()
        for j in (range.lowerBound + run * streams)..<range.upperBound {
            rest += base.load(fromByteOffset: j * 8, as: Double.self)
        }
        return rest
    }
}

/// Eight sums written by eight tasks, each into its own slot.
struct UnsafeSlots: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>
}

formulaBenchmark()
