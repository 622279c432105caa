import Foundation
import GradusLessons
import GradusMath
import GradusOptim
import GradusText
import Testing

@testable import GradusPages
@testable import GradusRuns

let seedFrontMatter = """
    ---
    title: Seed <lesson> & more
    order: 1
    summary: The "seed" example
    examples:
      - name: seed
        objective: linear-regression
        data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}
        start: [0.5, -0.5]
        optimizer: {method: gd, lr: 0.01}
        stop: {max-iterations: 1000}
      - name: wild
        objective: linear-regression
        data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}
        start: [0.5, -0.5]
        optimizer: {method: gd, lr: 0.5}
        stop: {max-iterations: 1000}
    ---

    """

func render(_ body: String, extra: String = "") throws(Diagnostics) -> String {
    try renderBody(body, extra: extra).html
}

func renderError(_ body: String) -> String? {
    do {
        _ = try render(body)
        return nil
    } catch {
        return error.description
    }
}

struct LessonPageTests {
    @Test func bindingsShowTheRunsNumbers() throws {
        let html = try render(
            "J starts at {{seed.iter[0].loss}}, θ₁ = {{seed.iter[1].theta[1] | fixed 4}}; {{seed.iterations}} steps; {{seed.outcome}}.\n"
        )
        #expect(html == "<p>J starts at 5.125, θ₁ = −0.3825; 1000 steps; reached the iteration limit of 1000.</p>\n")
    }

    @Test func divergenceIsReportedNotCrashed() throws {
        let html = try render("The wild run {{wild.outcome}} after {{wild.iterations}} finite steps.\n")
        #expect(html.contains("The wild run diverged at iteration "))
    }

    @Test(arguments: [
        ("{{seeed.final.loss}}", "l.md:19:1: error: no example named 'seeed' in this lesson; its examples: seed, wild"),
        (
            "{{seed.iter[5000].loss}}",
            "l.md:19:1: error: iteration 5000 does not exist: seed reached the iteration limit of 1000 (its last iteration is 1000)"
        ),
        (
            "{{seed.final.theta[2]}}",
            "l.md:19:1: error: theta[2] does not exist: theta has 2 components, numbered from 0"
        ),
        (
            "{{seed.final.thetas[0]}}",
            "l.md:19:1: error: 'thetas' is not a value of an iteration; expected one of: k, loss, theta, gradient, gradient_norm, update, lr, state, batch_loss, batch_gradient"
        ),
        ("{{seed.final.theta}}", "l.md:19:1: error: 'theta' is a vector: pick a component, e.g. theta[0]"),
        ("{{seed.final.update[0]}}", "l.md:19:1: error: no update was made at iteration 1000: the run stopped there"),
    ])
    func unresolvableBindingsAreErrorsAtTheirPlace(body: String, expected: String) {
        #expect(renderError(body + "\n") == expected)
    }

    @Test func bindingErrorsInMathPointAtTheBinding() {
        #expect(renderError("Here $J = {{seed.final.los}}$\n")?.hasPrefix("l.md:19:11: error: 'los' is not") == true)
    }

    @Test func unknownExampleInABlockIsAnError() {
        #expect(
            renderError("```gradus table\nexample: sed\n```\n")
                == "l.md:20:10: error: no example named 'sed' in this lesson; its examples: seed, wild")
    }

    @Test func iterationTableShowsFirstAndLastRows() throws {
        let html = try render("```gradus table\nexample: seed\nfirst: 2\nlast: 1\n```\n")
        #expect(html.hasPrefix("<figure class=\"iterations\">"))
        #expect(
            html.contains(
                "<tr><th scope=\"row\">0</th><td>0.5</td><td>−0.5</td><td>5.125</td><td>−8.75</td><td>−11.75</td><td>14.6501</td></tr>"
            ))
        #expect(html.contains("<tr><th scope=\"row\">1</th><td>0.5875</td><td>−0.3825</td>"))
        #expect(html.contains("⋮ 998 iterations not shown"))
        #expect(
            html.contains("<tr><th scope=\"row\">1000</th><td>0.954658</td><td>0.0337359</td><td>9.53307×10⁻⁵</td>"))
        #expect(!html.contains("<p>"))
    }

    @Test func rawHTMLIsOmittedUnlessTheLessonOptsIn() throws {
        let body = "<script>alert(1)</script>\n\nA <b>b</b>\n"
        let safe = try render(body)
        #expect(!safe.contains("<script>") && !safe.contains("<b>"))
        let unsafe = try render(body, extra: "raw-html: true\n")
        #expect(unsafe.contains("<b>b</b>"))
    }

    @Test func headingsGetAnchors() throws {
        let html = try render("## FAQ\n\n## FAQ\n\n### Why θ?\n")
        #expect(html.contains("<h2 id=\"faq\">FAQ<a class=\"anchor\" href=\"#faq\""))
        #expect(html.contains("<h2 id=\"faq-2\">"))
        #expect(html.contains("<h3 id=\"why-θ\">"))
    }
}

struct HTMLTests {
    @Test func escapesTextAndAttributes() {
        #expect(HTML.escape("a < b & \"c\" 'd' >") == "a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt;")
    }

    @Test func pagesEscapeTitlesAndSummaries() throws {
        let lesson = try LessonParser.parse(SourceFile(path: "l.md", text: seedFrontMatter + "Body\n"), slug: "l")
        let files = try SitePages.render([Executor.run(lesson)], course: CourseInfo(title: "C & D"))
        let page = try #require(files.first { $0.path == "l.html" })
        #expect(page.contents.contains("<h1>Seed &lt;lesson&gt; &amp; more</h1>"))
        #expect(page.contents.contains("<p class=\"summary\">The &quot;seed&quot; example</p>"))
        #expect(page.contents.contains("<title>Seed &lt;lesson&gt; &amp; more · C &amp; D</title>"))
        #expect(
            files.map(\.path) == [
                "data/l.ipynb", "data/l.seed.csv", "data/l.seed.json", "data/l.seed.py", "data/l.seed.torch.py",
                "data/l.wild.csv", "data/l.wild.json", "data/l.wild.py", "data/l.wild.torch.py", "index.html", "l.html",
                "outline.js",
                "search-index.js", "search.js", "style.css",
            ])
    }
}

struct GeneratedBlockTests {
    @Test func claimsThatHoldAreListedWithTheirEvidence() throws {
        let html = try render(
            """
            ```gradus claims
            - seed reaches the iteration limit
            - wild diverges within 200 iterations
            - seed.final.loss < 0.001
            - {claim: "seed.iter[1].loss < seed.iter[0].loss", text: "The first step lowers the loss."}
            ```

            """)
        // Folded by default, under a summary; the examples are called by their labels, also in the evidence.
        #expect(html.hasPrefix("<details class=\"claims\">\n<summary>How these numbers were checked</summary>\n<ul>"))
        #expect(
            html.contains(
                "✓</span> Gradient descent (learning rate 0.01) reaches the iteration limit <span class=\"evidence\">(Gradient descent (learning rate 0.01): reached the iteration limit of 1000)</span>"
            ))
        #expect(
            html.contains(
                "Gradient descent (learning rate 0.5) diverges within 200 iterations <span class=\"evidence\">(Gradient descent (learning rate 0.5): diverged at iteration "
            ))
        #expect(html.contains("(Gradient descent (learning rate 0.01): final J = "))
        #expect(html.contains("(Gradient descent (learning rate 0.01): J at k = 1 = 3.20347; J at k = 0 = 5.125)"))
        #expect(!html.contains("seed") && !html.contains("wild"))
        #expect(html.contains("The first step lowers the loss."))
    }

    @Test(arguments: [
        (
            "- seed converges",
            "l.md:20:3: error: the claim 'seed converges' does not hold: seed reached the iteration limit of 1000"
        ),
        (
            "- wild diverges within 3 iterations",
            "l.md:20:3: error: the claim 'wild diverges within 3 iterations' does not hold: wild diverged at iteration "
        ),
        (
            "- seed.final.loss < 1e-9",
            "l.md:20:3: error: the claim 'seed.final.loss < 1e-9' does not hold: seed.final.loss is 9.53307"
        ),
        ("- seed converges quickly", "l.md:20:3: error: cannot read the claim 'seed converges quickly'"),
        ("- sed diverges", "l.md:20:3: error: the claim names no example of this lesson: 'sed'"),
    ])
    func aContradictedClaimFailsTheBuildAtItsLine(claim: String, expected: String) throws {
        let message = try #require(renderError("```gradus claims\n\(claim)\n```\n"))
        #expect(message.hasPrefix(expected))
    }

    @Test func comparisonTableShowsEveryRun() throws {
        let html = try render("```gradus compare\nexamples: [seed, wild]\ntolerance: 0.01\n```\n")
        #expect(html.contains("<th scope=\"col\">iterations to ‖∇J‖ ≤ 0.01</th>"))
        #expect(html.contains("<th scope=\"col\">iterations</th>"))
        #expect(
            html.contains(
                "<tr><th scope=\"row\">Gradient descent (learning rate 0.01)</th><td data-label=\"iterations\">1000</td><td data-label=\"iterations to ‖∇J‖ ≤ 0.01\">"
            ))
        // The labels name the method and its only setting, so there is no method column; the outcome is a word or two
        // beside the iteration count.
        #expect(!html.contains("data-label=\"method\""))
        #expect(html.contains("<td data-label=\"outcome\" class=\"text outcome\">stopped at the limit</td>"))
        // 158 updates were applied; the 158th gave a non-finite loss.
        #expect(
            html.contains(
                "<tr><th scope=\"row\">Gradient descent (learning rate 0.5)</th><td data-label=\"iterations\">158</td><td data-label=\"iterations to ‖∇J‖ ≤ 0.01\">—</td>"
            ))
        #expect(html.contains("<td data-label=\"outcome\" class=\"text outcome\">diverged</td>"))
    }

    @Test func workedStepSubstitutesTheNumbers() throws {
        let html = try render("```gradus step\nexample: seed\niteration: 0\n```\n")
        #expect(html.hasPrefix("<figure class=\"step\">\n<math"))
        #expect(
            html.contains(
                "<annotation encoding=\"application/x-tex\">\\theta^{(1)} = \\theta^{(0)} - \\alpha \\nabla J(\\theta^{(0)}) = \\begin{pmatrix} 0.5 \\\\ -0.5 \\end{pmatrix} - 0.01 \\begin{pmatrix} -8.75 \\\\ -11.75 \\end{pmatrix} = \\begin{pmatrix} 0.5875 \\\\ -0.3825 \\end{pmatrix}</annotation>"
            ))
        #expect(html.contains("J goes from 5.125 to 3.20347"))
        #expect(
            renderError("```gradus step\nexample: seed\niteration: 1000\n```\n")?.hasPrefix(
                "l.md:19:1: error: iteration 1000 of seed has no recorded update") == true)
    }

    @Test func mathIsMathMLAndBadTeXIsADiagnostic() throws {
        let html = try render("Loss $J = {{seed.iter[0].loss}}$.\n")
        #expect(html.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\">"))
        #expect(html.contains("<mn>5.125</mn>"))
        #expect(renderError("A $\\frak{x}$ here.\n") == "l.md:19:4: error: in this formula: unknown command \\frak")
    }
}

struct CalloutTests {
    @Test func alertBlockquotesBecomeCallouts() throws {
        let html = try render(
            "> [!TIP]\n> Use $\\alpha < 2/L$, here {{seed.max_stable_lr | sig 3}}.\n\n> A plain quote.\n")
        // The comma after the formula is kept on its line.
        #expect(
            html.hasPrefix(
                "<aside class=\"callout tip\">\n<p class=\"callout-title\">Tip</p>\n<p>Use <span class=\"nowrap\"><math"
            ))
        #expect(html.contains("</math>,</span> here 0.0955."))
        #expect(html.contains("here 0.0955.</p>\n</aside>"))
        #expect(html.contains("<blockquote>\n<p>A plain quote.</p>\n</blockquote>"))
    }

    @Test func unknownAlertsStayQuotes() throws {
        let html = try render("> [!FOO]\n> text\n")
        #expect(html == "<blockquote>\n<p>[!FOO]\ntext</p>\n</blockquote>\n")
    }
}

struct PlotBlockTests {
    @Test func lossPlotIsInlineSVGWithATextAlternativeAndItsNumbers() throws {
        let html = try render("```gradus plot\nkind: loss\nexamples: [seed, wild]\n```\n")
        #expect(
            html.hasPrefix(
                "<figure class=\"plot\">\n<div class=\"plot-wide\"><svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("role=\"img\""))
        #expect(
            html.contains(
                "<figcaption>The loss of ‘Gradient descent (learning rate 0.01)’ goes from 5.125 to 9.533×10⁻⁵ in 1000 iterations (reached the iteration limit of 1000). The loss of ‘Gradient descent (learning rate 0.5)’ goes from 5.125 to "
            ))
        #expect(html.contains("<details class=\"plot-data\"><summary>The numbers behind this figure</summary>"))
        #expect(html.contains("<tr><th scope=\"row\">1000</th><td>9.533×10⁻⁵</td><td>—</td></tr>"))
        #expect(!html.contains("nan") && !html.contains("inf"))
    }

    @Test func contourPlotDrawsThePath() throws {
        let html = try render("```gradus plot\nkind: contour\nexample: seed\nx: [0, 1.5]\ny: [-1, 1]\n```\n")
        #expect(html.contains("<svg"))
        #expect(
            html.contains(
                "‘Gradient descent (learning rate 0.01)’ moves θ from (0.5, −0.5) to (0.9547, 0.03374) in 1000 iterations"
            ))
        #expect(html.contains("<td>(0.9547, 0.03374)</td>"))
    }

    @Test func sweepDrawsAllRatesOnOneAxisOrOnePanelPerExample() throws {
        let html = try render("```gradus plot\nkind: sweep\nexamples: [seed, wild]\n```\n")
        #expect(html.contains(">Gradient descent (learning rate 0.01)<"))
        #expect(html.contains(">Gradient descent (learning rate 0.5)<"))
        let panels = try render("```gradus plot\nkind: sweep\nexamples: [seed, wild]\nlayout: panels\n```\n")
        #expect(panels.contains(">Gradient descent (learning rate 0.01)<"))
        #expect(panels.contains(">Gradient descent (learning rate 0.5)<"))
    }

    @Test func plotMistakesAreDiagnosed() {
        #expect(
            renderError("```gradus plot\nkind: histogram\nexample: seed\n```\n")
                == "l.md:20:7: error: unknown plot kind 'histogram'; expected one of: loss, gradient-norm, contour, sweep, function, trace, data, curve"
        )
        #expect(
            renderError("```gradus plot\nkind: contour\nexample: seed\nx: [1, 0]\n```\n")
                == "l.md:22:4: error: 'x' must be [low, high] with low < high")
    }
}

struct DerivedValueTests {
    @Test func hyperparametersAndRatesAreBindable() throws {
        // Late in the run GD shrinks the gradient by the slow direction's factor |1 − lr·λmin| per step.
        let html = try render(
            "lr {{seed.param.lr}}; κ {{seed.condition_number | sig 3}}; rate {{seed.observed_rate | sig 6}} vs {{seed.contraction | sig 6}}.\n"
        )
        #expect(html == "<p>lr 0.01; κ 351; rate 0.999403 vs 0.999403.</p>\n")
        #expect(
            renderError("{{seed.param.momentum}}\n")
                == "l.md:19:1: error: seed has no hyperparameter 'momentum'; its hyperparameters: lr")
        #expect(renderError("{{seed.batch_size}}\n") == "l.md:19:1: error: seed does not run on mini-batches")
    }
}

struct NavigationTests {
    func page(_ body: String) throws -> String {
        let lesson = try LessonParser.parse(SourceFile(path: "l.md", text: seedFrontMatter + body), slug: "l")
        let files = try SitePages.render([Executor.run(lesson)], course: CourseInfo(title: "C"))
        return try #require(files.first { $0.path == "l.html" }).contents
    }

    @Test func lessonPagesHaveContentsDownloadsAndTheCourseOutline() throws {
        let html = try page("## First\n\ntext\n\n## Second\n\n### Detail\n")
        #expect(
            html.contains(
                "<nav class=\"toc\" aria-label=\"On this page\">\n<p>On this page</p>\n<ol>\n<li><a href=\"#first\">First</a></li>\n<li><a href=\"#second\">Second</a></li>\n</ol>"
            ))
        #expect(
            html.contains(
                "<li>Gradient descent (learning rate 0.01): <a href=\"data/l.seed.csv\" download>CSV</a> · <a href=\"data/l.seed.json\" download>JSON</a> · <a href=\"data/l.seed.py\" download>NumPy</a> · <a href=\"data/l.seed.torch.py\" download>PyTorch</a></li>"
            ))
        #expect(html.contains("<a href=\"data/l.ipynb\" download>Notebook of every example on this page (Jupyter)</a>"))
        #expect(
            html.contains(
                "<nav class=\"course\" aria-label=\"Lessons\">\n<ol>\n<li><a href=\"l.html\" aria-current=\"page\">"))
        #expect(html.contains("<p class=\"meta\">About 1 min to read</p>"))
    }

    @Test func downloadedTracesAreTheRunsTraces() throws {
        let lesson = try LessonParser.parse(SourceFile(path: "l.md", text: seedFrontMatter + "x\n"), slug: "l")
        let run = Executor.run(lesson)
        let files = try SitePages.render([run], course: CourseInfo(title: "C"))
        let csv = try #require(files.first { $0.path == "data/l.seed.csv" }).contents
        #expect(csv == TraceExport.csv(run.runs[0], limit: SitePages.downloadRows))
        #expect(csv.split(separator: "\n").count == SitePages.downloadRows + 1)
        #expect(csv.split(separator: "\n").last?.hasPrefix("1000,") == true)
        #expect(csv.split(separator: "\n")[1] == "0,0.5,-0.5,5.125,-8.75,-11.75,14.650085323983612,0.01")
    }
}

struct OptimizerStateTests {
    let frontMatter = """
        ---
        title: State
        order: 1
        examples:
          - name: heavy
            objective: {name: quadratic, condition_number: 10}
            start: [1, 1]
            optimizer: {method: sgd, lr: 0.1, momentum: 0.9}
            stop: {max-iterations: 5}
          - name: mini
            objective: linear-regression
            data: {generate: linear, samples: 20, weights: [2, -1], noise: 0.1, seed: 4}
            start: [0, 0]
            optimizer: {method: sgd, lr: 0.1, batch_size: 5, seed: 1}
            stop: {max-iterations: 5}
        ---

        """

    func render(_ body: String) throws -> String {
        let lesson = try LessonParser.parse(SourceFile(path: "s.md", text: frontMatter + body), slug: "s")
        var page = LessonPage(Executor.run(lesson))
        return try page.render()
    }

    @Test func theMomentumBufferIsBindableAndFollowsTorch() throws {
        // Quadratic with eigenvalues 1 and 10 centred at 0: ∇J(1, 1) = (1, 10); the first buffer is the gradient.
        let html = try render("{{heavy.iter[0].state.velocity[1]}} {{heavy.iter[1].state.velocity[1] | fixed 4}}\n")
        // θ₁ = (1, 1) − 0.1·(1, 10) = (0.9, 0); b₁ = 0.9·b₀ + ∇J(θ₁) = (0.9 + 0.9, 9 + 0) = (1.8, 9).
        #expect(html == "<p>10 9.0000</p>\n")
    }

    @Test func workedStepsShowTheStateAndTheBatch() throws {
        let heavy = try render("```gradus step\nexample: heavy\niteration: 1\n```\n")
        #expect(heavy.contains("The optimizer&#39;s state after the step: momentum buffer = (1.8, 9)."))
        let mini = try render("```gradus step\nexample: mini\niteration: 0\n```\n")
        #expect(mini.contains("the step used the gradient of a batch of 5 samples"))
        let batch = try render("{{mini.iter[0].batch_loss | sig 3}} vs {{mini.iter[0].loss | sig 3}}\n")
        #expect(batch.hasPrefix("<p>"))
        #expect(throws: Diagnostics.self) { try render("{{heavy.iter[0].batch_loss}}\n") }
    }
}

struct FAQBlockTests {
    @Test func faqBlocksBecomeASectionOfQuestions() throws {
        let html = try render(
            "```gradus faq\n### Why so slow?\nThe rate is {{seed.contraction | sig 3}}.\n\n### And then?\nMore.\n```\n")
        #expect(html.hasPrefix("<section class=\"faq\"><h3 id=\"why-so-slow\">Why so slow?"))
        #expect(html.contains("<p>The rate is 0.999.</p>"))
        #expect(html.hasSuffix("<p>More.</p>\n</section>"))
    }
}

struct PipeTableTests {
    @Test func pipeTablesRenderWithTheirNumbersMathAndAlignment() throws {
        let html = try render(
            "| quantity | value |\n|:---|---:|\n| *loss* $J$ | {{seed.final.loss | sig 3}} |\n| steps | {{seed.iterations}} |\n"
        )
        #expect(
            html.hasPrefix(
                "<figure class=\"table\">\n<table>\n<thead><tr><th scope=\"col\" style=\"text-align: left\">quantity</th><th scope=\"col\" style=\"text-align: right\">value</th></tr></thead>"
            ))
        #expect(html.contains("<tr><td style=\"text-align: left\"><em>loss</em> <math"))
        #expect(html.contains("<td style=\"text-align: right\">9.53×10⁻⁵</td></tr>"))
        #expect(html.contains("<td style=\"text-align: right\">1000</td>"))
        #expect(
            renderError("| a |\n|---|\n| {{seed.nothing}} |\n")?.hasPrefix("l.md:21:3: error: 'nothing' is not a value")
                == true)
    }
}

struct SettingBindingTests {
    let frontMatter = """
        ---
        title: Settings
        order: 1
        examples:
          - name: bowl
            objective: {name: quadratic, condition_number: 25, rotation: 0.5, center: [1, 2]}
            start: [0, 0]
            optimizer: {method: newton, step: armijo, c1: 0.001, shrink: 0.8}
            stop: {max-iterations: 5, gradient-tolerance: 1e-9}
          - name: boxed
            objective: {name: rosenbrock, a: 2, b: 50}
            start: [0, 0]
            optimizer: {method: gd, lr: 0.001, box: {lower: [-1, -1], upper: [1, 0.5]}}
            stop: {max-iterations: 5, loss-change-tolerance: 1e-12}
        ---

        """

    func render(_ body: String) throws -> String {
        let lesson = try LessonParser.parse(SourceFile(path: "s.md", text: frontMatter + body), slug: "s")
        var page = LessonPage(Executor.run(lesson))
        return try page.render()
    }

    @Test func everySettingOfAnExampleCanBeQuoted() throws {
        let html = try render(
            """
            κ {{bowl.objective.condition_number}}, turn {{bowl.objective.rotation}}, centre {{bowl.objective.center[1]}},
            c₁ {{bowl.newton.c1}}, ρ {{bowl.newton.shrink}}, tol {{bowl.gradient_tolerance | sci 0}};
            a {{boxed.objective.a}}, b {{boxed.objective.b}}, box {{boxed.box.lower[0]}} to {{boxed.box.upper[1]}},
            Δ {{boxed.loss_change_tolerance | sci 0}}.

            """)
        #expect(
            html
                == "<p>κ 25, turn 0.5, centre 2,\nc₁ 0.001, ρ 0.8, tol 1×10⁻⁹;\na 2, b 50, box −1 to 0.5,\nΔ 1×10⁻¹².</p>\n"
        )
        #expect(throws: Diagnostics.self) { try render("{{boxed.newton.c1}}\n") }
        #expect(throws: Diagnostics.self) { try render("{{bowl.box.lower[0]}}\n") }
        #expect(throws: Diagnostics.self) { try render("{{boxed.objective.condition_number}}\n") }
    }
}

struct OptimalStepTests {
    @Test func theOptimalFixedStepBalancesBothDirections() throws {
        // λmin + λmax is the trace of XᵀX/m = [[7.5, 10], [10, 13.5]], 21: 2/21 = 0.0952, just below 2/λmax = 0.0955.
        let html = try render("{{seed.optimal_lr | sig 3}} < {{seed.max_stable_lr | sig 3}}\n")
        #expect(html == "<p>0.0952 &lt; 0.0955</p>\n")
    }
}

struct TypographyTests {
    @Test func punctuationAfterInlineMathStaysOnItsLine() throws {
        let html = try render("Rates $\\alpha$、$\\beta$; and $x$. See [the $y$](https://example.org).\n")
        #expect(
            html.contains(
                "<span class=\"nowrap\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics><mrow><mi>α</mi></mrow><annotation encoding=\"application/x-tex\">\\alpha</annotation></semantics></math>、</span>"
            ))
        #expect(html.contains("</math>;</span> and"))
        #expect(html.contains("</math>.</span> See"))
        // A `]` belongs to the link: it is not moved.
        #expect(html.contains("<a href=\"https://example.org\">the <math"))
        // The punctuation is not written twice.
        #expect(!html.contains(";;") && !html.contains("、、") && !html.contains(".."))
    }

    @Test func displayMathAndTextAreLeftAlone() throws {
        let html = try render("$$x$$\n, then {{seed.lr}}, and $y$\n")
        #expect(!html.contains("</math>,</span>\n"))
        #expect(html.contains("0.01, and"))
        #expect(html.hasSuffix("</math></p>\n"))
    }
}

struct WorkedStepRoundingTests {
    func render(_ body: String) throws -> String {
        let text = """
            ---
            title: Newton
            order: 1
            examples:
              - name: quad
                objective: {name: quadratic, condition_number: 50, rotation: 0.5}
                start: [3, 2]
                optimizer: {method: newton, step: pure}
                stop: {max-iterations: 5}
              - name: slow
                objective: {name: quadratic, condition_number: 50, rotation: 0.5}
                start: [3, 2]
                optimizer: {method: gd, lr: 0.01}
                stop: {max-iterations: 5}
            ---

            """ + body
        let lesson = try LessonParser.parse(SourceFile(path: "n.md", text: text), slug: "n")
        var page = LessonPage(Executor.run(lesson))
        return try page.render()
    }

    /// Newton's step lands on the centre up to rounding error: the rounded terms shown add up to zero, so the
    /// equation says ≈ rather than = before the residue.
    @Test func aCancellationIsWrittenWithApprox() throws {
        let newton = try render("```gradus step\nexample: quad\niteration: 0\n```\n")
        #expect(newton.contains("\\end{pmatrix} \\approx \\begin{pmatrix}"))
        let ordinary = try render("```gradus step\nexample: slow\niteration: 0\n```\n")
        #expect(!ordinary.contains("\\approx"))
        #expect(ordinary.contains("\\end{pmatrix} = \\begin{pmatrix}"))
    }
}

struct TraceMemoryTests {
    func example(samples: Int, batch: Int?, iterations: Int) throws -> Example {
        let sampling = batch.map { ", batch_size: \($0), seed: 1" } ?? ""
        let text = """
            ---
            title: M
            order: 1
            examples:
              - name: big
                objective: linear-regression
                data: {generate: linear, samples: \(samples), weights: [2, -1], noise: 0.1, seed: 1}
                start: [0, 0]
                optimizer: {method: sgd, lr: 0.1\(sampling)}
                stop: {max-iterations: \(iterations)}
            ---
            Text.

            """
        return try #require(try LessonParser.parse(SourceFile(path: "m.md", text: text), slug: "m").examples.first)
    }

    /// Short runs keep every iteration; a run whose records would not fit in memory is sampled evenly, and a large
    /// batch keeps at most `MiniBatch.keptRows` of its indices per record.
    @Test func longOrWideRunsAreSampled() throws {
        #expect(Executor.recording(for: try example(samples: 100, batch: 10, iterations: 1000)) == .all)
        #expect(Executor.recording(for: try example(samples: 100, batch: nil, iterations: 100_000)) == .all)
        guard
            case .sample(1000, 1000, let every) = Executor.recording(
                for: try example(samples: 100_000, batch: 100_000, iterations: 100_000))
        else {
            Issue.record("expected sampling")
            return
        }
        #expect(every > 1)
        guard
            case .sample(_, _, let spacing) = Executor.recording(
                for: try example(samples: 10, batch: nil, iterations: 1_000_000))
        else {
            Issue.record("expected sampling")
            return
        }
        #expect(spacing == 1000)

        let batch = MiniBatch(epoch: 0, rows: Array(0..<5000)[...], loss: 1, gradient: [0])
        #expect(batch.size == 5000 && batch.rows == Array(0..<MiniBatch.keptRows))
    }
}

struct JSONTextTests {
    @Test func stringsAreValidJSONAndSafeInAScript() throws {
        let text = "a\"b\\c\n</script>&\u{2028}\u{1}θ"
        let literal = Escape.json(text)
        #expect(literal == #""a\"b\\c\n\u003c/script\u003e\u0026\u2028\u0001θ""#)
        let decoded = try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed) as? String
        #expect(decoded == text)
    }
}

struct TextInMathTests {
    /// A text value bound inside math shows as written, whatever TeX would make of its characters.
    @Test func textValuesAreEscapedForTeX() throws {
        let words = Localization(language: "en")
        let tex = Value.text("a_{b} 5% #1 & $x ~ c\\d").tex(nil, words)
        let math = try TeX.mathML("J " + tex, style: .inline)
        #expect(math.contains("<mtext>a_{b} 5% #1 &amp; $x ∼ c∖d</mtext>"))
    }
}
