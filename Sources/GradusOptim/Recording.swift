/// Which iterations a trace keeps. The final one is always kept.
public enum Recording: Sendable, Equatable {
    case all
    /// The first `first` iterations, the last `last` before the final one, and every `every`-th (0: none).
    case sample(first: Int, last: Int, every: Int)
}

/// Keeps the iterations a `Recording` asks for, in bounded memory for `.sample`.
struct Recorder {
    let recording: Recording
    private var head: [Iteration] = []
    /// A ring of the most recent iterations not already in `head`.
    private var tail: [Iteration] = []
    private var tailStart = 0

    init(_ recording: Recording) { self.recording = recording }

    func wants(_ k: Int) -> Bool {
        switch recording {
        case .all: true
        case .sample(let first, let last, let every):
            k < first || (every > 0 && k % every == 0) || last > 0
        }
    }

    mutating func keep(_ iteration: Iteration) {
        switch recording {
        case .all:
            head.append(iteration)
        case .sample(let first, let last, let every):
            let k = iteration.k
            if k < first || (every > 0 && k % every == 0) {
                head.append(iteration)
            } else if last > 0 {
                if tail.count < last {
                    tail.append(iteration)
                } else {
                    tail[tailStart] = iteration
                    tailStart = (tailStart + 1) % last
                }
            }
        }
    }

    func finish(final: Iteration, outcome: Outcome) -> Trace {
        var lastOnes = Array(tail[tailStart...] + tail[..<tailStart])
        if case .sample(_, let last, _) = recording {
            // Iterations kept in `head` may also be among the last ones: keep each once.
            lastOnes.removeAll { $0.k >= final.k }
            lastOnes = Array(lastOnes.suffix(last))
        }
        var all = head
        var known = Set(head.map(\.k))
        for iteration in lastOnes where !known.contains(iteration.k) {
            all.append(iteration)
            known.insert(iteration.k)
        }
        all.removeAll { $0.k >= final.k }
        all.sort { $0.k < $1.k }
        all.append(final)
        return Trace(iterations: all, final: final, outcome: outcome)
    }
}
