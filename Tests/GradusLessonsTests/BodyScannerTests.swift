import Testing

@testable import GradusLessons

struct BodyScannerTests {
    func body(_ text: String) throws -> [Piece] {
        try parse("---\ntitle: T\norder: 1\n---\n" + text).body
    }

    func describe(_ pieces: [Piece]) -> [String] {
        pieces.map { piece in
            switch piece {
            case .markdown(let text): "md(\(text))"
            case .binding(let binding): "bind(\(binding.pathText))"
            case .math(let math):
                (math.display ? "display(" : "inline(")
                    + math.parts.map { part in
                        switch part {
                        case .tex(let tex): tex
                        case .binding(let binding): "{\(binding.pathText)}"
                        }
                    }.joined() + ")"
            case .block(let block): "block(\(block.kind.rawValue) \(block.example))"
            case .table(let table): "table(\(table.header.count)x\(table.rows.count))"
            case .faqStart: "faq("
            case .faqEnd: ")faq"
            case .reference(let reference): "ref(\(reference.label))"
            case .term(let use): "term(\(use.text))"
            }
        }
    }

    @Test func referencesAndEquationLabelsAreReadOutsideCode() throws {
        #expect(
            describe(try body("See {{ ref fig:a }} and `{{ ref fig:b }}`.\n\n$$x$$ {#eq:one}\n"))
                == ["md(See )", "ref(fig:a)", "md( and `{{ ref fig:b }}`.\n\n)", "display(x)", "md(\n)"])
        #expect(
            describe(try body("The {{ term  learning   rate }} and `{{ term code }}`.\n"))
                == ["md(The )", "term(learning rate)", "md( and `{{ term code }}`.\n)"])
        let math = try body("$$x$$  {#eq:one} after\n").compactMap { piece -> String? in
            if case .math(let math) = piece { math.label } else { nil }
        }
        #expect(math == ["eq:one"])
    }

    @Test func splitsMathAndBindingsFromMarkdown() throws {
        let pieces = try body("Loss $J(\\theta) = {{seed.final.loss}}$ is {{ seed.iterations }}.\n\n$$x^2$$\n")
        #expect(
            describe(pieces) == [
                "md(Loss )", "inline(J(\\theta) = {seed.final.loss})", "md( is )", "bind(seed.iterations)",
                "md(.\n\n)", "display(x^2)", "md(\n)",
            ])
    }

    @Test func codeIsLeftAlone() throws {
        let text = "Use `$x$ {{a}}` here.\n\n```python\nprice = \"$5\" {{b}}\n```\n"
        #expect(describe(try body(text)) == ["md(\(text))"])
    }

    @Test func dollarsThatDoNotOpenMathStayText() throws {
        #expect(describe(try body("It costs $5 and $ 6, or \\$7.\n")) == ["md(It costs $5 and $ 6, or \\$7.\n)"])
    }

    @Test func escapedBracesAreNotBindings() throws {
        #expect(describe(try body("Write \\{{name}} in prose.\n")) == ["md(Write \\{{name}} in prose.\n)"])
    }

    @Test func generatedBlocksAreRecognised() throws {
        let pieces = try body("Before\n\n```gradus table\nexample: seed\nfirst: 2\n```\nAfter\n")
        #expect(describe(pieces) == ["md(Before\n\n)", "block(table seed)", "md(After\n)"])
        guard case .block(let block) = pieces[1] else { return }
        #expect(block.first == 2)
        #expect(block.last == 3)
        #expect(block.location == SourceLocation(path: "lesson.md", line: 7, column: 1))
    }

    @Test func unknownBlockKindIsAnError() {
        #expect(
            diagnostic("---\ntitle: T\norder: 1\n---\n```gradus chart\nexample: seed\n```\n")
                == "lesson.md:5:1: error: unknown gradus block 'chart'; expected one of: table, data, step, compare, claims, plot, exercise, explore, faq"
        )
    }

    @Test func unknownBlockKeyPointsAtIt() {
        #expect(
            diagnostic("---\ntitle: T\norder: 1\n---\n```gradus table\nexample: seed\nrows: 3\n```\n")
                == "lesson.md:7:1: error: unknown key 'rows' in a table block; expected one of: example, first, last, digits, id"
        )
    }

    @Test func bindingErrorsPointIntoTheBinding() {
        let head = "---\ntitle: T\norder: 1\n---\n"
        #expect(
            diagnostic(head + "x {{seed.final.loss\n")
                == "lesson.md:5:3: error: '{{' is not closed by '}}' on the same line")
        #expect(
            diagnostic(head + "x {{seed.final.loss | fixd 3}}\n")
                == "lesson.md:5:23: error: unknown number format 'fixd 3'; expected 'fixed N', 'sig N' or 'sci N' (N from 0 to 17, at least 1 for sig)"
        )
        #expect(
            diagnostic(head + "梯度 {{seed.theta[x]}}\n")
                == "lesson.md:5:17: error: expected a whole number and ']' after '['")
    }

    @Test func bindingPathsAndFormatsAreParsed() throws {
        let pieces = try body("{{ seed.iter[3].theta[1] | fixed 4 }}")
        guard case .binding(let binding) = pieces.first else {
            Issue.record("no binding")
            return
        }
        #expect(binding.path == [.name("seed"), .name("iter"), .index(3), .name("theta"), .index(1)])
        #expect(binding.format == .fixed(4))
        #expect(binding.pathText == "seed.iter[3].theta[1]")
    }

    @Test func faqBlocksHoldMarkdownWithBindingsAndMath() throws {
        let pieces = try body("Intro\n\n```gradus faq\n### Why?\nBecause $x$ is {{seed.iterations}}.\n```\nAfter\n")
        #expect(
            describe(pieces) == [
                "md(Intro\n\n)", "faq(", "md(### Why?\nBecause )", "inline(x)", "md( is )", "bind(seed.iterations)",
                "md(.\n)", ")faq", "md(After\n)",
            ])
    }

    @Test func anFAQBlockWithoutQuestionsIsAnError() {
        #expect(
            diagnostic("---\ntitle: T\norder: 1\n---\n```gradus faq\nJust text.\n```\n")
                == "lesson.md:5:1: error: an FAQ block needs questions: one '### Question' heading before each answer")
    }

    @Test func pipeTablesAreRecognised() throws {
        let pieces = try body("Intro\n\n| a | b |\n|:--|--:|\n| $x$ | {{seed.lr}} |\n| `p|q` | \\| |\n\nAfter\n")
        #expect(describe(pieces) == ["md(Intro\n\n)", "table(2x2)", "md(\nAfter\n)"])
        guard case .table(let table) = pieces[1] else { return }
        #expect(table.alignments == [.left, .right])
        #expect(describe(table.rows[0][0]) == ["inline(x)"])
        #expect(describe(table.rows[0][1]) == ["bind(seed.lr)"])
        #expect(describe(table.rows[1][0]) == ["md(`p|q`)"])
        #expect(describe(table.rows[1][1]) == ["md(\\|)"])
        #expect(table.location == SourceLocation(path: "lesson.md", line: 7, column: 1))
    }

    @Test func aTableKeepsEachCellsPiecesWhicheverWayTheCellIsStored() throws {
        // Plain cells are kept as their text, others as their pieces: the table gives back the same pieces either way.
        let pieces = try body(
            "| k | a long heading of many words | c |\n|---|---|---|\n| 1 |  | at {{seed.lr}} and $x$ |\n| 2 |\n"
                + "| 3 | b | c | extra |\n")
        guard case .table(let table) = pieces[0] else {
            Issue.record("no table: \(describe(pieces))")
            return
        }
        #expect(table.header.map(describe) == [["md(k)"], ["md(a long heading of many words)"], ["md(c)"]])
        #expect(table.rows.count == 3)
        #expect(
            table.rows[0].map(describe) == [["md(1)"], [], ["md(at )", "bind(seed.lr)", "md( and )", "inline(x)"]])
        #expect(table.rows[1].map(describe) == [["md(2)"], [], []])
        #expect(table.rows[2].map(describe) == [["md(3)"], ["md(b)"], ["md(c)"]])
    }

    @Test func aPipeInAParagraphIsNotATable() throws {
        #expect(describe(try body("Text\n| a | b |\n|---|---|\n")) == ["md(Text\n| a | b |\n|---|---|\n)"])
        #expect(describe(try body("| a | b |\n| not | delimiters |\n")) == ["md(| a | b |\n| not | delimiters |\n)"])
        #expect(describe(try body("| a | b |\n|---|\n")) == ["md(| a | b |\n|---|\n)"])
    }
}
