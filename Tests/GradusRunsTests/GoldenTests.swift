import GradusLessons
import GradusOptim
import Testing

@testable import GradusRuns

/// Golden files (`Golden.swift`): what they record, how they read back, and the tolerance of a comparison.
struct GoldenTests {
    let body = "Loss {{ sq.final.loss }}; {{ sq.outcome }}; {{ bowl.objective.formula }}.\n"

    @Test func aGoldenFileRecordsTheBoundValuesThenSamplesOfEachRun() throws {
        let run = try lessonRun(Examples.square, body: body)
        let golden = Golden.record(run)
        // The bindings first, in reading order (the missing example 'bowl' is left out), then the samples.
        #expect(golden.entries.first?.key == "sq.final.loss")
        #expect(golden.entries.first?.value == .number(0.5625))
        #expect(golden.entries[1].value == .text("reached the iteration limit of 2"))
        #expect(!golden.entries.contains { $0.key.hasPrefix("bowl.") })
        #expect(golden.entries.contains { $0.key == "sq.iter[1].theta[0]" && $0.value == .number(1.5) })
        #expect(golden.entries.contains { $0.key == "sq.iterations" && $0.value == .integer(2) })
        #expect(
            golden.text.hasPrefix(
                GoldenFile.header + "sq.final.loss = 0.5625\nsq.outcome = \"reached the iteration limit of 2\"\n"))
    }

    @Test func aGoldenFileReadsBackAsWritten() throws {
        let run = try lessonRun(Examples.square, Examples.bowl, body: body)
        let golden = Golden.record(run)
        // The TeX holds backslashes and the text quotes: both survive the round trip.
        #expect(golden.entries.contains { $0.value == .text("x^{2} + 3 y^{2}") })
        let parsed = try GoldenFile(parsing: SourceFile(path: "l.golden", text: golden.text))
        #expect(parsed == golden)
        let quoted = GoldenFile(entries: [.init(key: "a", value: .text("say \"\\frac\""))])
        #expect(try GoldenFile(parsing: SourceFile(path: "l.golden", text: quoted.text)) == quoted)
        #expect(Golden.compare(parsed, with: run).isEmpty)
    }

    @Test func aLineThatIsNotKeyEqualsValueIsADiagnosticAtIt() throws {
        let text = "# comment\nsq.final.loss = 1\nnot a pair\nsq.iterations = two\n"
        #expect(
            throws: Diagnostics([
                Diagnostic(SourceLocation(path: "l.golden", line: 3, column: 1), "expected 'key = value'"),
                Diagnostic(
                    SourceLocation(path: "l.golden", line: 4, column: 17), "'two' is not a number or a quoted text"),
            ])
        ) {
            try GoldenFile(parsing: SourceFile(path: "l.golden", text: text))
        }
    }

    /// The golden file of `run` with the value of `key` replaced.
    func golden(_ run: LessonRun, _ key: String, _ value: Value) -> GoldenFile {
        GoldenFile(entries: Golden.record(run).entries.map { $0.key == key ? .init(key: key, value: value) : $0 })
    }

    @Test func numbersAreComparedWithinTheExamplesTolerance() throws {
        let run = try lessonRun(Examples.square, body: body)
        // The default tolerance accepts |new − golden| ≤ 1e-12 + 1e-9·|golden|: for a golden 0.5625 that is
        // 5.635e-10, so a golden value 4e-10 away still agrees and one 1e-9 away does not.
        #expect(Golden.compare(golden(run, "sq.final.loss", .number(0.5625 + 4e-10)), with: run).isEmpty)
        let differences = Golden.compare(golden(run, "sq.final.loss", .number(0.5625 + 1e-9)), with: run)
        #expect(differences.count == 1)
        let difference = try #require(differences.first)
        #expect(difference.example == "sq")
        #expect(difference.quantity == "final.loss")
        #expect(difference.iteration == 2)
        #expect(difference.new == .number(0.5625))
        // Four lines of front matter, the example's five, `---`.
        #expect(difference.affected.map(\.location.line) == [11])
        #expect(
            difference.description.hasPrefix(
                "l.md:5:5: error: example 'sq', iteration 2, final.loss: golden 0.562500001, now 0.5625\n"))
        #expect(
            difference.description.hasSuffix("note: the page shows it here: " + body.trimmingCharacters(in: .newlines)))
    }

    @Test func anExamplesOwnToleranceWidensTheComparison() throws {
        let loose = Examples.square.replacingOccurrences(
            of: "    stop: {max-iterations: 2}\n",
            with: "    stop: {max-iterations: 2}\n    check: {rtol: 1e-3, atol: 0}\n")
        let run = try lessonRun(loose, body: body)
        // 1e-3·0.5625 = 5.625e-4: 5e-4 away agrees, 6e-4 does not.
        #expect(Golden.compare(golden(run, "sq.final.loss", .number(0.5625 + 5e-4)), with: run).isEmpty)
        #expect(Golden.compare(golden(run, "sq.final.loss", .number(0.5625 + 6e-4)), with: run).count == 1)
    }

    @Test func integersAndTextsMustBeEqualAndMissingKeysAreDifferences() throws {
        let run = try lessonRun(Examples.square, body: body)
        #expect(Golden.compare(golden(run, "sq.iterations", .integer(3)), with: run).map(\.quantity) == ["iterations"])
        #expect(Golden.compare(golden(run, "sq.outcome", .text("diverged")), with: run).map(\.quantity) == ["outcome"])
        // A key the runs no longer have, and a value the golden file lacks.
        var extra = Golden.record(run)
        extra.entries.append(.init(key: "sq.iter[7].loss", value: .number(1)))
        let gone = try #require(Golden.compare(extra, with: run).first)
        #expect(gone.new == nil && gone.golden == .number(1) && gone.iteration == 7)
        var short = Golden.record(run)
        short.entries.removeAll { $0.key == "sq.final.loss" }
        let added = try #require(Golden.compare(short, with: run).first)
        #expect(added.golden == nil && added.new == .number(0.5625))
        #expect(added.description.contains("golden (none), now 0.5625"))
    }

    @Test func updatingWritesTheRunsValuesOverTheOldOnes() throws {
        // `gradus check --update` writes `record` of the new run: a changed learning rate changes the file.
        let before = Golden.record(try lessonRun(Examples.square, body: body))
        let faster = Examples.square.replacingOccurrences(of: "lr: 0.25", with: "lr: 0.5")
        let after = Golden.record(try lessonRun(faster, body: body))
        // lr 0.5 on x² lands on 0 in one step: x ← x − 0.5·2x = 0.
        #expect(after.entries.first == .init(key: "sq.final.loss", value: .number(0)))
        #expect(before.entries.first == .init(key: "sq.final.loss", value: .number(0.5625)))
        #expect(Golden.compare(after, with: try lessonRun(faster, body: body)).isEmpty)
        #expect(!Golden.compare(before, with: try lessonRun(faster, body: body)).isEmpty)
    }
}
