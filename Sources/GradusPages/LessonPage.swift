import GradusLessons
import GradusMarkdown
import GradusMath
import GradusRuns
import GradusText

/// A lesson's body rendered: its HTML, its sections, and its readable text cut at its sections for search.
struct RenderedBody {
    let html: String
    let sections: [Section]
    let text: String
    let cuts: [SearchIndex.Cut]
}

/// Renders one lesson's body, with its runs' numbers, to an HTML fragment.
///
/// The body's Markdown is parsed once into a tree in which every value, formula and generated block is a slot
/// (`GradusMarkdown.Slot`), then written by `PageRenderer`; no HTML is read back.
struct LessonPage {
    let run: LessonRun
    let words: Localization
    var problems: [Diagnostic] = []
    var plotCount = 0
    var exploreCount = 0
    /// Put before every id of the page (headings, figures), so several lessons can share one document.
    var idPrefix = ""
    /// Whether the claims boxes are shown (handouts leave them out unless asked).
    var showsClaims = true
    /// Whether the claims boxes start unfolded (folded on the web).
    var claimsOpen = false
    /// The examples whose outcome the page has given so far (in a caption or a comparison table), so later captions
    /// do not repeat it.
    var statedOutcomes: Set<String> = []
    /// Whether an example's first table is followed by its Python code (on the web, not in handouts).
    var showsCode = false
    /// Whether explore blocks carry their controls, runs and script (on the web); a handout has no script: it shows
    /// the first combination and the small multiples.
    var exploresLive = false
    /// The examples' Python listings, made for the first table of each; see `ExampleCode`.
    var code: [String: ExampleCode] = [:]
    /// The data file each example's listings read, if any; see `ExampleCode.dataFiles`.
    lazy var dataFiles: [String: ExampleCode.DataFile] = ExampleCode.dataFiles(run.runs, slug: run.lesson.slug)

    /// Punctuation that must not start a line after an inline formula. Not `]` or `!`, which may belong to a
    /// Markdown link or image.
    static let gluedPunctuation: Set<Character> = [
        ",", ".", ";", ":", "?", ")", "%", "、", "，", "。", "；", "：", "！", "？", "）", "”", "’",
    ]

    init(_ run: LessonRun) {
        self.run = run
        self.words = Localization(language: run.lesson.language, notation: run.lesson.notation ?? Notation())
    }

    var options: MarkdownOptions { run.lesson.allowsRawHTML ? [.allowRawHTML] : [] }

    /// The body as HTML, or every diagnostic found in it.
    mutating func render() throws(Diagnostics) -> String { try renderWithSections().html }

    /// The body as HTML with the list of its sections and its text for search.
    mutating func renderWithSections() throws(Diagnostics) -> RenderedBody {
        var segments: [Segment] = []
        var slots: [PageSlot] = []
        func fill(_ slot: PageSlot, block: Bool = false) {
            slots.append(slot)
            segments += block ? [.markdown("\n\n"), .slot, .markdown("\n\n")] : [.slot]
        }
        var glued = 0  // punctuation already written beside the formula before it
        for (index, piece) in run.lesson.body.enumerated() {
            switch piece {
            case .markdown(let text): segments.append(.markdown(String(text.dropFirst(glued))))
            case .binding(let binding): fill(self.text(binding))
            case .math(let math) where !math.display:
                // A browser may break the line after a formula even before a comma; keep them together.
                let next = index + 1 < run.lesson.body.count ? run.lesson.body[index + 1] : nil
                let punctuation: Substring =
                    if case .markdown(let text)? = next { text.prefix { Self.gluedPunctuation.contains($0) } } else {
                        ""
                    }
                guard let formula = self.math(math) else {
                    fill(PageSlot(content: HTMLWriter()))
                    glued = 0
                    continue
                }
                var content = HTMLWriter()
                if punctuation.isEmpty {
                    content.raw(formula.mathML, text: formula.text)
                } else {
                    content.open("span", [.init("class", "nowrap")])
                    content.raw(formula.mathML, text: formula.text)
                    content.text(punctuation)
                    content.close("span")
                }
                fill(PageSlot(content: content, slugText: String(punctuation)))
                glued = punctuation.count
                continue
            case .math(let math):
                var content = HTMLWriter()
                if let formula = self.math(math) { content.raw(formula.mathML, text: formula.text) }
                fill(PageSlot(content: content))
            case .block(let block): fill(PageSlot(content: self.block(block)), block: true)
            case .table(let table): fill(PageSlot(content: self.table(table)), block: true)
            case .faqStart:
                var content = HTMLWriter()
                content.open("section", [.init("class", "faq")])
                fill(PageSlot(content: content), block: true)
            case .faqEnd:
                var content = HTMLWriter()
                content.close("section")
                fill(PageSlot(content: content), block: true)
            }
            glued = 0
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        var renderer = PageRenderer(options: options, words: words, slots: slots, idPrefix: idPrefix)
        renderer.render(CommonMark.parse(segments, options: options))
        let out = renderer.output.writer
        return RenderedBody(html: out.html, sections: renderer.sections, text: out.text, cuts: renderer.cuts)
    }

    /// A binding's value as text in running prose.
    mutating func text(_ binding: Binding) -> PageSlot {
        var content = HTMLWriter()
        guard let value = value(binding) else { return PageSlot(content: content) }
        value.write(to: &content, binding.format, words)
        if case .tex = value { return PageSlot(content: content) }
        return PageSlot(content: content, slugText: value.prose(binding.format, words))
    }

    mutating func value(_ binding: Binding) -> Value? {
        do {
            return try run.value(of: binding)
        } catch {
            problems += error.all
            return nil
        }
    }

    /// The formula's MathML and text, or nil (and a diagnostic) if it cannot be written.
    mutating func math(_ math: Math) -> (mathML: String, text: String)? {
        var tex = ""
        for part in math.parts {
            switch part {
            case .tex(let text): tex += text
            case .binding(let binding):
                guard let value = value(binding) else { return nil }
                tex += value.tex(binding.format, words)
            }
        }
        do {
            return try TeX.formula(tex, style: math.display ? .display : .inline)
        } catch {
            problems.append(
                Diagnostic(math.texLocation(error.utf8Offset) ?? math.location, "in this formula: \(error.message)"))
            return nil
        }
    }

    mutating func block(_ block: GeneratedBlock) -> HTMLWriter {
        var runs: [ExampleRun] = []
        for reference in block.examples {
            guard let found = run.run(named: reference.name) else {
                let names = run.runs.map(\.example.name).joined(separator: ", ")
                problems.append(
                    Diagnostic(
                        reference.location,
                        "no example named '\(reference.name)' in this lesson; its examples: \(names)"))
                continue
            }
            runs.append(found)
        }
        guard runs.count == block.examples.count else { return HTMLWriter() }
        switch block.kind {
        case .table:
            defer { statedOutcomes.insert(runs[0].example.name) }
            var html = IterationTable(
                run: runs[0], block: block, words: words, statesOutcome: !statedOutcomes.contains(runs[0].example.name)
            ).html
            if showsCode && code[runs[0].example.name] == nil {
                let listings = ExampleCode(
                    runs[0], lesson: run.lesson, words: words, data: dataFiles[runs[0].example.name],
                    first: block.first, last: block.last)
                code[runs[0].example.name] = listings
                // The code is not prose: left out of the search text.
                html.raw(listings.fold(slug: run.lesson.slug, words: words).html)
            }
            return html
        case .data: return DataTable(run: runs[0], words: words, limit: block.rows).html
        case .compare:
            statedOutcomes.formUnion(runs.map(\.example.name))
            return ComparisonTable(runs: runs, tolerance: block.tolerance, words: words).html
        case .step:
            do throws(Diagnostics) {
                return try WorkedStep(run: runs[0], block: block, words: words).html
            } catch {
                problems += error.all
                return HTMLWriter()
            }
        case .claims: return claims(block)
        case .explore:
            exploreCount += 1
            guard let explore = block.explore else { return HTMLWriter() }
            do throws(Diagnostics) {
                return try ExploreBlock(
                    block: block, explore: explore, runs: try run.exploredRuns(block), words: words,
                    id: "\(idPrefix)explore-\(exploreCount)", live: exploresLive, writesScript: exploreCount == 1
                ).html
            } catch {
                problems += error.all
                return HTMLWriter()
            }
        case .plot:
            plotCount += 1
            defer { statedOutcomes.formUnion(runs.map(\.example.name)) }
            do throws(Diagnostics) {
                return try PlotFigure(
                    runs: runs, block: block, words: words, id: "\(idPrefix)plot-\(plotCount)",
                    slots: PlotFigure.paletteSlots(run.lesson.body, methods: PlotFigure.methodKeys(run.runs)),
                    statedOutcomes: statedOutcomes
                ).html
            } catch {
                problems += error.all
                return HTMLWriter()
            }
        }
    }

    /// A pipe table: each cell's pieces parsed as Markdown on their own, with their bindings and math.
    mutating func table(_ table: PipeTableBlock) -> HTMLWriter {
        func cell(_ pieces: [Piece]) -> HTMLWriter {
            var segments: [Segment] = []
            var slots: [PageSlot] = []
            for piece in pieces {
                switch piece {
                case .markdown(let text): segments.append(.markdown(text))
                case .binding(let binding):
                    slots.append(self.text(binding))
                    segments.append(.slot)
                case .math(let math):
                    var content = HTMLWriter()
                    if let formula = self.math(math) { content.raw(formula.mathML, text: formula.text) }
                    slots.append(PageSlot(content: content))
                    segments.append(.slot)
                default: break
                }
            }
            var renderer = PageRenderer(options: options, words: words, slots: slots, idPrefix: idPrefix)
            let document = CommonMark.parse(segments, options: options)
            // A cell of one paragraph is its inline content.
            if document.blocks.count == 1, case .paragraph(let paragraph) = document.blocks[0] {
                renderer.render(paragraph.content)
            } else {
                renderer.render(document)
            }
            return renderer.output.writer
        }
        func attributes(_ column: Int) -> [HTMLWriter.Attribute] {
            guard column < table.alignments.count else { return [] }
            switch table.alignments[column] {
            case .none: return []
            case .left: return [.init("style", "text-align: left")]
            case .center: return [.init("style", "text-align: center")]
            case .right: return [.init("style", "text-align: right")]
            }
        }
        var out = HTMLWriter()
        out.line("figure", [.init("class", "table")], linesInside: true) { figure in
            figure.table { header in
                for (column, pieces) in table.header.enumerated() {
                    header.open("th", [.column] + attributes(column))
                    header.append(cell(pieces))
                    header.close("th")
                }
            } rows: { body in
                for row in table.rows {
                    body.row { cells in
                        for (column, pieces) in row.enumerated() {
                            cells.open("td", attributes(column))
                            cells.append(cell(pieces))
                            cells.close("td")
                        }
                    }
                }
            }
        }
        return out
    }
}
