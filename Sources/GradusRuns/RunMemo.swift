import Synchronization

/// Values a page computes from a run for its figures (a contour map's grid), kept with the run so that the lessons
/// sharing it (a lesson and its translation) compute each once. A lesson rendered on another thread waits for a
/// value being computed rather than computing it again; the value is the same either way.
public final class RunMemo: Sendable {
    private let values = Mutex<[String: any Sendable]>([:])

    public init() {}

    /// The value stored under `key`, made by `make` the first time it is asked for.
    public func value<Value: Sendable>(_ key: String, make: () -> Value) -> Value {
        values.withLock { table in
            if let known = table[key] as? Value { return known }
            let made = make()
            table[key] = made
            return made
        }
    }
}
