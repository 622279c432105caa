import GradusOptim
@testable import GradusLessons
import Testing

struct LessonParserTests {
    @Test func parsesFrontMatterAndExamples() throws {
        let lesson = try parse(lessonText())
        #expect(lesson.title == "T")
        #expect(lesson.order == 1)
        #expect(lesson.slug == "lesson")
        #expect(!lesson.allowsRawHTML)
        let example = try #require(lesson.example(named: "seed"))
        #expect(example.start == [0.5, -0.5])
        #expect(example.method == .gradientDescent(learningRate: 0.01))
        #expect(example.stopping == StoppingRule(maxIterations: 10))
        #expect(example.location == SourceLocation(path: "lesson.md", line: 5, column: 5))
    }

    @Test func aFileWithoutFrontMatterIsAnError() {
        #expect(diagnostic("# Title\n") == "lesson.md:1:1: error: a lesson starts with YAML front matter: a line '---', the fields, and a line '---'")
    }

    @Test func unclosedFrontMatterIsAnError() {
        #expect(diagnostic("---\ntitle: T\n") == "lesson.md:1:1: error: the front matter is not closed by a line '---'")
    }

    @Test func malformedYAMLPointsAtTheProblem() throws {
        let message = try #require(diagnostic("---\ntitle: T\norder: [1\n---\n"))
        #expect(message.hasPrefix("lesson.md:4:1: error: malformed YAML"))
    }

    @Test func unknownFrontMatterKeyPointsAtTheKey() {
        #expect(
            diagnostic("---\ntitle: T\norder: 1\ntitel: U\n---\n")
                == "lesson.md:4:1: error: unknown key 'titel' in the front matter; expected one of: title, order, summary, raw-html, examples")
    }

    @Test func unknownObjectivePointsAtTheValue() {
        let text = lessonText(examples: seedExample.replacingOccurrences(of: "linear-regression", with: "linear-regresion"))
        #expect(diagnostic(text) == "lesson.md:6:16: error: unknown objective 'linear-regresion'; expected one of: linear-regression")
    }

    @Test func unknownOptimizerPointsAtTheMethod() {
        let text = lessonText(examples: seedExample.replacingOccurrences(of: "method: gd", with: "method: adamm"))
        #expect(diagnostic(text) == "lesson.md:11:25: error: unknown optimizer 'adamm'; expected one of: gd")
    }

    @Test func raggedDataIsRejected() {
        let text = lessonText(examples: seedExample.replacingOccurrences(of: "[3, 4]", with: "[3]"))
        #expect(diagnostic(text) == "lesson.md:8:27: error: row 3 of 'x' has 1 columns; row 1 has 2")
    }

    @Test func startOfTheWrongDimensionIsRejected() {
        let text = lessonText(examples: seedExample.replacingOccurrences(of: "[0.5, -0.5]", with: "[0.5]"))
        #expect(diagnostic(text) == "lesson.md:10:12: error: 'start' has 1 values; the objective has 2 parameters")
    }

    @Test func nonFiniteDataIsRejected() {
        let text = lessonText(examples: seedExample.replacingOccurrences(of: "y: [1, 2, 3, 4]", with: "y: [1, .nan, 3, 4]"))
        #expect(diagnostic(text) == "lesson.md:9:14: error: each entry of 'y' must be finite, not .nan")
    }

    @Test func severalErrorsAreReportedTogether() throws {
        let text = lessonText(body: "A {{seed.final.loss | fixd 3}} and {{ seed. }}.\n")
        let message = try #require(diagnostic(text))
        #expect(message.split(separator: "\n").count == 2)
    }

    @Test func rawHTMLIsOptIn() throws {
        let lesson = try parse("---\ntitle: T\norder: 1\nraw-html: true\n---\nText\n")
        #expect(lesson.allowsRawHTML)
    }
}
