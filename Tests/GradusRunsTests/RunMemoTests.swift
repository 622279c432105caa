import Synchronization
import Testing

@testable import GradusRuns

/// A run's memo (`RunMemo.swift`): each value is made once, by the first lesson that asks, however many ask at once.
struct RunMemoTests {
    final class Counter: Sendable {
        let count = Mutex(0)
    }

    @Test func aValueIsMadeOncePerKey() async {
        let memo = RunMemo()
        let made = Counter()
        let values = await withTaskGroup(of: [Double].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    memo.value("grid") { () -> [Double] in
                        made.count.withLock { $0 += 1 }
                        return [1, 2, 3]
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(values.count == 8 && values.allSatisfy { $0 == [1, 2, 3] })
        #expect(made.count.withLock { $0 } == 1)
        #expect(memo.value("other") { "x" } == "x")
        #expect(made.count.withLock { $0 } == 1)
    }
}
