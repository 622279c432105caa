import GradusLessons
import GradusRuns
import GradusTestSupport
import Testing

/// Answers computed from runs whose numbers are worked out by hand (see `Examples`).
struct ExerciseCheckTests {
    /// The exercise of a lesson whose body is one exercise block.
    func answer(_ block: String, _ examples: String...) throws -> (LessonRun, Exercise) {
        let run = try lessonRun(examples.joined(), body: "```gradus exercise\n\(block)\n```\n")
        return (run, try #require(run.lesson.blocks.first?.exercise))
    }

    func message(_ block: String, _ examples: String...) throws -> String? {
        let (run, exercise) = try answer(block, examples.joined())
        do {
            _ = try run.answer(exercise)
            return nil
        } catch {
            return error.all.first?.message
        }
    }

    @Test func aNumberIsTheExpressionOverTheRun() throws {
        // x = 3, 1.5, 0.75, so J = 9, 2.25, 0.5625: J₀ − J₂ = 8.4375, and its square root over the final x is 3.873/0.75.
        let (run, exercise) = try answer(
            "question: Q\nanswer: sq.iter[0].loss - sq.final.loss\ndigits: 5\nexpect: 8.4375", Examples.square)
        #expect(try run.answer(exercise) == .numbers([8.4375]))
        let (root, rooted) = try answer(
            "question: Q\nanswer: sqrt(sq.iter[0].loss) / sq.final.theta[0]", Examples.square)
        #expect(try root.answer(rooted) == .numbers([4]))
    }

    @Test func aStepIsThetaAfterTheUpdate() throws {
        let (run, exercise) = try answer(
            "question: Q\nstep: {example: bowl, iteration: 0}\nexpect: [0.8, 0.4]", Examples.bowl)
        guard case .numbers(let theta) = try run.answer(exercise) else {
            Issue.record("not numbers")
            return
        }
        #expect(isApproximatelyEqual(theta, [0.8, 0.4], absolute: 1e-15))
        #expect(
            try message("question: Q\nstep: {example: bowl, iteration: 0}\nexpect: [0.8, 0.5]", Examples.bowl)
                == "'expect' says 0.8, 0.5, but the runs give 0.8, 0.4 (to 3 significant digits)")
        #expect(
            try message("question: Q\nstep: {example: bowl, iteration: 1}", Examples.bowl)
                == "iteration 1 of bowl has no recorded update (the run reached the iteration limit of 1 at iteration 1)"
        )
    }

    @Test func aChoiceIsWonByTheRule() throws {
        // The Newton run converges (at iteration 1); the square run reaches its limit, and the runaway diverges.
        let (run, exercise) = try answer(
            "question: Q\nchoices: [sq, nt, wild]\nanswer: fewest-iterations", Examples.square, Examples.newton,
            Examples.runaway)
        guard case .choice(let winner, let scores) = try run.answer(exercise) else {
            Issue.record("not a choice")
            return
        }
        #expect(winner == 1)
        #expect(scores[0] == nil && scores[2] == nil)
        #expect(
            try message(
                "question: Q\nchoices: [sq, wild]\nanswer: fewest-iterations", Examples.square, Examples.runaway)
                == "none of the choices converges, so no run converges first")
        // Lowest loss: the Newton run ends at J = 0; a diverged run never wins.
        let (lowest, lowestExercise) = try answer(
            "question: Q\nchoices: [sq, nt, wild]\nanswer: lowest-loss\nexpect: nt", Examples.square, Examples.newton,
            Examples.runaway)
        #expect(try lowest.answer(lowestExercise) == .choice(1, scores: [0.5625, 0, nil]))
        #expect(
            try message(
                "question: Q\nchoices: [sq, nt]\nanswer: lowest-loss\nexpect: sq", Examples.square, Examples.newton)
                == "'expect' says sq, but the runs make nt the answer")
    }

    @Test func anAnswerThatIsNotAFiniteNumberIsAnError() throws {
        #expect(
            try message("question: Q\nanswer: sq.final.loss / 0 - sq.final.loss / 0", Examples.square)
                == "the answer is not a finite number (NaN)")
        #expect(try message("question: Q\nanswer: sq.outcome * 2", Examples.square) == "sq.outcome is not a number")
    }

    @Test func accuracyAcceptsWhatRoundsOrLiesWithinTheTolerance() {
        #expect(Exercise.Accuracy.digits(3).accepts(0.0955, for: 0.09550958))
        #expect(!Exercise.Accuracy.digits(3).accepts(0.0956, for: 0.09550958))
        #expect(Exercise.Accuracy.absolute(0.5).accepts(88.4, for: 88))
        #expect(!Exercise.Accuracy.absolute(0.5).accepts(88.6, for: 88))
        #expect(Exercise.Accuracy.relative(0.01).accepts(101, for: 100))
        #expect(!Exercise.Accuracy.relative(0.01).accepts(101.5, for: 100))
    }
}
