import GradusLessons
import GradusRuns
import GradusText

/// How a page shows its exercises' answers.
public enum ExerciseMode: Sendable {
    /// Under a "Show answer" fold.
    case web
    /// Not at all: the question and room to answer (a student's sheet).
    case student
    /// Open, with what counts as right (a teacher's edition).
    case teacher
}

extension LessonPage {
    /// "Exercise N", the question, and the answer as the mode wants it.
    mutating func exercise(_ block: GeneratedBlock, runs: [ExampleRun]) -> HTMLWriter {
        guard let exercise = block.exercise else { return HTMLWriter() }
        exerciseCount += 1
        let computed: ExerciseAnswer
        do throws(Diagnostics) {
            computed = try run.answer(exercise)
        } catch {
            problems += error.all
            return HTMLWriter()
        }
        var out = HTMLWriter()
        out.open(
            "section",
            [
                .init("class", exercises == .student ? "exercise sheet" : "exercise"),
                .init("id", "\(idPrefix)exercise-\(exerciseCount)"),
            ])
        out.newline()
        out.element("p", [.init("class", "exercise-title")], words(.exerciseTitle, ["n": "\(exerciseCount)"]))
        out.newline()
        out.append(fragment(exercise.question, inline: false))
        if case .choice = exercise.kind {
            out.open("ol", [.init("class", "choices")])
            for (index, run) in runs.enumerated() {
                out.open("li")
                out.element("span", [.init("class", "choice-letter")], Self.letter(index))
                out.text(" " + words.label(run.example))
                out.close("li")
            }
            out.close("ol")
            out.newline()
        }
        switch exercises {
        case .student:
            if case .choice = exercise.kind {
            } else {
                out.element(
                    "div", [.init("class", "answer-space"), .init("data-label", words(.exerciseYourAnswer))], "")
                out.newline()
            }
        case .web, .teacher:
            let isWeb = exercises == .web
            out.open(isWeb ? "details" : "div", [.init("class", "answer")])
            out.newline()
            if isWeb {
                out.element("summary", words(.exerciseShowAnswer))
                out.newline()
            }
            out.open("p", [.init("class", "answer-value")])
            out.element("strong", words(.exerciseAnswerWord))
            out.text(words.sentenceSpace + answerText(exercise, computed, runs))
            out.close("p")
            out.newline()
            if let accept = acceptance(exercise) {
                out.element("p", [.init("class", "accept")], accept)
                out.newline()
            }
            out.append(solution(exercise, computed, runs, block))
            out.close(isWeb ? "details" : "div")
            out.newline()
        }
        out.close("section")
        out.newline()
        return out
    }

    /// The lesson's exercises alone, numbered as on its page (a variant's sheet).
    mutating func exercisesOnly() throws(Diagnostics) -> HTMLWriter {
        var out = HTMLWriter()
        for block in run.lesson.blocks where block.kind == .exercise { out.append(self.block(block)) }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return out
    }

    /// Each exercise's answer in words, in the order of the page.
    func answers() throws(Diagnostics) -> [String] {
        var answers: [String] = []
        for block in run.lesson.blocks where block.kind == .exercise {
            guard let exercise = block.exercise else { continue }
            let runs = block.examples.compactMap { run.run(named: $0.name) }
            answers.append(answerText(exercise, try run.answer(exercise), runs))
        }
        return answers
    }

    static func letter(_ index: Int) -> String {
        index < 26 ? String(UnicodeScalar(UInt8(65 + index))) : "\(index + 1)"
    }

    /// The answer in the lesson's notation, with the exercise's digits.
    func answerText(_ exercise: Exercise, _ answer: ExerciseAnswer, _ runs: [ExampleRun]) -> String {
        switch answer {
        case .numbers(let values):
            guard case .step = exercise.kind, let example = runs.first?.example else {
                return values.map { words.number($0, exercise.accuracy.format) }.joined(separator: words.listSeparator)
            }
            let names = words.parameterNames(example)
            return zip(names, values).map { "\($0) = " + words.number($1, exercise.accuracy.format) }
                .joined(separator: words(.settingsSeparator))
        case .choice(let index, _):
            return words(
                .evidenceOutcome, ["example": Self.letter(index), "outcome": words.label(runs[index].example)])
        }
    }

    /// What counts as right, for a number or a step.
    func acceptance(_ exercise: Exercise) -> String? {
        if case .choice = exercise.kind { return nil }
        switch exercise.accuracy {
        case .digits(let n): return words(.exerciseAcceptDigits, ["n": "\(n)"])
        case .absolute(let tolerance): return words(.exerciseAcceptAbsolute, ["tolerance": words.number(tolerance)])
        case .relative(let fraction): return words(.exerciseAcceptRelative, ["percent": words.number(fraction * 100)])
        }
    }

    /// The worked step (for a step), each choice's result (for a choice), then the author's solution.
    mutating func solution(
        _ exercise: Exercise, _ answer: ExerciseAnswer, _ runs: [ExampleRun], _ block: GeneratedBlock
    ) -> HTMLWriter {
        var out = HTMLWriter()
        switch (exercise.kind, answer) {
        case (.step(let reference, let k), _):
            var digits = 6
            if case .digits(let n) = exercise.accuracy { digits = max(n, 3) }
            let step = GeneratedBlock.workedStep(reference, iteration: k, digits: digits, at: block.location)
            do throws(Diagnostics) {
                out.append(try WorkedStep(run: runs[0], block: step, words: words).html)
            } catch {
                problems += error.all
            }
        case (.choice(_, let rule), .choice(_, let scores)):
            out.open("ul", [.init("class", "choice-results")])
            out.newline()
            for (index, run) in runs.enumerated() {
                let result: String
                switch (rule, scores[index]) {
                case (.lowestLoss, let loss?):
                    result = words(.quantityFinal, ["q": words.notation.objective]) + " = " + words.number(loss)
                default: result = words.outcome(run.trace.outcome)
                }
                out.element(
                    "li", words(.evidenceOutcome, ["example": Self.letter(index), "outcome": result]))
                out.newline()
            }
            out.close("ul")
            out.newline()
        default: break
        }
        if !exercise.solution.isEmpty {
            out.open("div", [.init("class", "solution")])
            out.newline()
            out.append(fragment(exercise.solution, inline: false))
            out.close("div")
            out.newline()
        }
        return out
    }
}
