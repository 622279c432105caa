import Foundation
import GradusLessons
import GradusMath
import GradusOptim
import Testing

@testable import GradusPages
@testable import GradusRuns

/// A lesson with formula objectives, end to end: parsed, run, its bindings resolved and its page rendered.
struct FormulaPageTests {
    static let source = """
        ---
        title: Formulas
        order: 1
        examples:
          - name: bowl
            objective: {formula: "x1^2 + 2*x2^2", variables: [x1, x2]}
            start: [-5, -2]
            optimizer: {method: gd, lr: 0.1}
            stop: {max-iterations: 20}
          - name: wave
            objective: {formula: "x * cos(c * x)", constants: {c: 0.15 * pi}}
            start: [10]
            optimizer: {method: gd, lr: 2}
            stop: {max-iterations: 10}
          - name: cliff
            objective: {formula: "x - 2*log(x)"}
            start: [4]
            optimizer: {method: gd, lr: 10}
            stop: {max-iterations: 10}
        ---
        We minimise $f(x_1, x_2) = {{ bowl.objective.formula }}$, whose gradient is {{ bowl.objective.gradient }}.
        After 20 steps $x_1 = {{ bowl.final.x1 | fixed 6 }}$ and x₂ = {{ bowl.iter[20].x2 | fixed 6 }}.
        The wave's $c = {{ wave.objective.c | sig 4 }}$ and $f'(x) = {{ wave.objective.derivative.x }}$; it ends at
        {{ wave.final.theta[0] | fixed 6 }}. The cliff: {{ cliff.outcome }}.

        """

    static func run() throws -> LessonRun {
        Executor.run(try LessonParser.parse(SourceFile(path: "l.md", text: source), slug: "l"))
    }

    @Test func thePageRendersTheFormulasAsMathAndTheReferenceFigures() throws {
        var page = LessonPage(try Self.run())
        let html = try page.render()
        // In prose the gradient is math, not TeX source.
        #expect(html.contains("whose gradient is <math"))
        #expect(html.contains(try TeX.mathML("\\left(2 x_{1}, 4 x_{2}\\right)", style: .inline)))
        #expect(html.contains("−0.057646"))
        #expect(html.contains("−0.000073"))
        #expect(html.contains("−1.528166"))
        #expect(html.contains("failed at iteration 1: log of a negative number (−1) at x = −1"))
    }

    @Test func aContourOfAFormulaNamesItsAxesByTheVariables() throws {
        let text = Self.source + "```gradus plot\nkind: contour\nexamples: [bowl]\n```\n"
        var page = LessonPage(Executor.run(try LessonParser.parse(SourceFile(path: "l.md", text: text), slug: "l")))
        let html = try page.render()
        #expect(html.contains(">x1</text>"))
        #expect(html.contains(">x2</text>"))
        #expect(!html.contains(">θ[0]</text>"))
    }

    @Test func domainFailuresAreWordedInChinese() throws {
        let violation = DomainViolation(kind: .negative, operation: "log", argument: -1, variables: ["x"], theta: [-1])
        #expect(Localization(language: "zh").failure(.outsideDomain(violation)) == "在 x = −1 处，log 的参数为负数（−1）")
        #expect(
            Localization(language: "en").failure(.outsideDomain(violation)) == "log of a negative number (−1) at x = −1"
        )
    }
}
