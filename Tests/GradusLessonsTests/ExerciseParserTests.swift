import GradusTestSupport
import Testing

@testable import GradusLessons

struct ExerciseParserTests {
    /// A lesson with one example whose body is `block` inside a ```` ```gradus exercise ```` fence: the block's
    /// first line is line 18 of the file (without `front`).
    static func lesson(_ block: String, front: String = "") -> String {
        """
        ---
        title: T
        order: 1
        examples:
          - name: seed
            objective: {name: quadratic, A: [[2]]}
            start: [1]
            optimizer: {method: gd, lr: 0.1}
            stop: {max-iterations: 5}
          - name: fast
            objective: {name: quadratic, A: [[2]]}
            start: [1]
            optimizer: {method: gd, lr: 0.4}
            stop: {max-iterations: 5}
        \(front)---

        ```gradus exercise
        \(block)
        ```

        """
    }

    func exercise(_ block: String) throws -> Exercise {
        let lesson = try parse(Self.lesson(block))
        return try #require(lesson.blocks.first?.exercise)
    }

    @Test func readsANumberWithItsDigitsSolutionAndExpectation() throws {
        let exercise = try exercise(
            """
            question: |
              With $\\alpha = {{ seed.lr }}$, what is the loss
              after {{ seed.iterations }} steps?
            answer: seed.iter[0].loss - 2 * seed.final.loss
            digits: 4
            expect: 0.5
            solution: Subtract.
            """)
        #expect(exercise.accuracy == .digits(4))
        #expect(exercise.expectation == .numbers([0.5]))
        guard case .number(let expression) = exercise.kind else {
            Issue.record("not a number exercise")
            return
        }
        #expect(expression.bindings.map(\.pathText) == ["seed.iter[0].loss", "seed.final.loss"])
        // Each binding of the answer and of the question is placed at its own line and column.
        #expect(expression.bindings.map(\.location.column) == [9, 33])
        #expect(expression.bindings.allSatisfy { $0.location.line == 21 })
        let question = Lesson.bindings(in: exercise.question)
        #expect(question.map { "\($0.location.line):\($0.location.column)" } == ["19:18", "20:9"])
        #expect(try expression.evaluate { binding in binding.pathText == "seed.final.loss" ? 1 : 5 } == 3)
        #expect(!exercise.solution.isEmpty)
    }

    @Test func readsAChoiceAndAStep() throws {
        let choice = try exercise("question: Which is first?\nchoices: [seed, fast]\nanswer: fewest-iterations")
        guard case .choice(let choices, let rule) = choice.kind else {
            Issue.record("not a choice")
            return
        }
        #expect(choices.map(\.name) == ["seed", "fast"])
        #expect(rule == .fewestIterations)
        let step = try exercise("question: One step.\nstep: {example: fast, iteration: 2}\ntolerance: 1%")
        guard case .step(let example, let iteration) = step.kind else {
            Issue.record("not a step")
            return
        }
        #expect(example.name == "fast" && iteration == 2)
        #expect(step.accuracy == .relative(0.01))
        #expect(try exercise("question: Q\nanswer: seed.lr\ntolerance: 0.001").accuracy == .absolute(0.001))
    }

    @Test func theArithmeticFollowsPrecedence() throws {
        let expression = try AnswerExpression.parse("-2^2 + max(1, 3) * (1 - 0.5) / abs(-2)") { _ in
            SourceLocation(path: "x", line: 1, column: 1)
        }
        #expect(try expression.evaluate { _ in 0 } == -4 + 0.75)
    }

    @Test(arguments: [
        (
            "answer: seed.lr",
            "lesson.md:17:1: error: an exercise needs 'question: …' (Markdown, with bindings and math)"
        ),
        (
            "question: Q",
            "lesson.md:17:1: error: an exercise needs 'answer: …' (a value such as seed.final.loss, or an expression over values), or 'step: {example: NAME, iteration: 0}'"
        ),
        (
            "question: Q\nanswer: seed.final.loss +",
            "lesson.md:19:26: error: the answer ends where a number or a value was expected"
        ),
        (
            "question: Q\nanswer: 2 * sead",
            "lesson.md:19:13: error: 'sead' is neither a value of a run (write EXAMPLE.VALUE, e.g. seed.final.loss) nor a function (abs, exp, log, max, min, sqrt)"
        ),
        ("question: Q\nanswer: (seed.lr", "lesson.md:19:17: error: expected ')' in the answer"),
        (
            "question: Q\nanswer: seed.lr\ndigits: 3\ntolerance: 0.1",
            "lesson.md:21:12: error: give either 'digits' (significant digits) or 'tolerance', not both"
        ),
        (
            "question: Q\nanswer: seed.lr\ntolerance: -1",
            "lesson.md:20:12: error: 'tolerance' is a positive number (absolute, e.g. 0.001) or a percentage (relative, e.g. 2%)"
        ),
        ("question: Q\nanswer: seed.lr\ndigits: 0", "lesson.md:20:9: error: 'digits' must be between 1 and 17"),
        (
            "question: Q\nchoices: [seed, fast]\nanswer: fastest",
            "lesson.md:20:9: error: the answer of a choice is the rule that picks it: fewest-iterations or lowest-loss, not 'fastest'"
        ),
        (
            "question: Q\nchoices: [seed, seed]\nanswer: lowest-loss",
            "lesson.md:19:17: error: 'seed' is already a choice"
        ),
        (
            "question: Q\nchoices: [seed, fast]\nanswer: lowest-loss\nexpect: slow",
            "lesson.md:21:9: error: 'expect' must be one of the choices, not 'slow'"
        ),
        (
            "question: Q\nstep: {example: seed}\nanswer: seed.lr",
            "lesson.md:20:9: error: a 'step' exercise's answer is the step itself: remove 'answer' and 'choices'"
        ),
        (
            "question: Q\nanswer: seed.lr\nhint: none",
            "lesson.md:20:1: error: unknown key 'hint' in an exercise; expected one of: question, answer, choices, step, digits, tolerance, solution, expect"
        ),
        (
            "question: |\n  Find {{ seed.lr\nanswer: seed.lr",
            "lesson.md:19:8: error: '{{' is not closed by '}}' on the same line"
        ),
        ("question: \"\"\nanswer: seed.lr", "lesson.md:18:11: error: 'question' is empty"),
    ])
    func everyMistakeIsOneErrorAtItsPlace(block: String, message: String) {
        #expect(diagnostic(Self.lesson(block)) == message)
    }

    @Test func varyDrawsCombinationsWithASeed() throws {
        let lesson = try parse(
            Self.lesson(
                "question: Q\nanswer: seed.lr",
                front: "vary:\n  seed.optimizer.lr: [0.1, 0.2, 0.3]\n  seed.start: {from: 1, to: 2, step: 0.5}\n"))
        let variation = try #require(lesson.variation)
        #expect(variation.combinations == 9)
        #expect(variation.axes[1].values == ["1", "1.5", "2"])
        let drawn = (1...9).map { variation.choice(variant: $0, seed: 3) }
        // Nine variants are the nine combinations, each once; the same seed draws the same ones.
        #expect(Set(drawn.map { "\($0)" }).count == 9)
        #expect(drawn == (1...9).map { variation.choice(variant: $0, seed: 3) })
        #expect(drawn != (1...9).map { variation.choice(variant: $0, seed: 4) })
        #expect(variation.choice(variant: 10, seed: 3) == drawn[0])
        let settings = variation.overrides(variant: 1, seed: 3).settings
        #expect(settings.map(\.example) == ["seed", "seed"])
        #expect(settings.map(\.path) == [["optimizer", "lr"], ["start"]])
    }

    @Test(arguments: [
        (
            "vary:\n  sed.optimizer.lr: [0.1]\n",
            "lesson.md:16:3: error: 'vary' names no example of this lesson: 'sed'; its examples: seed, fast"
        ),
        (
            "vary:\n  seed: [0.1]\n",
            "lesson.md:16:3: error: a key of 'vary' is EXAMPLE.FIELD, e.g. seed.optimizer.lr, not 'seed'"
        ),
        (
            "vary:\n  seed.optimizer.lr: 0.1\n",
            "lesson.md:16:22: error: 'seed.optimizer.lr' takes a list of values or a range {from: A, to: B, step: S}"
        ),
        (
            "vary:\n  seed.optimizer.lr: {from: 1, to: 0, step: 1}\n",
            "lesson.md:16:22: error: a range needs 'step' > 0 and 'to' ≥ 'from'"
        ),
    ])
    func everyMistakeInVaryIsAnErrorAtItsPlace(front: String, message: String) {
        #expect(diagnostic(Self.lesson("question: Q\nanswer: seed.lr", front: front)) == message)
    }
}
