import GradusOptim
import GradusTestSupport
import Testing

@testable import GradusLessons

struct LessonParserTests {
    @Test func parsesFrontMatterAndExamples() throws {
        let lesson = try parse(LessonText.lesson())
        #expect(lesson.title == "T")
        #expect(lesson.order == 1)
        #expect(lesson.slug == "lesson")
        #expect(!lesson.allowsRawHTML)
        let example = try #require(lesson.example(named: "seed"))
        #expect(example.start == [0.5, -0.5])
        #expect(example.method == .firstOrder(OptimizerSpec(.gd(learningRate: 0.01)), sampling: nil, box: nil))
        #expect(example.stopping == StoppingRule(maxIterations: 10))
        #expect(example.location == SourceLocation(path: "lesson.md", line: 5, column: 5))
    }

    @Test func aFileWithoutFrontMatterIsAnError() {
        #expect(
            diagnostic("# Title\n")
                == "lesson.md:1:1: error: a lesson starts with YAML front matter: a line '---', the fields, and a line '---'"
        )
    }

    @Test func unclosedFrontMatterIsAnError() {
        #expect(diagnostic("---\ntitle: T\n") == "lesson.md:1:1: error: the front matter is not closed by a line '---'")
    }

    @Test func malformedYAMLPointsAtTheProblem() throws {
        // An unclosed bracket is reported at the bracket, not where the text ends.
        let message = try #require(diagnostic("---\ntitle: T\norder: [1\n---\n"))
        #expect(
            message == "lesson.md:3:8: error: malformed YAML: this [ is not closed (did not find expected ',' or ']')")
        let other = try #require(diagnostic("---\ntitle: T\norder: 1 1: 2\n---\n"))
        #expect(other.hasPrefix("lesson.md:3:11: error: malformed YAML: mapping values are not allowed"))
    }

    @Test func unknownFrontMatterKeyPointsAtTheKey() {
        #expect(
            diagnostic("---\ntitle: T\norder: 1\ntitel: U\n---\n")
                == "lesson.md:4:1: error: unknown key 'titel' in the front matter; expected one of: title, order, summary, raw-html, examples, examples-from, notation, vary"
        )
    }

    @Test func recordsWhetherALessonDeclaresOrTakesItsExamples() throws {
        #expect(try parse(LessonText.lesson()).declaresExamples)
        let bare = try parse("---\ntitle: T\norder: 1\n---\nText.\n")
        #expect(!bare.declaresExamples)
        #expect(bare.examplesFrom == nil)
        let taking = try parse("---\ntitle: T\norder: 1\nexamples-from: other.md\n---\nText.\n")
        #expect(!taking.declaresExamples)
        #expect(
            taking.examplesFrom
                == SharedExamples(file: "other.md", location: SourceLocation(path: "lesson.md", line: 4, column: 16)))
        #expect(
            diagnostic("---\ntitle: T\norder: 1\nexamples-from: [a.md]\n---\n")
                == "lesson.md:4:16: error: 'examples-from' must be text")
    }

    @Test func unknownObjectivePointsAtTheValue() {
        let text = LessonText.lesson(
            examples: LessonText.seedExample.replacingOccurrences(of: "linear-regression", with: "linear-regresion"))
        #expect(
            diagnostic(text)
                == "lesson.md:6:16: error: unknown objective 'linear-regresion'; expected one of: linear-regression, logistic-regression, quadratic, rosenbrock, himmelblau, beale, booth, wavy"
        )
    }

    @Test func unknownOptimizerPointsAtTheMethod() {
        let text = LessonText.lesson(
            examples: LessonText.seedExample.replacingOccurrences(of: "method: gd", with: "method: adamm"))
        #expect(
            diagnostic(text)
                == "lesson.md:11:25: error: unknown optimizer 'adamm'; expected one of: gd, sgd, adam, adamw, adagrad, rmsprop, newton"
        )
    }

    @Test func raggedDataIsRejected() {
        let text = LessonText.lesson(examples: LessonText.seedExample.replacingOccurrences(of: "[3, 4]", with: "[3]"))
        #expect(diagnostic(text) == "lesson.md:8:27: error: row 3 of 'x' has 1 columns; row 1 has 2")
    }

    @Test func startOfTheWrongDimensionIsRejected() {
        let text = LessonText.lesson(
            examples: LessonText.seedExample.replacingOccurrences(of: "[0.5, -0.5]", with: "[0.5]"))
        #expect(diagnostic(text) == "lesson.md:10:12: error: 'start' has 1 values; the objective has 2 parameters")
    }

    @Test func nonFiniteDataIsRejected() {
        let text = LessonText.lesson(
            examples: LessonText.seedExample.replacingOccurrences(of: "y: [1, 2, 3, 4]", with: "y: [1, .nan, 3, 4]"))
        #expect(diagnostic(text) == "lesson.md:9:14: error: each entry of 'y' must be finite, not .nan")
    }

    @Test func severalErrorsAreReportedTogether() throws {
        let text = LessonText.lesson(body: "A {{seed.final.loss | fixd 3}} and {{ seed. }}.\n")
        let message = try #require(diagnostic(text))
        #expect(message.split(separator: "\n").count == 2)
    }

    @Test func rawHTMLIsOptIn() throws {
        let lesson = try parse("---\ntitle: T\norder: 1\nraw-html: true\n---\nText\n")
        #expect(lesson.allowsRawHTML)
    }

    func example(_ lines: String) throws(Diagnostics) -> Example {
        let lesson = try parse(LessonText.lesson(examples: lines))
        return lesson.examples[0]
    }

    @Test func parsesTorchHyperparametersSchedulesAndClipping() throws {
        let example = try example(
            """
              - name: adam
                objective: {name: rosenbrock, b: 10}
                start: [-1.5, 2]
                optimizer: {method: adam, lr: 0.05, betas: [0.8, 0.99], amsgrad: true, schedule: {name: cosine, t_max: 50}, clip_norm: 5}
                stop: {max-iterations: 50}

            """)
        guard case .firstOrder(let spec, nil, nil) = example.method else {
            Issue.record("expected a first-order method")
            return
        }
        #expect(spec.methodName == "adam")
        #expect(spec.parameters["betas"] == .pair(0.8, 0.99))
        #expect(spec.parameters["amsgrad"] == .flag(true))
        #expect(spec.schedule == .cosineAnnealing(tMax: 50, etaMin: 0))
        #expect(spec.clipNorm == 5)
        guard case .rosenbrock(let function) = example.objective else {
            Issue.record("expected Rosenbrock")
            return
        }
        #expect(function.b == 10)
    }

    @Test func parsesMiniBatchesNewtonAndBoxes() throws {
        let sgd = try example(
            LessonText.seedExample.replacingOccurrences(
                of: "{method: gd, lr: 0.01}", with: "{method: sgd, lr: 0.01, momentum: 0.9, batch_size: 2, seed: 7}"))
        #expect(
            sgd.method
                == .firstOrder(
                    try OptimizerSpec(method: "sgd", parameters: ["lr": .number(0.01), "momentum": .number(0.9)]),
                    sampling: BatchSampling(batchSize: 2, seed: 7, shuffle: true), box: nil))
        let newton = try example(
            """
              - name: n
                objective: {name: quadratic, condition_number: 50, rotation: 0.3}
                start: [1, 1]
                optimizer: {method: newton, step: armijo, c1: 0.001}
                stop: {max-iterations: 5}

            """)
        #expect(newton.method == .newton(NewtonSettings(step: .armijo(c1: 0.001, shrink: 0.5))))
        let box = try example(
            LessonText.seedExample.replacingOccurrences(
                of: "{method: gd, lr: 0.01}", with: "{method: gd, lr: 0.01, box: {lower: [0, -1], upper: [0.8, 1]}}"))
        #expect(
            box.method
                == .firstOrder(
                    OptimizerSpec(.gd(learningRate: 0.01)), sampling: nil, box: .init(lower: [0, -1], upper: [0.8, 1])))
    }

    @Test(arguments: [
        (
            "{method: sgd, lr: 0.01, momentun: 0.9}",
            "lesson.md:11:40: error: unknown key 'momentun' for the sgd method; expected one of: lr, momentum, dampening, weight_decay, nesterov, maximize, schedule, clip_norm, batch_size, seed, shuffle, box"
        ),
        ("{method: sgd, lr: -1}", "lesson.md:11:34: error: 'lr' must be ≥ 0, got -1.0"),
        (
            "{method: sgd, lr: 0.1, nesterov: true}",
            "lesson.md:11:49: error: 'nesterov' requires a momentum > 0 and zero dampening"
        ),
        (
            "{method: gd, lr: 0.1, schedule: {name: cosinus}}",
            "lesson.md:11:48: error: unknown schedule 'cosinus'; expected one of: constant, step, exponential, cosine, linear"
        ),
        ("{method: gd, lr: 0.1, seed: 3}", "lesson.md:11:44: error: 'seed' goes with 'batch_size'"),
        ("{method: newton, step: wolfe}", "lesson.md:11:33: error: 'step' is 'pure' or 'armijo', not 'wolfe'"),
    ])
    func badOptimizerSettingsAreDiagnosedAtTheirPlace(optimizer: String, expected: String) {
        let text = LessonText.lesson(
            examples: LessonText.seedExample.replacingOccurrences(of: "{method: gd, lr: 0.01}", with: optimizer))
        #expect(diagnostic(text) == expected)
    }

    @Test func newtonNeedsAHessianAndBoxesTheRightSize() {
        let box = LessonText.lesson(
            examples: LessonText.seedExample.replacingOccurrences(
                of: "{method: gd, lr: 0.01}", with: "{method: gd, lr: 0.1, box: {lower: [0], upper: [1]}}"))
        #expect(diagnostic(box) == "lesson.md:5:5: error: 'box' bounds need 2 values each, one per parameter")
    }
}

struct ExampleOverridesTests {
    let source = """
        ---
        title: T
        order: 1
        examples:
          - name: a
            objective: linear-regression
            data: {x: [[1, 2], [2, 3]], y: [1, 2]}
            start: [0.5, -0.5]
            optimizer: {method: gd, lr: 0.01}
            stop: {max-iterations: 10}
          - name: b
            objective: linear-regression
            data: {x: [[1, 2], [2, 3]], y: [1, 2]}
            start: [0, 0]
            optimizer: {method: gd, lr: 0.02}
            stop: {max-iterations: 5}
        ---
        Text.

        """

    func parse(example: String?, _ settings: [String]) throws -> Lesson {
        let overrides = try ExampleOverrides(example: example, parsing: settings)
        return try LessonParser.parse(SourceFile(path: "t.md", text: source), slug: "t", overrides: overrides)
    }

    @Test func settingsReplaceAndAddFieldsOfTheNamedExample() throws {
        let lesson = try parse(example: "a", ["optimizer.lr=0.1", "start=[1, 2]", "stop.gradient-tolerance=1e-3"])
        let a = try #require(lesson.examples.first { $0.name == "a" })
        let b = try #require(lesson.examples.first { $0.name == "b" })
        #expect(a.method.learningRate == 0.1)
        #expect(a.start == [1, 2])
        #expect(a.stopping.maxIterations == 10)
        #expect(a.stopping.gradientTolerance == 1e-3)
        // The other example is untouched.
        #expect(b.method.learningRate == 0.02 && b.start == [0, 0])
    }

    @Test func withoutAnExampleEveryExampleChanges() throws {
        let lesson = try parse(example: nil, ["stop.max-iterations=3"])
        #expect(lesson.examples.map(\.stopping.maxIterations) == [3, 3])  // was 10 and 5
    }

    @Test func badSettingsAreReported() throws {
        #expect(throws: SettingError.self) { try ExampleOverrides(example: nil, parsing: ["lr"]) }
        #expect(throws: SettingError.self) { try ExampleOverrides(example: nil, parsing: ["optimizer..lr=1"]) }
        #expect(throws: SettingError.self) { try ExampleOverrides(example: nil, parsing: ["name=c"]) }
        #expect(throws: SettingError.self) { try ExampleOverrides(example: nil, parsing: ["optimizer.lr="]) }
        // A bad value is reported where the lesson set the field it replaces.
        let error = #expect(throws: Diagnostics.self) { try parse(example: "a", ["optimizer.lr=abc"]) }
        #expect(error?.description == "t.md:9:33: error: 'lr' must be a number")
        // An example that does not exist changes nothing (`gradus run` then says it does not exist).
        let unchanged = try parse(example: "c", ["optimizer.lr=1"])
        #expect(unchanged.examples.map(\.method.learningRate) == [0.01, 0.02])
        let notMapping = #expect(throws: Diagnostics.self) { try parse(example: "a", ["start.x=1"]) }
        #expect(
            notMapping?.description
                == "t.md:8:12: error: --set start.x=1: 'start' is not a mapping of fields, so it has no 'x'")
    }
}

struct SharedDataFileTests {
    struct OneFile: DataFiles {
        let text: String
        func read(_ path: String) throws(DataFileError) -> SourceFile {
            SourceFile(path: "content/" + path, text: text)
        }
    }

    /// Two examples reading the same CSV file with a bad cell: the cell is reported once.
    @Test func aBadCellInASharedFileIsReportedOnce() throws {
        let example = { (name: String) in
            """
              - name: \(name)
                objective: linear-regression
                data: {csv: data/h.csv}
                start: [0]
                optimizer: {method: gd, lr: 0.01}
                stop: {max-iterations: 5}

            """
        }
        let text = "---\ntitle: T\norder: 1\nexamples:\n" + example("a") + example("b") + "---\nText.\n"
        let error = #expect(throws: Diagnostics.self) {
            try LessonParser.parse(
                SourceFile(path: "t.md", text: text), slug: "t", dataFiles: OneFile(text: "size,price\n1,2\n3,NA\n"))
        }
        #expect(error?.all.count == 1)
        #expect(error?.description.hasPrefix("content/data/h.csv:3:3: error:") == true)
    }
}
