/// Kept iterations stored as columns of numbers: θ, ∇J and the update as flat arrays of `Double` (one row of the
/// run's dimension per record), k, J, ‖∇J‖ and the learning rate one number each, the optimizer's state as flat
/// values with a layout (names and lengths) shared by the records that have it. Appending copies numbers into
/// preallocated arrays, so recording costs no object or array per iteration; an `Iteration` is made only when a
/// record is read.
public struct IterationColumns: RandomAccessCollection, Sendable, Equatable {
    /// The names and lengths of an optimizer's state entries, stored once per distinct layout.
    struct StateLayout: Sendable, Equatable {
        var names: [String] = []
        var counts: [Int] = []
        var total: Int { counts.reduce(0, +) }
    }

    /// The columns with one value (or one row) per record, in memory this value owns (copied before a shared
    /// value is changed).
    @usableFromInline var numbers: NumberColumns
    /// Widths of θ, ∇J and the update rows; fixed by the first record appended.
    @usableFromInline var thetaWidth = -1
    @usableFromInline var gradientWidth = -1
    @usableFromInline var updateWidth = -1
    /// Layout 0 is the empty state.
    private var layouts: [StateLayout] = [StateLayout()]
    @usableFromInline var stateValues: [Double] = []
    /// Empty while no record has a batch; otherwise one entry per record.
    @usableFromInline var batches: [MiniBatch?] = []

    public init() { numbers = NumberColumns(capacity: 0, dimension: 0) }

    /// Columns with room for `capacity` records of dimension `dimension` before any column grows.
    init(capacity: Int, dimension: Int) {
        numbers = NumberColumns(capacity: capacity, dimension: dimension)
    }

    /// Columns holding `iterations` in their order.
    public init(_ iterations: some Sequence<Iteration>) {
        self.init()
        for iteration in iterations { append(iteration) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { numbers.count }

    /// Record `i`, made from the columns.
    public subscript(i: Int) -> Iteration {
        precondition(i >= 0 && i < numbers.count, "record index out of range")
        let layout = layouts[Int(numbers.layouts[i])]
        var state: [StateEntry] = []
        if !layout.names.isEmpty {
            state.reserveCapacity(layout.names.count)
            var offset = numbers.stateStarts[i]
            for (name, count) in zip(layout.names, layout.counts) {
                state.append(StateEntry(name: name, values: Array(stateValues[offset..<offset + count])))
                offset += count
            }
        }
        func row(_ column: UnsafeMutablePointer<Double>, _ width: Int) -> [Double] {
            Array(UnsafeBufferPointer(start: column + i * width, count: width))
        }
        var iteration = Iteration(
            k: numbers.ks[i], theta: row(numbers.thetas, thetaWidth), loss: numbers.losses[i],
            gradient: row(numbers.gradients, gradientWidth), gradientNorm: numbers.norms[i],
            update: numbers.hasUpdate[i] != 0 ? row(numbers.updates, updateWidth) : nil,
            learningRate: numbers.rates[i], state: state)
        if !batches.isEmpty { iteration.batch = batches[i] }
        return iteration
    }

    /// Record `i` as it lies in the columns, for a reader that only needs its numbers (an export): no array or
    /// object is made. The buffers are valid only inside `body`.
    public struct RecordView {
        public let k: Int
        public let theta: UnsafeBufferPointer<Double>
        public let loss: Double
        public let gradient: UnsafeBufferPointer<Double>
        public let gradientNorm: Double
        public let update: UnsafeBufferPointer<Double>?
        public let learningRate: Double
        /// The optimizer's state entries: names, and each entry's values in turn in `stateValues`.
        public let stateNames: [String]
        public let stateCounts: [Int]
        public let stateValues: ArraySlice<Double>
        public let batch: MiniBatch?
    }

    /// Calls `body` with record `i` read in place.
    public func withRecord<Result>(_ i: Int, _ body: (RecordView) throws -> Result) rethrows -> Result {
        precondition(i >= 0 && i < numbers.count, "record index out of range")
        let layout = layouts[Int(numbers.layouts[i])]
        let start = numbers.stateStarts[i]
        func row(_ column: UnsafeMutablePointer<Double>, _ width: Int) -> UnsafeBufferPointer<Double> {
            UnsafeBufferPointer(start: column + i * width, count: width)
        }
        let view = RecordView(
            k: numbers.ks[i], theta: row(numbers.thetas, thetaWidth), loss: numbers.losses[i],
            gradient: row(numbers.gradients, gradientWidth), gradientNorm: numbers.norms[i],
            update: numbers.hasUpdate[i] != 0 ? row(numbers.updates, updateWidth) : nil,
            learningRate: numbers.rates[i], stateNames: layout.names, stateCounts: layout.counts,
            stateValues: stateValues[start..<start + layout.total], batch: batches.isEmpty ? nil : batches[i])
        return try withExtendedLifetime(numbers) { try body(view) }
    }

    /// The iteration numbers of every record, without making the records.
    public var kColumn: [Int] { Array(UnsafeBufferPointer(start: numbers.ks, count: numbers.count)) }
    /// J of every record.
    public var lossColumn: [Double] { Array(UnsafeBufferPointer(start: numbers.losses, count: numbers.count)) }
    /// ‖∇J‖ of every record.
    public var gradientNormColumn: [Double] { Array(UnsafeBufferPointer(start: numbers.norms, count: numbers.count)) }

    /// Component `j` of θ in every record.
    public func thetaColumn(_ j: Int) -> [Double] {
        precondition(j >= 0 && j < Swift.max(thetaWidth, 0), "θ component out of range")
        return (0..<numbers.count).map { numbers.thetas[$0 * thetaWidth + j] }
    }

    /// The iteration number of record `i`, without making the record.
    public func k(at i: Int) -> Int {
        precondition(i >= 0 && i < numbers.count, "record index out of range")
        return numbers.ks[i]
    }

    public static func == (a: IterationColumns, b: IterationColumns) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }

    /// Empties the columns and keeps their storage.
    mutating func removeAll() {
        if !isKnownUniquelyReferenced(&numbers) { numbers = numbers.copy() }
        numbers.count = 0
        stateValues.removeAll(keepingCapacity: true)
        batches.removeAll(keepingCapacity: true)
    }

    /// Removes the last record.
    mutating func removeLast() {
        if !isKnownUniquelyReferenced(&numbers) { numbers = numbers.copy() }
        numbers.count -= 1
        stateValues.removeLast(stateValues.count - numbers.stateStarts[numbers.count])
        if !batches.isEmpty { batches.removeLast() }
    }

    mutating func append(_ iteration: Iteration) {
        append(
            k: iteration.k, theta: iteration.theta, loss: iteration.loss, gradient: iteration.gradient,
            gradientNorm: iteration.gradientNorm, update: iteration.update, learningRate: iteration.learningRate,
            state: iteration.state, batch: iteration.batch)
    }

    /// Appends a record without optimizer state or batch when the columns have room for it and the same widths, and
    /// says whether it did: the run loop's path, inlined into it, with no call and no check it does not need.
    @inlinable mutating func appendInPlace(
        k: Int, theta: [Double], loss: Double, gradient: [Double], gradientNorm: Double, update: [Double],
        learningRate: Double
    ) -> Bool {
        let row = numbers.count
        guard theta.count == thetaWidth, gradient.count == gradientWidth, update.count == updateWidth,
            row < numbers.capacity, batches.isEmpty, isKnownUniquelyReferenced(&numbers)
        else { return false }
        numbers.ks[row] = k
        numbers.losses[row] = loss
        numbers.norms[row] = gradientNorm
        numbers.rates[row] = learningRate
        for j in 0..<thetaWidth { numbers.thetas[row * thetaWidth + j] = theta[j] }
        for j in 0..<gradientWidth { numbers.gradients[row * gradientWidth + j] = gradient[j] }
        for j in 0..<updateWidth { numbers.updates[row * updateWidth + j] = update[j] }
        numbers.hasUpdate[row] = 1
        numbers.layouts[row] = 0
        numbers.stateStarts[row] = stateValues.count
        numbers.count = row + 1
        return true
    }

    /// Appends one record by copying its numbers into the columns.
    mutating func append(
        k: Int, theta: [Double], loss: Double, gradient: [Double], gradientNorm: Double, update: [Double]?,
        learningRate: Double, state: [StateEntry], batch: MiniBatch? = nil
    ) {
        if thetaWidth < 0 {
            thetaWidth = theta.count
            gradientWidth = gradient.count
            updateWidth = update?.count ?? theta.count
        }
        precondition(
            theta.count == thetaWidth && gradient.count == gradientWidth
                && (update?.count ?? updateWidth) == updateWidth,
            "every record of a trace has the same dimension")
        if !isKnownUniquelyReferenced(&numbers) { numbers = numbers.copy() }
        let row = numbers.count
        let width = Swift.max(thetaWidth, gradientWidth, updateWidth)
        if row == numbers.capacity || width > numbers.dimension {
            precondition(row == 0 || width <= numbers.dimension, "every record of a trace has the same dimension")
            numbers.grow(width: width, stride: width)
        }
        numbers.ks[row] = k
        numbers.losses[row] = loss
        numbers.norms[row] = gradientNorm
        numbers.rates[row] = learningRate
        Self.put(theta, at: numbers.thetas + row * thetaWidth)
        Self.put(gradient, at: numbers.gradients + row * gradientWidth)
        if let update {
            Self.put(update, at: numbers.updates + row * updateWidth)
            numbers.hasUpdate[row] = 1
        } else {
            (numbers.updates + row * updateWidth).update(repeating: 0, count: updateWidth)
            numbers.hasUpdate[row] = 0
        }
        numbers.layouts[row] = state.isEmpty ? 0 : layoutIndex(of: state, row: row)
        numbers.stateStarts[row] = stateValues.count
        for entry in state { stateValues.append(contentsOf: entry.values) }
        if let batch {
            if batches.isEmpty { batches = Array(repeating: nil, count: row) }
            batches.append(batch)
        } else if !batches.isEmpty {
            batches.append(nil)
        }
        numbers.count = row + 1
    }

    private static func put(_ values: [Double], at target: UnsafeMutablePointer<Double>) {
        values.withUnsafeBufferPointer { source in
            for j in source.indices { target[j] = source[j] }
        }
    }

    /// Appends record `i` of `other`.
    mutating func append(recordOf other: IterationColumns, at i: Int) {
        append(other[i])
    }

    /// The index of `state`'s layout, added when new; the last layout used is tried first.
    private mutating func layoutIndex(of state: [StateEntry], row: Int) -> Int32 {
        if row > 0, case let last = numbers.layouts[row - 1], Self.matches(layouts[Int(last)], state) { return last }
        if let found = layouts.firstIndex(where: { Self.matches($0, state) }) { return Int32(found) }
        layouts.append(StateLayout(names: state.map(\.name), counts: state.map(\.values.count)))
        return Int32(layouts.count - 1)
    }

    private static func matches(_ layout: StateLayout, _ state: [StateEntry]) -> Bool {
        guard layout.names.count == state.count else { return false }
        for (j, entry) in state.enumerated()
        where layout.names[j] != entry.name || layout.counts[j] != entry.values.count {
            return false
        }
        return true
    }
}

/// Fixed-width columns in memory allocated once per run and grown by doubling: k, J, ‖∇J‖, the learning rate,
/// whether the record has an update, its state layout and where its state values start, one each per record; θ, ∇J
/// and the update one row each. Only `IterationColumns` changes it, after making sure it is the only owner.
@usableFromInline final class NumberColumns: @unchecked Sendable {
    @usableFromInline var count = 0
    @usableFromInline private(set) var capacity: Int
    @usableFromInline private(set) var dimension: Int
    @usableFromInline private(set) var ks: UnsafeMutablePointer<Int>
    @usableFromInline private(set) var losses: UnsafeMutablePointer<Double>
    @usableFromInline private(set) var norms: UnsafeMutablePointer<Double>
    @usableFromInline private(set) var rates: UnsafeMutablePointer<Double>
    @usableFromInline private(set) var hasUpdate: UnsafeMutablePointer<UInt8>
    @usableFromInline private(set) var layouts: UnsafeMutablePointer<Int32>
    @usableFromInline private(set) var stateStarts: UnsafeMutablePointer<Int>
    @usableFromInline private(set) var thetas: UnsafeMutablePointer<Double>
    @usableFromInline private(set) var gradients: UnsafeMutablePointer<Double>
    @usableFromInline private(set) var updates: UnsafeMutablePointer<Double>

    init(capacity: Int, dimension: Int) {
        self.capacity = capacity
        self.dimension = dimension
        ks = .allocate(capacity: capacity)
        losses = .allocate(capacity: capacity)
        norms = .allocate(capacity: capacity)
        rates = .allocate(capacity: capacity)
        hasUpdate = .allocate(capacity: capacity)
        layouts = .allocate(capacity: capacity)
        stateStarts = .allocate(capacity: capacity)
        thetas = .allocate(capacity: capacity * dimension)
        gradients = .allocate(capacity: capacity * dimension)
        updates = .allocate(capacity: capacity * dimension)
    }

    deinit {
        for pointer in [
            UnsafeMutableRawPointer(ks), .init(losses), .init(norms), .init(rates), .init(hasUpdate),
            .init(layouts), .init(stateStarts), .init(thetas), .init(gradients), .init(updates),
        ] {
            pointer.deallocate()
        }
    }

    /// A copy of the first `count` records, with the same capacity.
    func copy() -> NumberColumns {
        let copy = NumberColumns(capacity: capacity, dimension: dimension)
        copy.count = count
        copy.ks.update(from: ks, count: count)
        copy.losses.update(from: losses, count: count)
        copy.norms.update(from: norms, count: count)
        copy.rates.update(from: rates, count: count)
        copy.hasUpdate.update(from: hasUpdate, count: count)
        copy.layouts.update(from: layouts, count: count)
        copy.stateStarts.update(from: stateStarts, count: count)
        copy.thetas.update(from: thetas, count: count * dimension)
        copy.gradients.update(from: gradients, count: count * dimension)
        copy.updates.update(from: updates, count: count * dimension)
        return copy
    }

    /// Doubles the capacity (at least 16 records) and makes rows at least `width` wide; the first `count` records
    /// are moved, their rows `stride` wide as before.
    func grow(width: Int, stride: Int) {
        let newCapacity = max(16, capacity * 2)
        let newDimension = max(dimension, width)
        func moved<T>(_ old: UnsafeMutablePointer<T>, _ n: Int, _ size: Int) -> UnsafeMutablePointer<T> {
            let new = UnsafeMutablePointer<T>.allocate(capacity: size)
            new.moveInitialize(from: old, count: n)
            old.deallocate()
            return new
        }
        ks = moved(ks, count, newCapacity)
        losses = moved(losses, count, newCapacity)
        norms = moved(norms, count, newCapacity)
        rates = moved(rates, count, newCapacity)
        hasUpdate = moved(hasUpdate, count, newCapacity)
        layouts = moved(layouts, count, newCapacity)
        stateStarts = moved(stateStarts, count, newCapacity)
        thetas = moved(thetas, count * stride, newCapacity * newDimension)
        gradients = moved(gradients, count * stride, newCapacity * newDimension)
        updates = moved(updates, count * stride, newCapacity * newDimension)
        capacity = newCapacity
        dimension = newDimension
    }
}
