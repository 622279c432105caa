/// The mini-batch an update used.
public struct MiniBatch: Sendable, Equatable {
    /// The epoch (from 0): one pass over a fresh permutation of all samples.
    public let epoch: Int
    /// The sample indices, in the order their terms were summed: all of them when the batch has at most
    /// `MiniBatch.keptRows`, else the first `keptRows` (a trace keeps a batch per iteration; its memory stays bounded).
    public let rows: [Int]
    /// How many samples the batch has.
    public let size: Int
    /// The mean loss over the batch at θₖ.
    public let loss: Double
    /// The batch gradient the optimizer was given.
    public let gradient: [Double]

    /// The most sample indices a batch record keeps.
    public static let keptRows = 1024

    public init(epoch: Int, rows: ArraySlice<Int>, loss: Double, gradient: [Double]) {
        self.epoch = epoch
        self.rows = Array(rows.prefix(Self.keptRows))
        self.size = rows.count
        self.loss = loss
        self.gradient = gradient
    }
}

/// How a stochastic run draws its batches.
///
/// Epoch e shuffles the identity permutation 0..<m with Fisher–Yates driven by one `SplitMix64`
/// seeded with `seed` (its stream continues across epochs), then cuts it into consecutive batches of
/// `batchSize`, the last one smaller when m is not a multiple (torch's `DataLoader(shuffle=True,
/// drop_last=False)` in spirit). `batchSize` 1 is stochastic gradient descent; `batchSize` ≥ m with
/// `shuffle` false is batch gradient descent.
public struct BatchSampling: Sendable, Equatable {
    public var batchSize: Int
    public var seed: UInt64
    public var shuffle: Bool

    public init(batchSize: Int, seed: UInt64 = 0, shuffle: Bool = true) {
        self.batchSize = batchSize
        self.seed = seed
        self.shuffle = shuffle
    }

    /// The batches of the first `epochs` epochs for m samples, as a run would draw them.
    public func batches(sampleCount m: Int, epochs: Int) -> [[Int]] {
        var sampler = Sampler(self, sampleCount: m)
        var all: [[Int]] = []
        let perEpoch = (m + batchSize - 1) / batchSize
        for _ in 0..<(epochs * perEpoch) { all.append(Array(sampler.next().rows)) }
        return all
    }
}

/// Walks through the batches of successive epochs.
struct Sampler {
    let sampling: BatchSampling
    let count: Int
    var generator: SplitMix64
    var order: [Int] = []
    var position = 0
    var epoch = -1

    init(_ sampling: BatchSampling, sampleCount: Int) {
        self.sampling = sampling
        self.count = sampleCount
        self.generator = SplitMix64(seed: sampling.seed)
    }

    mutating func next() -> (epoch: Int, rows: ArraySlice<Int>) {
        if epoch < 0 || position >= count {
            epoch += 1
            position = 0
            order = Array(0..<count)
            if sampling.shuffle { generator.shuffle(&order) }
        }
        let end = Swift.min(position + sampling.batchSize, count)
        let rows = order[position..<end]
        position = end
        return (epoch, rows)
    }
}
