import GradusLessons
import GradusRuns
import GradusTestSupport
import Testing

@testable import GradusPages

/// Labelled figures, tables and display equations are numbered, and `{{ ref LABEL }}` names them.
struct NumberingTests {
    func page(_ body: String, language: String = "en", idPrefix: String = "") throws(Diagnostics) -> String {
        let lesson = try LessonParser.parse(
            SourceFile(path: "n.md", text: LessonText.lesson(body: body)), slug: "n", language: language)
        var page = LessonPage(Executor.run(lesson))
        page.idPrefix = idPrefix
        return try page.render()
    }

    func error(_ body: String) -> String? {
        do throws(Diagnostics) { _ = try page(body) } catch { return error.description }
        return nil
    }

    static let body = """
        See {{ ref fig:loss }} and {{ ref tab:rows }}, then {{ref eq:update}}.

        ```gradus plot
        kind: loss
        example: seed
        ```

        ```gradus table
        example: seed
        id: tab:rows
        ```

        $$\\theta^{(k+1)} = \\theta^{(k)} - \\alpha g^{(k)}$$ {#eq:update}

        ```gradus plot
        kind: gradient-norm
        example: seed
        id: fig:loss
        ```

        """

    @Test func labelledBlocksAndFormulasAreNumberedEachKindOnItsOwn() throws {
        let html = try page(Self.body)
        #expect(
            html.contains(
                "<p>See <a class=\"ref\" href=\"#fig-loss\">Figure 1</a> and <a class=\"ref\" href=\"#tab-rows\">Table 1</a>, then <a class=\"ref\" href=\"#eq-update\">Equation (1)</a>.</p>"
            ))
        #expect(
            html.contains(
                "<figure class=\"numbered\" id=\"tab-rows\">\n<figcaption class=\"number\">Table 1</figcaption>\n<figure class=\"iterations\">"
            ))
        #expect(
            html.contains(
                "<figure class=\"numbered\" id=\"fig-loss\">\n<figcaption class=\"number\">Figure 1</figcaption>\n<figure class=\"plot\">"
            ))
        #expect(html.contains("<div class=\"equation\" id=\"eq-update\"><math"))
        #expect(html.contains("<span class=\"equation-number\">(1)</span></div>"))
        // The unlabelled plot is not numbered, and the text is not left with a literal binding.
        #expect(html.components(separatedBy: "<figure class=\"numbered\"").count == 3)
        #expect(!html.contains("{{"))
    }

    @Test func chineseNamesAndTheHandoutsIdPrefix() throws {
        let html = try page(Self.body, language: "zh", idPrefix: "n-")
        #expect(html.contains("<a class=\"ref\" href=\"#n-fig-loss\">图 1</a>"))
        #expect(html.contains("<a class=\"ref\" href=\"#n-tab-rows\">表 1</a>"))
        #expect(html.contains("<a class=\"ref\" href=\"#n-eq-update\">式 (1)</a>"))
        #expect(html.contains("<figure class=\"numbered\" id=\"n-fig-loss\">"))
    }

    /// The body's first line is line 14 of the file (`LessonText.lesson`).
    @Test(arguments: [
        (
            "See {{ ref fig:nowhere }}.\n",
            "n.md:14:5: error: no figure, table or equation labelled 'fig:nowhere' in this lesson; label one with 'id: fig:NAME' in a plot block, 'id: tab:NAME' in a table block or {#eq:NAME} after $$…$$"
        ),
        (
            "$$x$$ {#eq:a}\n\nSee {{ ref eq:b }}.\n",
            "n.md:16:5: error: no figure, table or equation labelled 'eq:b' in this lesson; its labels: eq:a"
        ),
        (
            "See {{ ref figure-3 }}.\n",
            "n.md:14:12: error: 'ref' takes a label such as fig:contour, tab:sweep or eq:update (fig, tab or eq, a colon, a name)"
        ),
        ("$$x$$ {#fig:a}\n", "n.md:14:9: error: a formula's label is 'eq:' and a name of letters, digits, - and _"),
        (
            "```gradus plot\nkind: loss\nexample: seed\nid: tab:x\n```\n",
            "n.md:17:5: error: 'id' of a plot block is 'fig:' and a name of letters, digits, - and _"
        ),
        (
            "$$x$$ {#eq:a}\n\n$$y$$ {#eq:a}\n",
            "n.md:16:1: error: the label 'eq:a' is already used at line 14"
        ),
    ])
    func mistakesAreReportedAtTheirPlace(body: String, expected: String) {
        #expect(error(body) == expected)
    }
}
