import Dispatch
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
