import GradusLessons
import GradusOptim

/// An exercise's answer, computed from the runs.
public enum ExerciseAnswer: Sendable, Equatable {
    /// A number (one value) or θ after a step (one value per parameter).
    case numbers([Double])
    /// The index of the winning choice, and what each choice scored (iterations to converge, or the final loss; nil
    /// for a run that did not converge).
    case choice(Int, scores: [Double?])
}

extension LessonRun {
    /// The answer of `exercise`, or a diagnostic at its place: a value that no longer exists, an answer that is not a
    /// finite number, a choice without a single winner, or an `expect:` the runs do not bear out.
    public func answer(_ exercise: Exercise) throws(Diagnostics) -> ExerciseAnswer {
        let answer: ExerciseAnswer
        switch exercise.kind {
        case .number(let expression):
            let x = try expression.evaluate { (binding) throws(Diagnostics) -> Double in try number(binding) }
            guard x.isFinite else {
                throw Diagnostics(
                    exercise.answerLocation,
                    "the answer is not a finite number (\(NumberFormat.default.format(x).prose))")
            }
            answer = .numbers([x])
        case .step(let reference, let k):
            guard let run = run(named: reference.name) else {
                throw Diagnostics(reference.location, "no example named '\(reference.name)' in this lesson")
            }
            guard let next = run.trace.iteration(k + 1), run.trace.iteration(k)?.update != nil else {
                throw Diagnostics(
                    exercise.answerLocation,
                    "iteration \(k) of \(reference.name) has no recorded update (the run \(run.trace.outcome) at iteration \(run.trace.final.k))"
                )
            }
            answer = .numbers(next.theta)
        case .choice(let choices, let rule):
            answer = try choose(choices, rule, exercise)
        }
        try check(exercise, answer)
        return answer
    }

    /// A bound value as a number, or a diagnostic at the binding.
    public func number(_ binding: Binding) throws(Diagnostics) -> Double {
        switch try value(of: binding) {
        case .number(let x): return x
        case .integer(let n): return Double(n)
        case .text, .outcome, .tex: throw Diagnostics(binding.location, "\(binding.pathText) is not a number")
        }
    }

    func choose(_ choices: [GeneratedBlock.ExampleReference], _ rule: Exercise.ChoiceRule, _ exercise: Exercise)
        throws(Diagnostics) -> ExerciseAnswer
    {
        var scores: [Double?] = []
        for reference in choices {
            guard let run = run(named: reference.name) else {
                throw Diagnostics(reference.location, "no example named '\(reference.name)' in this lesson")
            }
            switch rule {
            case .fewestIterations:
                if case .converged(_, let k) = run.trace.outcome {
                    scores.append(Double(k))
                } else {
                    scores.append(nil)
                }
            case .lowestLoss:
                let loss = run.trace.final.loss
                scores.append(loss.isFinite && !run.trace.outcome.isDiverged ? loss : nil)
            }
        }
        let known = scores.compactMap { $0 }
        guard let best = known.min() else {
            throw Diagnostics(
                exercise.answerLocation,
                rule == .fewestIterations
                    ? "none of the choices converges, so no run converges first"
                    : "none of the choices ends with a finite loss")
        }
        // Two losses that differ only by rounding (two runs in the same minimum) are a tie, not a winner by chance.
        let winners = scores.indices.filter { index in
            scores[index].map { $0 - best <= 1e-9 * max(1, abs(best)) } ?? false
        }
        guard winners.count == 1 else {
            let names = winners.map { choices[$0].name }.joined(separator: " and ")
            throw Diagnostics(
                exercise.answerLocation, "\(names) tie (\(best)), so the question has no single answer")
        }
        return .choice(winners[0], scores: scores)
    }

    /// The author's `expect:` against the computed answer, within the exercise's accuracy.
    func check(_ exercise: Exercise, _ answer: ExerciseAnswer) throws(Diagnostics) {
        guard let expectation = exercise.expectation, let at = exercise.expectationLocation else { return }
        switch (expectation, answer, exercise.kind) {
        case (.choice(let name), .choice(let index, _), .choice(let choices, _)):
            guard choices[index].name == name else {
                throw Diagnostics(
                    at, "'expect' says \(name), but the runs make \(choices[index].name) the answer")
            }
        case (.numbers(let expected), .numbers(let computed), _):
            guard expected.count == computed.count else {
                throw Diagnostics(at, "'expect' has \(expected.count) values; the answer has \(computed.count)")
            }
            for (e, x) in zip(expected, computed) where !exercise.accuracy.accepts(e, for: x) {
                let shown = computed.map { exercise.accuracy.format.format($0).prose }.joined(separator: ", ")
                throw Diagnostics(
                    at,
                    "'expect' says \(expected.map { "\($0)" }.joined(separator: ", ")), but the runs give \(shown) (\(exercise.accuracy))"
                )
            }
        default: break
        }
    }
}

extension Exercise.Accuracy: CustomStringConvertible {
    /// Whether `given` counts as the answer `x`.
    public func accepts(_ given: Double, for x: Double) -> Bool {
        switch self {
        case .digits: format.format(given) == format.format(x)
        case .absolute(let tolerance): abs(given - x) <= tolerance
        case .relative(let fraction): abs(given - x) <= fraction * abs(x)
        }
    }

    /// How the answer is printed: with its significant digits, or with six.
    public var format: NumberFormat {
        if case .digits(let n) = self { .significant(n) } else { .default }
    }

    public var description: String {
        switch self {
        case .digits(let n): "to \(n) significant digits"
        case .absolute(let tolerance): "within ±\(tolerance)"
        case .relative(let fraction): "within \(fraction * 100)%"
        }
    }
}
