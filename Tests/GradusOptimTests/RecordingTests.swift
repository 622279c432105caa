import Testing

@testable import GradusOptim

/// Traces recorded as columns are the traces a straightforward recording of `Iteration` values gives.
struct RecordingTests {
    /// A straightforward run loop: every iteration as an `Iteration` value in an array, then the sampling rule of
    /// `Recording` applied to that array. Handles runs that stop by their limit or the gradient test.
    static func reference<O: Objective>(
        _ objective: O, optimizer: any Optimizer, start: [Double], stopping: StoppingRule, recording: Recording
    ) -> [Iteration] {
        var optimizer = optimizer
        var theta = start
        var gradient = Array(repeating: 0.0, count: start.count)
        var update = gradient
        var all: [Iteration] = []
        var k = 0
        while true {
            let loss = objective.valueAndGradient(at: theta, gradient: &gradient)
            let norm = LinearAlgebra.norm(gradient)
            let rate = optimizer.learningRate
            let converged = stopping.gradientTolerance.map { norm <= $0 } ?? false
            if converged || k >= stopping.maxIterations {
                all.append(
                    Iteration(
                        k: k, theta: theta, loss: loss, gradient: gradient, gradientNorm: norm, update: nil,
                        learningRate: rate, state: []))
                break
            }
            let before = theta
            optimizer.step(parameters: &theta, gradient: gradient, update: &update)
            all.append(
                Iteration(
                    k: k, theta: before, loss: loss, gradient: gradient, gradientNorm: norm, update: update,
                    learningRate: rate, state: optimizer.state))
            k += 1
        }
        return sampled(all, recording)
    }

    /// The records `recording` keeps of `all` (whose last record is the final one).
    static func sampled(_ all: [Iteration], _ recording: Recording) -> [Iteration] {
        guard case .sample(let first, let last, let every) = recording else { return all }
        let final = all[all.count - 1]
        let before = all.dropLast()
        let head = before.filter { $0.k < first || (every > 0 && $0.k % every == 0) }
        let headKs = Set(head.map(\.k))
        let tail = before.filter { !headKs.contains($0.k) }.suffix(last)
        return (head + tail).sorted { $0.k < $1.k } + [final]
    }

    static let optimizers: [(String, any Optimizer)] = [
        ("gd", GradientDescent(learningRate: 1e-3)),
        ("sgd momentum", SGD(learningRate: 1e-3, momentum: 0.9, nesterov: true)),
        ("adam amsgrad", Adam(Adam.Configuration(learningRate: 1e-2, amsgrad: true))),
        ("rmsprop centered", RMSprop(RMSprop.Configuration(learningRate: 1e-3, momentum: 0.5, centered: true))),
        ("adagrad", Adagrad(Adagrad.Configuration(learningRate: 0.1))),
    ]

    static let recordings: [Recording] = [
        .all,
        .sample(first: 3, last: 4, every: 7),
        .sample(first: 0, last: 0, every: 0),
        .sample(first: 5, last: 0, every: 0),
        .sample(first: 0, last: 9, every: 0),
        .sample(first: 1000, last: 1000, every: 97),
    ]

    @Test(arguments: 0..<optimizers.count, recordings)
    func columnsGiveTheReferenceRecords(optimizer index: Int, recording: Recording) {
        let (_, optimizer) = Self.optimizers[index]
        for iterations in [0, 1, 6, 40, 5000] {
            let stopping = StoppingRule(maxIterations: iterations)
            let expected = Self.reference(
                Rosenbrock(), optimizer: optimizer, start: [-1.5, 2], stopping: stopping, recording: recording)
            func run<Opt: Optimizer>(_ optimizer: Opt) -> Trace {
                Runner.run(
                    Rosenbrock(), optimizer: optimizer, start: [-1.5, 2], stopping: stopping, recording: recording)
            }
            let trace = _openExistential(optimizer, do: run)
            #expect(Array(trace.iterations) == expected, "\(Self.optimizers[index].0), \(iterations) iterations")
            #expect(trace.final == expected.last)
            for record in expected { #expect(trace.iteration(record.k) == record) }
        }
    }

    /// A run that ends as diverged has the last finite record as its final one; sampling keeps what sampling the
    /// whole record keeps.
    @Test(arguments: recordings)
    func divergedRunsSampleAsTheWholeRecordDoes(recording: Recording) {
        let stopping = StoppingRule(maxIterations: 10_000)
        let all = Runner.run(
            Rosenbrock(), optimizer: GradientDescent(learningRate: 0.01), start: [-1.5, 2], stopping: stopping)
        let trace = Runner.run(
            Rosenbrock(), optimizer: GradientDescent(learningRate: 0.01), start: [-1.5, 2], stopping: stopping,
            recording: recording)
        #expect(all.outcome.isDiverged)
        #expect(trace.outcome == all.outcome)
        #expect(trace.final == all.final)
        #expect(Array(trace.iterations) == Self.sampled(Array(all.iterations), recording))
    }

    /// Records with state of changing layout, without updates and with mini-batches come back as they went in.
    @Test func columnsKeepEveryFieldOfARecord() {
        let batch = MiniBatch(epoch: 2, rows: [3, 1, 4][...], loss: 0.5, gradient: [1, -2])
        var records: [Iteration] = []
        for k in 0..<6 {
            let state =
                k % 3 == 0
                ? [] : [StateEntry(name: "a", values: [Double(k)]), StateEntry(name: "b", values: [1, 2, Double(k)])]
            var record = Iteration(
                k: k, theta: [Double(k), -0.0], loss: .pi * Double(k), gradient: [.infinity, .nan], gradientNorm: 1,
                update: k == 5 ? nil : [0.25, Double(k)], learningRate: 0.1,
                state: k == 4 ? [StateEntry(name: "c", values: [])] : state)
            if k.isMultiple(of: 2) { record.batch = batch }
            records.append(record)
        }
        let columns = IterationColumns(records)
        #expect(columns.count == records.count)
        for (stored, record) in zip(columns, records) {
            #expect(stored.k == record.k && stored.theta == record.theta && stored.update == record.update)
            #expect(stored.loss.bitPattern == record.loss.bitPattern)
            #expect(stored.gradient.map(\.bitPattern) == record.gradient.map(\.bitPattern))
            #expect(stored.state == record.state && stored.batch == record.batch)
        }
        var shortened = columns
        shortened.removeLast()
        #expect(shortened.map(\.k) == [0, 1, 2, 3, 4])
        #expect(shortened.last?.state == records[4].state && shortened.last?.batch == records[4].batch)
        #expect(columns.count == records.count, "a copy changes alone")
    }

    /// The columns read in place (`withRecord`, `kColumn`, `lossColumn`, `thetaColumn`, …) give the records' numbers
    /// to the bit, and a run whose records go into the columns through the in-place path equals one recorded whole.
    @Test func columnsReadInPlaceMatchTheRecords() {
        let stopping = StoppingRule(maxIterations: 50)
        let trace = Runner.run(
            Rosenbrock(), optimizer: GradientDescent(learningRate: 1e-3), start: [-1.5, 2], stopping: stopping)
        let momentum = Runner.run(
            Rosenbrock(), optimizer: SGD(learningRate: 1e-3, momentum: 0.9), start: [-1.5, 2], stopping: stopping)
        for columns in [trace.iterations, momentum.iterations] {
            let records = Array(columns)
            #expect(records.count == 51)
            #expect(columns.kColumn == records.map(\.k))
            #expect(columns.lossColumn.map(\.bitPattern) == records.map(\.loss.bitPattern))
            #expect(columns.gradientNormColumn.map(\.bitPattern) == records.map(\.gradientNorm.bitPattern))
            #expect(columns.thetaColumn(1).map(\.bitPattern) == records.map(\.theta[1].bitPattern))
            for (i, record) in records.enumerated() {
                columns.withRecord(i) { view in
                    #expect(view.k == record.k && Array(view.theta) == record.theta && view.loss == record.loss)
                    #expect(Array(view.gradient) == record.gradient && view.update.map(Array.init) == record.update)
                    #expect(view.learningRate == record.learningRate && view.gradientNorm == record.gradientNorm)
                    #expect(view.stateNames == record.state.map(\.name))
                    #expect(Array(view.stateValues) == record.state.flatMap(\.values))
                }
            }
            #expect(IterationColumns(records) == columns)
        }
        #expect(momentum.iterations[10].state.map(\.name) == ["velocity"])
    }

    /// However long the run, a sampling recorder holds at most `first` + n/`every` + 1 records and two blocks of
    /// `last`.
    @Test func sampledRecordingHoldsBoundedRecords() {
        var recorder = Recorder(.sample(first: 10, last: 20, every: 1000), dimension: 2, maxIterations: 100_000)
        var largest = 0
        for k in 0..<100_000 {
            recorder.keep(
                k: k, theta: [Double(k), 1], loss: 1, gradient: [0, 0], gradientNorm: 0, update: [0, 0],
                learningRate: 0.1, state: [])
            largest = max(largest, recorder.storedRecordCount)
        }
        #expect(largest <= 10 + 100 + 2 * 20)
        let final = Iteration(
            k: 100_000, theta: [0, 0], loss: 0, gradient: [0, 0], gradientNorm: 0, update: nil, learningRate: 0.1,
            state: [])
        let trace = recorder.finish(final: final, outcome: .reachedIterationLimit(100_000))
        #expect(trace.iterations.count == 10 + 99 + 20 + 1)
        #expect(trace.iterations.map(\.k).suffix(21) == Array(99_980...100_000))
    }
}
