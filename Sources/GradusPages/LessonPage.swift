import GradusLessons
import GradusMarkdown
import GradusMath
import GradusRuns

/// Renders one lesson's body, with its runs' numbers, to an HTML fragment.
struct LessonPage {
    let run: LessonRun
    let words: Localization
    var problems: [Diagnostic] = []
    var marks = Placeholders()
    var plotCount = 0
    /// Put before every id of the page (headings, figures), so several lessons can share one document.
    var idPrefix = ""

    /// Punctuation that must not start a line after an inline formula. Not `]` or `!`, which may belong to a
    /// Markdown link or image.
    static let gluedPunctuation: Set<Character> = [
        ",", ".", ";", ":", "?", ")", "%", "、", "，", "。", "；", "：", "！", "？", "）", "”", "’",
    ]

    init(_ run: LessonRun) {
        self.run = run
        self.words = Localization(language: run.lesson.language)
    }

    /// The body as HTML, or every diagnostic found in it.
    mutating func render() throws(Diagnostics) -> String { try renderWithSections().html }

    /// The body as HTML with the list of its sections.
    mutating func renderWithSections() throws(Diagnostics) -> (html: String, sections: [Section]) {
        var markdown = ""
        var glued = 0  // punctuation already written beside the formula before it
        for (index, piece) in run.lesson.body.enumerated() {
            switch piece {
            case .markdown(let text): markdown += text.dropFirst(glued)
            case .binding(let binding):
                markdown += marks.inline(value(binding).map { $0.html(binding.format, words) } ?? "")
            case .math(let math) where !math.display:
                // A browser may break the line after a formula even before a comma; keep them together.
                let next = index + 1 < run.lesson.body.count ? run.lesson.body[index + 1] : nil
                let punctuation: Substring =
                    if case .markdown(let text)? = next { text.prefix { Self.gluedPunctuation.contains($0) } } else { "" }
                let formula = self.math(math)
                markdown += marks.inline(
                    punctuation.isEmpty || formula.isEmpty
                        ? formula : "<span class=\"nowrap\">\(formula)\(HTML.escape(String(punctuation)))</span>")
                glued = formula.isEmpty ? 0 : punctuation.count
                continue
            case .math(let math): markdown += marks.inline(self.math(math))
            case .block(let block): markdown += marks.block(self.block(block))
            case .table(let table): markdown += marks.block(self.table(table))
            case .faqStart: markdown += marks.block("<section class=\"faq\">")
            case .faqEnd: markdown += marks.block("</section>")
            }
            glued = 0
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        let options: MarkdownOptions = run.lesson.allowsRawHTML ? [.allowRawHTML] : []
        let html = marks.fill(CommonMark.html(from: markdown, options: options))
        return Headings.anchoredWithSections(words, Callouts.render(words, html), prefix: idPrefix)
    }

    mutating func value(_ binding: Binding) -> Value? {
        do {
            return try run.value(of: binding)
        } catch {
            problems += error.all
            return nil
        }
    }

    mutating func math(_ math: Math) -> String {
        var tex = ""
        for part in math.parts {
            switch part {
            case .tex(let text): tex += text
            case .binding(let binding):
                guard let value = value(binding) else { return "" }
                tex += value.tex(binding.format, words)
            }
        }
        do {
            return try TeX.mathML(tex, style: math.display ? .display : .inline)
        } catch {
            problems.append(Diagnostic(math.texLocation(error.utf8Offset) ?? math.location, "in this formula: \(error.message)"))
            return ""
        }
    }

    mutating func block(_ block: GeneratedBlock) -> String {
        var runs: [ExampleRun] = []
        for reference in block.examples {
            guard let found = run.run(named: reference.name) else {
                let names = run.runs.map(\.example.name).joined(separator: ", ")
                problems.append(
                    Diagnostic(reference.location, "no example named '\(reference.name)' in this lesson; its examples: \(names)"))
                continue
            }
            runs.append(found)
        }
        guard runs.count == block.examples.count else { return "" }
        switch block.kind {
        case .table: return IterationTable(run: runs[0], block: block, words: words).html
        case .data: return DataTable(run: runs[0], words: words, limit: block.rows).html
        case .compare: return ComparisonTable(runs: runs, tolerance: block.tolerance, words: words).html
        case .step:
            do throws(Diagnostics) {
                return try WorkedStep(run: runs[0], block: block, words: words).html
            } catch {
                problems += error.all
                return ""
            }
        case .claims:
            var items: [String] = []
            for claim in block.claims {
                do throws(Diagnostics) {
                    let evidence = try run.check(claim)
                    var text = ""
                    for part in claim.textParts {
                        switch part {
                        case .text(let plain): text += HTML.escape(plain)
                        case .binding(let binding):
                            text += value(binding).map { $0.html(binding.format, words) } ?? ""
                        }
                    }
                    items.append("<li><span class=\"mark\" aria-hidden=\"true\">✓</span> \(text)\(words.zh ? "" : " ")<span class=\"evidence\">\(HTML.escape(words.parenthesized(words.evidence(evidence))))</span></li>")
                } catch {
                    problems += error.all
                }
            }
            return "<aside class=\"claims\">\n<p>\(HTML.escape(words.claimsHeading))</p>\n<ul>\n" + items.joined(separator: "\n") + "\n</ul>\n</aside>\n"
        case .plot:
            plotCount += 1
            do throws(Diagnostics) {
                return try PlotFigure(
                    runs: runs, block: block, words: words, id: "\(idPrefix)plot-\(plotCount)",
                    slots: PlotFigure.paletteSlots(run.lesson.body)
                ).html
            } catch {
                problems += error.all
                return ""
            }
        }
    }

    /// A pipe table: each cell's Markdown rendered by cmark on its own, its bindings and math filled in.
    mutating func table(_ table: PipeTableBlock) -> String {
        func cell(_ pieces: [Piece]) -> String {
            var cellMarks = Placeholders()
            var markdown = ""
            for piece in pieces {
                switch piece {
                case .markdown(let text): markdown += text
                case .binding(let binding):
                    markdown += cellMarks.inline(value(binding).map { $0.html(binding.format, words) } ?? "")
                case .math(let math): markdown += cellMarks.inline(self.math(math))
                default: break
                }
            }
            let options: MarkdownOptions = run.lesson.allowsRawHTML ? [.allowRawHTML] : []
            var html = CommonMark.html(from: markdown, options: options)
            if html.hasPrefix("<p>") { html.removeFirst(3) }
            if html.hasSuffix("</p>\n") { html.removeLast(5) }
            return cellMarks.fill(html)
        }
        func align(_ column: Int) -> String {
            guard column < table.alignments.count else { return "" }
            switch table.alignments[column] {
            case .none: return ""
            case .left: return " style=\"text-align: left\""
            case .center: return " style=\"text-align: center\""
            case .right: return " style=\"text-align: right\""
            }
        }
        var out = "<figure class=\"table\">\n<table>\n<thead><tr>"
        for (column, pieces) in table.header.enumerated() { out += "<th scope=\"col\"\(align(column))>\(cell(pieces))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for (column, pieces) in row.enumerated() { out += "<td\(align(column))>\(cell(pieces))</td>" }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</figure>\n"
        return out
    }
}
