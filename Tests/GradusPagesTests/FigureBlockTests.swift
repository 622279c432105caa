import GradusLessons
import GradusRuns
import Testing

@testable import GradusPages

/// The figures of the geometry: function, trace, sweeps on one axis, the gap to J*, what a contour marks.
struct FigureBlockTests {
    static let frontMatter = """
        ---
        title: Figures
        order: 1
        examples:
          - name: left
            label: "Left start"
            objective: {formula: "theta^2/8 + sin(3*theta)", variables: [theta]}
            start: [-3]
            optimizer: {method: gd, lr: 0.05}
            stop: {max-iterations: 200, gradient-tolerance: 1e-8}
          - name: middle
            objective: {formula: "theta^2/8 + sin(3*theta)", variables: [theta]}
            start: [0.3]
            optimizer: {method: gd, lr: 0.05}
            stop: {max-iterations: 200, gradient-tolerance: 1e-8}
          - name: bowl
            label: "Plain bowl"
            objective: {name: quadratic, condition_number: 4, center: [2, 1.5]}
            start: [-1, 0]
            optimizer: {method: gd, lr: 0.2}
            stop: {max-iterations: 100, gradient-tolerance: 1e-8}
          - name: boxed
            objective: {name: quadratic, condition_number: 4, center: [2, 1.5]}
            start: [-1, 0]
            optimizer: {method: gd, lr: 0.2, box: {lower: [-1, -1], upper: [1, 1]}}
            stop: {max-iterations: 100, loss-change-tolerance: 1e-12}
          - name: adam
            objective: {name: quadratic, condition_number: 4, center: [2, 1.5]}
            start: [-1, 0]
            optimizer: {method: adam, lr: 0.1}
            stop: {max-iterations: 50}
          - name: mini
            label: "Mini-batch run"
            objective: linear-regression
            data: {generate: linear, samples: 20, weights: [2, -1], noise: 0.1, seed: 4}
            start: [0, 0]
            optimizer: {method: sgd, lr: 0.1, batch_size: 5, seed: 1}
            stop: {max-iterations: 20}
          - name: classes
            label: "Classifier"
            objective: logistic-regression
            data: {generate: classes, samples: 40, weights: [2, -1], noise: 0.5, seed: 11}
            start: [0, 0]
            optimizer: {method: gd, lr: 1}
            stop: {max-iterations: 50}
          - name: line
            label: "Line fit"
            objective: linear-regression
            data: {generate: linear, samples: 20, weights: [0.5], noise: 1, seed: 5, range: [0, 10], intercept: true}
            start: [0, 0]
            optimizer: {method: gd, lr: 0.01}
            stop: {max-iterations: 20}
          - name: hill
            objective: himmelblau
            start: [0, 0]
            optimizer: {method: gd, lr: 0.01}
            stop: {max-iterations: 300, gradient-tolerance: 1e-8}
        ---

        """
    /// The line of the body's first line in the file.
    static let firstBodyLine = frontMatter.split(separator: "\n", omittingEmptySubsequences: false).count

    func page(_ body: String) throws(Diagnostics) -> String {
        let lesson = try LessonParser.parse(SourceFile(path: "f.md", text: Self.frontMatter + body), slug: "f")
        var page = LessonPage(Executor.run(lesson))
        return try page.render()
    }

    /// A page's figure as drawn for wide screens (each plot is drawn again for phones).
    func wide(_ body: String) throws(Diagnostics) -> String {
        try page(body).components(separatedBy: "<div class=\"plot-narrow\">")[0]
    }

    @Test func everyPlotIsDrawnAgainForPhones() throws {
        let html = try page("```gradus plot\nkind: contour\nexamples: [bowl, boxed]\n```\n")
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" id="
        let wide = try #require(
            html.range(of: "<div class=\"plot-wide\">\(svg)\"plot-1\" class=\"gradus-plot\" viewBox=\"0 0 560 480\""))
        // The phone drawing has ids of its own and is 340 units wide: across a 390 px screen its labels grow by 390/340.
        let narrow = try #require(
            html.range(
                of: "<div class=\"plot-narrow\">\(svg)\"plot-1-narrow\" class=\"gradus-plot\" viewBox=\"0 0 340 320\""))
        #expect(wide.upperBound < narrow.lowerBound)
        // Both show the same marks.
        let halves = html.components(separatedBy: "<div class=\"plot-narrow\">")
        #expect(halves.count == 2)
        for mark in ["class=\"gp-box\"", "<g class=\"gp-optimum\">", "class=\"gp-series"] {
            let counts = halves.map { $0.components(separatedBy: mark).count - 1 }
            #expect(counts[0] > 0 && counts[0] == counts[1], "\(mark): \(counts)")
        }
        // Small multiples are stacked in one column on a phone.
        let panels = try page("```gradus plot\nkind: sweep\nexamples: [bowl, adam]\nlayout: panels\n```\n")
        #expect(panels.contains("id=\"plot-1\" class=\"gradus-plot\" viewBox=\"0 0 520 "))
        #expect(panels.contains("id=\"plot-1-narrow\" class=\"gradus-plot\" viewBox=\"0 0 340 "))
    }

    func error(_ body: String) -> String? {
        do throws(Diagnostics) {
            _ = try page(body)
            return nil
        } catch {
            return error.description
        }
    }

    func at(_ line: Int, _ column: Int, _ message: String) -> String {
        "f.md:\(Self.firstBodyLine + line - 1):\(column): error: \(message)"
    }

    @Test func functionFigureDrawsTheCurveAndEachRunOnIt() throws {
        let html = try page("```gradus plot\nkind: function\nexamples: [left, middle]\n```\n")
        #expect(html.contains("class=\"gp-curve\""))
        #expect(html.contains("class=\"gp-series gp-iterates"))
        #expect(html.contains("class=\"gp-arrow\""))
        #expect(html.contains("‘Left start’ moves θ from −3 to "))
        // The formula's variable `theta` is written θ, as in the prose.
        #expect(html.contains(">J(θ)</text>") && !html.contains(">J(theta)</text>"))
        // The table gives θ and J.
        #expect(html.contains("<td>−3, J = "))
    }

    @Test func contourMarksTheOptimumAndTheBox() throws {
        let html = try page("```gradus plot\nkind: contour\nexamples: [bowl, boxed]\n```\n")
        #expect(html.contains("class=\"gp-optimum\""))
        #expect(html.contains("<rect class=\"gp-box\""))
        #expect(html.contains(">feasible box</text>"))
        #expect(html.contains(">optimum θ*</text>"))
    }

    @Test func himmelblauShowsItsFourMinima() throws {
        let html = try wide("```gradus plot\nkind: contour\nexample: hill\nx: [-5, 5]\ny: [-5, 5]\n```\n")
        #expect(html.components(separatedBy: "<g class=\"gp-optimum\">").count - 1 == 4 + 1)  // four and the legend
    }

    @Test func sweepSharesOneLogAxisByDefault() throws {
        let html = try page("```gradus plot\nkind: sweep\nexamples: [bowl, boxed]\n```\n")
        #expect(html.contains(">Plain bowl</text>"))
        #expect(!html.contains("class=\"gp-panel"))
        #expect(html.contains("10⁻"))
        let panels = try wide("```gradus plot\nkind: sweep\nexamples: [bowl, adam]\nlayout: panels\n```\n")
        #expect(panels.components(separatedBy: "class=\"gp-panel gp-small\"").count - 1 == 2)
    }

    @Test func gapPlotDrawsJMinusJStarOnALogAxis() throws {
        let html = try page("```gradus plot\nkind: loss\nexamples: [bowl]\ngap: true\n```\n")
        #expect(html.contains(">J(θ) − J*</text>"))
        #expect(html.contains("10⁻"))
    }

    @Test func traceDrawsARecordedQuantity() throws {
        let state = try page("```gradus plot\nkind: trace\nexample: adam\nquantity: state.exp_avg_sq[0]\n```\n")
        #expect(state.contains(">exp_avg_sq[0]</text>"))
        #expect(state.contains("exp_avg_sq[0] of ‘Adam (learning rate"))
        let theta = try page("```gradus plot\nkind: trace\nexamples: [left, middle]\nquantity: theta[0]\n```\n")
        #expect(theta.contains(">θ</text>") && !theta.contains(">theta</text>"))
        let batch = try page("```gradus plot\nkind: trace\nexample: mini\nquantity: batch-loss\n```\n")
        #expect(batch.contains("Mini-batch run (batch)") && batch.contains("Mini-batch run (full)"))
        let lr = try page("```gradus plot\nkind: trace\nexample: adam\nquantity: learning-rate\n```\n")
        #expect(lr.contains(">learning rate α</text>"))
    }

    @Test func methodsKeepTheirStyleAcrossFigures() throws {
        // bowl (gd) and adam appear together: each takes its method's slot (gd 0, adam 3).
        let html = try page("```gradus plot\nkind: loss\nexamples: [adam, bowl]\n```\n")
        #expect(html.contains("gp-series gp-c3 gp-d3"))
        #expect(html.contains("gp-series gp-c0 gp-d0"))
        // Two gradient-descent runs compared with each other take slots by order instead.
        let same = try page("```gradus plot\nkind: loss\nexamples: [bowl, boxed]\n```\n")
        #expect(same.contains("gp-series gp-c0 gp-d0") && same.contains("gp-series gp-c1 gp-d1"))
    }

    @Test func dataFigureDrawsTheSamplesAndEachBoundary() throws {
        let html = try wide("```gradus plot\nkind: data\nexamples: [classes]\n```\n")
        #expect(html.components(separatedBy: "class=\"gp-sample gp-group").count - 1 == 40)
        #expect(html.contains("Classifier: decision boundary"))
        #expect(html.contains("40 samples of two classes with the decision boundary of each run&#39;s final θ."))
        let fit = try wide("```gradus plot\nkind: data\nexample: line\n```\n")
        #expect(fit.components(separatedBy: "<circle class=\"gp-sample\"").count - 1 == 20)
        #expect(fit.contains("Line fit: fitted line"))
    }

    @Test func curveDrawsAFormulaOrAFamily() throws {
        let one = try page("```gradus plot\nkind: curve\nformula: \"x^2\"\nx: [-1, 1]\n```\n")
        #expect(one.contains("The curve of x² for x from −1 to 1."))
        #expect(one.contains("<th scope=\"row\">0.2</th><td>0.04</td>"))
        let family = try wide(
            "```gradus plot\nkind: curve\nformula: \"beta^t\"\nvariable: t\nfamily: {beta: [0.95, 0.9, 0.6]}\nx: [0, 50]\n```\n"
        )
        // Legends and captions write the parameter's Greek letter, as the prose does.
        #expect(family.contains(">β = 0.95</text>") && family.contains(">β = 0.6</text>"))
        #expect(family.components(separatedBy: "class=\"gp-series").count - 1 == 3)
    }

    static let mistakes: [(String, Int, Int, String)] = [
        (
            "```gradus plot\nkind: trace\nexample: adam\nquantity: momentum\n```\n", 4, 11,
            "unknown quantity 'momentum'; expected loss, gradient-norm, learning-rate, batch-loss, theta[i], gradient[i], update[i] or state.NAME[i]"
        ),
        (
            "```gradus plot\nkind: trace\nexample: adam\n```\n", 1, 1,
            "a trace plot needs 'quantity: …', e.g. 'quantity: theta[0]' or 'quantity: learning-rate'"
        ),
        (
            "```gradus plot\nkind: loss\nexample: adam\nquantity: loss\n```\n", 4, 11,
            "'quantity' belongs to 'trace' plots, not to a 'loss' plot"
        ),
        (
            "```gradus plot\nkind: contour\nexample: adam\ngap: true\n```\n", 4, 6,
            "'gap' belongs to 'loss' and 'sweep' plots, not to a 'contour' plot"
        ),
        (
            "```gradus plot\nkind: sweep\nexamples: [bowl, adam]\nlayout: grid\n```\n", 4, 9,
            "'layout' is 'shared' (one plot, the default) or 'panels' (one panel per example)"
        ),
        (
            "```gradus plot\nkind: loss\nexamples: [bowl, left]\ngap: true\n```\n", 3, 18,
            "'gap: true' needs J*, and the minimum of ‘left’ is not known (known: least squares, quadratics, Rosenbrock, Himmelblau, Booth, Beale)"
        ),
        (
            "```gradus plot\nkind: function\nexample: bowl\n```\n", 1, 1,
            "a function plot needs examples with one parameter; use 'kind: contour' for two"
        ),
        (
            "```gradus plot\nkind: trace\nexample: bowl\nquantity: state.exp_avg[0]\n```\n", 3, 10,
            "‘bowl’ records no optimizer state 'exp_avg' (its method keeps none)"
        ),
        (
            "```gradus plot\nkind: trace\nexample: adam\nquantity: state.velocity[0]\n```\n", 3, 10,
            "‘adam’ records no optimizer state 'velocity'; it records: exp_avg, exp_avg_sq"
        ),
        (
            "```gradus plot\nkind: trace\nexample: adam\nquantity: theta[5]\n```\n", 3, 10,
            "‘adam’ has 2 parameters, so there is no component 5"
        ),
        (
            "```gradus plot\nkind: trace\nexample: adam\nquantity: batch-loss\n```\n", 3, 10,
            "‘adam’ is not a mini-batch run, so it has no batch loss"
        ),
        (
            "```gradus plot\nkind: data\nexample: bowl\n```\n", 3, 10,
            "a data plot needs a regression or a classifier; ‘bowl’ has no samples"
        ),
        (
            "```gradus plot\nkind: data\nexample: mini\n```\n", 3, 10,
            "a data plot of a regression needs one feature (and an intercept); ‘mini’ has 2"
        ),
        (
            "```gradus plot\nkind: curve\nx: [0, 1]\n```\n", 1, 1,
            "a curve needs 'formula: …', e.g. 'formula: \"beta^t\"'"
        ),
        ("```gradus plot\nkind: curve\nformula: \"x^2\"\n```\n", 1, 1, "a curve needs its region, e.g. 'x: [0, 50]'"),
        (
            "```gradus plot\nkind: curve\nformula: \"x^2 + (x\"\nx: [0, 1]\n```\n", 3, 17,
            "in the formula: unbalanced parenthesis: this '(' is never closed"
        ),
        (
            "```gradus plot\nkind: curve\nformula: \"x * y\"\nx: [0, 1]\n```\n", 3, 15,
            "in the formula: a curve has one variable: name it with 'variable: …', and give another name values with 'family: {NAME: [values]}'"
        ),
        (
            "```gradus plot\nkind: curve\nformula: \"beta^t\"\nfamily: [0.9]\nx: [0, 1]\n```\n", 4, 9,
            "'family' is one parameter and its values, e.g. '{beta: [0.95, 0.9, 0.6]}'"
        ),
        (
            "```gradus plot\nkind: curve\nexample: bowl\nformula: \"x\"\nx: [0, 1]\n```\n", 3, 10,
            "a curve draws a formula, not examples: remove 'example'/'examples'"
        ),
        (
            "```gradus plot\nkind: loss\nexample: bowl\nformula: \"x\"\n```\n", 4, 10,
            "'formula' belongs to 'curve' plots, not to a 'loss' plot"
        ),
    ]

    @Test(arguments: mistakes)
    func eachMistakeIsDiagnosedAtItsPlace(_ mistake: (String, Int, Int, String)) {
        #expect(error(mistake.0) == at(mistake.1, mistake.2, mistake.3))
    }
}
