import GradusLessons
import GradusMarkdown
import GradusText
import Testing

@testable import GradusPages
@testable import GradusRuns

/// Renders a body with the seed lesson's front matter and returns the whole rendered body.
func renderBody(_ body: String, extra: String = "", idPrefix: String = "") throws(Diagnostics) -> RenderedBody {
    let text = seedFrontMatter.replacingOccurrences(of: "order: 1\n", with: "order: 1\n" + extra) + body
    let lesson = try LessonParser.parse(SourceFile(path: "l.md", text: text), slug: "l")
    var page = LessonPage(Executor.run(lesson))
    page.idPrefix = idPrefix
    return try page.renderWithSections()
}

struct SlotTests {
    /// A formula alone in its paragraph replaces the paragraph, and the next block follows without a line break,
    /// as the site has always been written.
    @Test func aSlotAloneReplacesItsParagraph() throws {
        let html = try render("Before.\n\n$$x = 1$$\n\nAfter.\n")
        #expect(html.hasPrefix("<p>Before.</p>\n<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"))
        #expect(html.hasSuffix("</math><p>After.</p>\n"))
    }

    @Test func generatedBlocksStandBetweenParagraphs() throws {
        let html = try render("Before.\n\n```gradus compare\nexamples: [seed, wild]\n```\nAfter.\n")
        #expect(html.hasPrefix("<p>Before.</p>\n<figure class=\"compare\">\n<table>\n"))
        #expect(html.hasSuffix("</tbody>\n</table>\n</figure>\n<p>After.</p>\n"))
    }

    /// Private-use characters typed in a lesson are text, wherever they stand; they never bring in generated
    /// markup (the old marks were U+E000, a number and U+E001).
    @Test func privateUseCharactersCannotForgeASlot() throws {
        let forged = "\u{E000}0\u{E001}"
        let html = try render(
            "A \(forged) B {{seed.iterations}} [link](/u \"\(forged)\") \u{E000}1\u{E001} $x$ \u{E001}\n")
        #expect(html.contains("A \(forged) B 1000 "))
        #expect(html.contains("title=\"\(forged)\""))
        #expect(html.contains("\u{E000}1\u{E001} <math"))
        #expect(html.components(separatedBy: "1000").count == 2)
        #expect(html.components(separatedBy: "<math").count == 2)
    }

    @Test func rawHTMLIsOmittedUnlessTheLessonOptsIn() throws {
        let body = "Text <b>bold</b> and [x](javascript:alert(1)).\n\n<div>block</div>\n"
        let omitted = try render(body)
        #expect(
            omitted
                == "<p>Text <!-- raw HTML omitted -->bold<!-- raw HTML omitted --> and <a href=\"\">x</a>.</p>\n<!-- raw HTML omitted -->\n"
        )
        let kept = try render(body, extra: "raw-html: true\n")
        #expect(kept == "<p>Text <b>bold</b> and <a href=\"javascript:alert(1)\">x</a>.</p>\n<div>block</div>\n")
    }
}

struct HeadingTreeTests {
    @Test func headingsGetUniqueIdsFromTheirWords() throws {
        let body = try renderBody(
            "## Step size $\\alpha$ and {{seed.iterations}} steps\n\n## Step size\n\n### Step size\n", idPrefix: "l-")
        #expect(body.sections.map(\.id) == ["l-step-size-and-1000-steps", "l-step-size", "l-step-size-2"])
        #expect(body.html.hasPrefix("<h2 id=\"l-step-size-and-1000-steps\">Step size <math"))
        #expect(
            body.html.contains(
                "<h2 id=\"l-step-size\">Step size<a class=\"anchor\" href=\"#l-step-size\" aria-label=\"Link to this section\">#</a></h2>\n"
            ))
        #expect(body.sections[1].html == "Step size")
    }

    @Test func headingsInsideCalloutsAndListsGetIdsToo() throws {
        let html = try render("> [!NOTE]\n> ## Inside\n\n- ### Listed\n")
        #expect(html.contains("<h2 id=\"inside\">Inside"))
        #expect(html.contains("<li>\n<h3 id=\"listed\">Listed"))
    }
}

struct CalloutTreeTests {
    @Test(arguments: [("NOTE", "note", "Note"), ("TIP", "tip", "Tip"), ("WARNING", "warning", "Warning")])
    func markersBecomeCallouts(marker: String, kind: String, title: String) throws {
        let html = try render("> [!\(marker)] Same line.\n> Next line.\n")
        #expect(
            html
                == "<aside class=\"callout \(kind)\">\n<p class=\"callout-title\">\(title)</p>\n<p>Same line.\nNext line.</p>\n</aside>\n"
        )
    }

    @Test func aMarkerAloneDropsItsParagraph() throws {
        let html = try render("> [!WARNING]\n\n> [!NOTE]\n>\n> Body.\n> > [!TIP]\n> > Nested.\n")
        #expect(html.contains("<blockquote>\n<p>[!WARNING]</p>\n</blockquote>") == false)
        #expect(
            html.contains(
                "<aside class=\"callout note\">\n<p class=\"callout-title\">Note</p>\n<p>Body.</p>\n<aside class=\"callout tip\">"
            ))
    }

    @Test func onlyAQuoteThatStartsWithTheMarkerIsACallout() throws {
        let html = try render("> Text [!NOTE] later.\n\n> `[!NOTE]` in code\n")
        #expect(!html.contains("callout"))
        #expect(html.contains("<blockquote>\n<p>Text [!NOTE] later.</p>\n</blockquote>"))
    }
}

struct SearchTextTests {
    /// Search text comes from the tree's text: formulas as the text of their tokens (no TeX annotation), tables and
    /// figures left out, one entry per section.
    @Test func sectionsHoldTheirText() throws {
        let body = try renderBody(
            "Intro with rate $\\alpha = 0.1$ and `code`.\n\n## First *part*\n\nIt took {{seed.iterations}} steps.\n\n```gradus table\nexample: seed\n```\n\n### Deeper\n\nMore.\n"
        )
        var index = SearchIndex()
        let lesson = try LessonParser.parse(SourceFile(path: "l.md", text: seedFrontMatter + "x\n"), slug: "l")
        index.add(lesson, text: body.text, cuts: body.cuts)
        #expect(index.entries.map(\.section) == [lesson.title, "First part", "Deeper"])
        #expect(index.entries[0].text == "Intro with rate α=0.1 and code .")
        #expect(index.entries[1].text.hasPrefix("It took 1000 steps. 8 of the 1001 iterations"))
        #expect(!index.entries[1].text.contains("5.125"))
        #expect(index.entries[1].url == "l.html#first-part")
        #expect(index.entries[2].text == "More.")
    }
}

struct SlotInAttributeTests {
    /// A value in an image's description goes into `alt` as text, never as markup.
    @Test func valuesInAnImageDescriptionAreText() throws {
        let html = try render("![after {{seed.iterations}} steps $x$](plot.png)\n")
        #expect(html == "<p><img src=\"plot.png\" alt=\"after 1000 steps x\" /></p>\n")
    }
}
