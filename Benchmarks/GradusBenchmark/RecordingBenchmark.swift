import GradusOptim

/// Nanoseconds per gradient-descent iteration on 2-D Rosenbrock through `Runner.run` with `Recording.all`: the run
/// of `Benchmarks/recording_floor.c` (start (−1.5, 2), lr 1e-4), every iteration recorded; best of `rounds`.
func recordingBenchmark(iterations: Int = 1_000_000, rounds: Int = 5) {
    let stopping = StoppingRule(maxIterations: iterations)
    let clock = ContinuousClock()
    var best = Double.infinity
    var trace: Trace? = nil
    for _ in 0..<rounds {
        trace = nil  // the previous round's columns are freed outside the timing
        let elapsed = clock.measure {
            trace = Runner.run(
                Rosenbrock(), optimizer: GradientDescent(learningRate: 1e-4), start: [-1.5, 2], stopping: stopping,
                recording: .all)
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        best = min(best, seconds)
    }
    let final = trace!.final.theta
    print(
        "Swift Runner.run, Recording.all: \(String(best / Double(iterations) * 1e9, digits: 1)) ns/iteration "
            + "(best of \(rounds) rounds of \(iterations)); final point \(final[0]) \(final[1]); "
            + "records \(trace!.iterations.count)")
}
