import Dispatch
import Foundation
import Synchronization

/// Maps in parallel on up to `jobs` threads; results keep the order of the input.
enum Parallel {
    static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
        guard jobs > 1, items.count > 1 else { return items.map(transform) }
        let results = Mutex<[Int: R]>([:])
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < items.count else { return }
                let value = transform(items[index])
                results.withLock { $0[index] = value }
            }
        }
        return results.withLock { done in items.indices.map { done[$0]! } }
    }
}

/// Work started on another thread now, whose result is waited for later. The thread is one of its own, not one of
/// dispatch's workers: from a worker, the parallel map the work runs was given a single thread while the caller kept
/// the other core busy (measured: 1000 pages took 0.58 s instead of 0.45 s).
final class Background<R: Sendable>: Sendable {
    private let result = Mutex<R?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> R) {
        let thread = Thread { [self] in
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
        thread.start()
    }

    /// The result, once the work is done.
    func wait() -> R {
        done.wait()
        done.signal()
        return result.withLock { $0! }
    }
}
