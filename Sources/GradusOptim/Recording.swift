/// Which iterations a trace keeps. The final one is always kept.
public enum Recording: Sendable, Equatable {
    case all
    /// The first `first` iterations, the last `last` before the final one, and every `every`-th (0: none).
    case sample(first: Int, last: Int, every: Int)
}

/// Keeps the iterations a `Recording` asks for as columns of numbers (`IterationColumns`), in bounded memory for
/// `.sample`: the first and every `every`-th go to `head`; the others go to a tail of two blocks of `last` records,
/// the older block dropped (its storage reused) when the newer fills up.
@usableFromInline struct Recorder {
    @usableFromInline let recording: Recording
    @usableFromInline var head: IterationColumns
    private var tail: IterationColumns
    private var olderTail: IterationColumns

    /// A recorder whose columns have room for every record a run of at most `maxIterations` updates of dimension
    /// `dimension` keeps, up to 256 MB of them (beyond, they grow by doubling). Memory is only touched as records
    /// are written.
    @usableFromInline init(_ recording: Recording, dimension: Int = 0, maxIterations: Int = 0) {
        self.recording = recording
        let bound = (256 << 20) / (3 * 8 * max(dimension, 1) + 45)
        switch recording {
        case .all:
            head = IterationColumns(capacity: min(max(maxIterations, 0), bound) + 1, dimension: dimension)
            tail = IterationColumns()
        case .sample(let first, let last, let every):
            let sampled = every > 0 ? max(maxIterations, 0) / every + 1 : 0
            head = IterationColumns(capacity: min(first + sampled, bound), dimension: dimension)
            tail = IterationColumns(capacity: min(last, bound), dimension: dimension)
        }
        olderTail = tail
    }

    /// The records held now (the bound of `.sample`'s memory).
    var storedRecordCount: Int { head.count + tail.count + olderTail.count }

    @inlinable func wants(_ k: Int) -> Bool {
        switch recording {
        case .all: true
        case .sample(let first, let last, let every):
            k < first || (every > 0 && k % every == 0) || last > 0
        }
    }

    mutating func keep(_ iteration: Iteration) {
        keep(
            k: iteration.k, theta: iteration.theta, loss: iteration.loss, gradient: iteration.gradient,
            gradientNorm: iteration.gradientNorm, update: iteration.update, learningRate: iteration.learningRate,
            state: iteration.state, batch: iteration.batch)
    }

    /// Keeps record k if the recording asks for it, as `keep` does; a record without state of a run that keeps every
    /// record goes into the columns in place, inlined into the run loop.
    @inlinable mutating func keepInPlace(
        k: Int, theta: [Double], loss: Double, gradient: [Double], gradientNorm: Double, update: [Double],
        learningRate: Double, state: [StateEntry]
    ) {
        if case .all = recording, state.isEmpty,
            head.appendInPlace(
                k: k, theta: theta, loss: loss, gradient: gradient, gradientNorm: gradientNorm, update: update,
                learningRate: learningRate)
        {
            return
        }
        guard wants(k) else { return }
        keep(
            k: k, theta: theta, loss: loss, gradient: gradient, gradientNorm: gradientNorm, update: update,
            learningRate: learningRate, state: state)
    }

    /// Keeps record k if the recording asks for it, copying its numbers into the columns.
    @usableFromInline mutating func keep(
        k: Int, theta: [Double], loss: Double, gradient: [Double], gradientNorm: Double, update: [Double]?,
        learningRate: Double, state: [StateEntry], batch: MiniBatch? = nil
    ) {
        switch recording {
        case .all:
            head.append(
                k: k, theta: theta, loss: loss, gradient: gradient, gradientNorm: gradientNorm, update: update,
                learningRate: learningRate, state: state, batch: batch)
        case .sample(let first, let last, let every):
            if k < first || (every > 0 && k % every == 0) {
                head.append(
                    k: k, theta: theta, loss: loss, gradient: gradient, gradientNorm: gradientNorm, update: update,
                    learningRate: learningRate, state: state, batch: batch)
            } else if last > 0 {
                if tail.count == last {
                    swap(&tail, &olderTail)
                    tail.removeAll()
                }
                tail.append(
                    k: k, theta: theta, loss: loss, gradient: gradient, gradientNorm: gradientNorm, update: update,
                    learningRate: learningRate, state: state, batch: batch)
            }
        }
    }

    /// The trace: the kept records before `final` in increasing k, then `final`.
    @usableFromInline mutating func finish(final: Iteration, outcome: Outcome) -> Trace {
        if case .sample(_, let last, _) = recording, last > 0 {
            // The last `last` tail records before the final one, merged in order of k with the head's.
            var lastOnes: [(IterationColumns, Int)] = []
            for block in [olderTail, tail] {
                for i in block.indices { lastOnes.append((block, i)) }
            }
            lastOnes = lastOnes.suffix(last).filter { $0.0.k(at: $0.1) < final.k }
            var merged = IterationColumns(capacity: head.count + lastOnes.count + 1, dimension: final.theta.count)
            var h = 0
            var t = 0
            while true {
                let headK = h < head.count && head.k(at: h) < final.k ? head.k(at: h) : Int.max
                let tailK = t < lastOnes.count ? lastOnes[t].0.k(at: lastOnes[t].1) : Int.max
                if headK == Int.max && tailK == Int.max { break }
                if headK <= tailK {
                    merged.append(recordOf: head, at: h)
                    h += 1
                    if headK == tailK { t += 1 }
                } else {
                    merged.append(recordOf: lastOnes[t].0, at: lastOnes[t].1)
                    t += 1
                }
            }
            merged.append(final)
            return Trace(records: merged, final: final, outcome: outcome)
        }
        var kept = IterationColumns()
        swap(&kept, &head)  // the only owner of the columns: no copy
        while let last = kept.indices.last, kept.k(at: last) >= final.k { kept.removeLast() }
        kept.append(final)
        return Trace(records: kept, final: final, outcome: outcome)
    }
}
