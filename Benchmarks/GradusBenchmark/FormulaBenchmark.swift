import GradusOptim

/// Nanoseconds per gradient-descent iteration on 2-variable Rosenbrock, written as a formula and as the built-in
/// objective: the same run (start (−1.5, 2), lr 1e-4, 200 000 iterations, only the final one kept) for each, in
/// alternating rounds so that both meet the same machine; the best round of each is reported.
func formulaBenchmark(rounds: Int = 15, iterations: Int = 200_000) {
    let constants = [FormulaConstant(name: "a", value: 1), FormulaConstant(name: "b", value: 100)]
    let formula = try! FormulaObjective(
        Formula("(a - x)^2 + b*(y - x^2)^2", variables: ["x", "y"], constants: constants))
    let builtIn = Rosenbrock()
    let stopping = StoppingRule(maxIterations: iterations)
    let recording = Recording.sample(first: 0, last: 0, every: 0)
    let clock = ContinuousClock()
    func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
    func time<O: Objective>(_ objective: O) -> (Double, [Double]) {
        var final: [Double] = []
        let elapsed = clock.measure {
            final =
                Runner.run(
                    objective, optimizer: SGD(learningRate: 1e-4), start: [-1.5, 2], stopping: stopping,
                    recording: recording
                ).final.theta
        }
        return (seconds(elapsed) / Double(iterations) * 1e9, final)
    }
    var bestFormula = Double.infinity
    var bestBuiltIn = Double.infinity
    var formulaEnd: [Double] = []
    var builtInEnd: [Double] = []
    for _ in 0..<rounds {
        let (b, endB) = time(builtIn)
        let (f, endF) = time(formula)
        bestBuiltIn = min(bestBuiltIn, b)
        bestFormula = min(bestFormula, f)
        (formulaEnd, builtInEnd) = (endF, endB)
    }
    print("Rosenbrock, one GD iteration (J, ∇J and the update), best of \(rounds) alternating rounds of \(iterations):")
    print("  built-in Rosenbrock:                 \(String(bestBuiltIn, digits: 1)) ns")
    print(
        "  formula (a - x)^2 + b*(y - x^2)^2:   \(String(bestFormula, digits: 1)) ns  (\(formula.instructionCount) instructions)"
    )
    print(
        "  formula ÷ built-in: \(String(bestFormula / bestBuiltIn, digits: 2))×; final points \(formulaEnd) and \(builtInEnd)"
    )
}
