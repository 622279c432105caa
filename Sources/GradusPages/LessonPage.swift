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
    /// How a handout writes links for paper (see `PrintedLinks`); nil on the web.
    var printedLinks: PrintedLinks? = nil
    /// Whether the claims boxes are shown (handouts leave them out unless asked).
    var showsClaims = true
    /// Whether the claims boxes start unfolded (folded on the web).
    var claimsOpen = false
    /// The examples whose outcome the page has given so far (in a caption or a comparison table), so later captions
    /// do not repeat it.
    var statedOutcomes: Set<String> = []
    /// The course's glossary, which `{{ term … }}` names; and the main language its definitions fall back to.
    var glossary: [GlossaryEntry] = []
    var mainLanguage = "en"
    /// Whether a term links to its entry on the glossary page (not in a self-contained handout).
    var linksGlossary = true
    /// The terms already used on the page: the first use is their defining instance (`<dfn>`).
    var usedTerms: Set<String> = []
    /// The labelled figures, tables and display equations, numbered in reading order, each kind on its own.
    var numbers: [String: Numbered] = [:]
    /// Whether an example's first table is followed by its Python code (on the web, not in handouts).
    var showsCode = false
    /// How exercises show their answers: folded on the web, left out on a student's sheet, open in a teacher's.
    var exercises = ExerciseMode.web
    /// How many exercises the page has numbered so far.
    var exerciseCount = 0
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
        numberLabels()
        for (index, piece) in run.lesson.body.enumerated() {
            switch piece {
            case .markdown(let text): segments.append(.markdown(String(text.dropFirst(glued))))
            case .reference(let reference): fill(self.reference(reference))
            case .term(let use): fill(self.term(use))
            case .binding(let binding): fill(self.text(binding))
            case .math(let math) where !math.display:
                let next = index + 1 < run.lesson.body.count ? run.lesson.body[index + 1] : nil
                let (slot, punctuation) = inlineMath(math, before: next)
                fill(slot)
                glued = punctuation
                continue
            case .math(let math):
                var content = HTMLWriter()
                if let formula = self.math(math) { content.raw(formula.mathML, text: formula.text) }
                fill(PageSlot(content: numbered(content, label: math.label)))
            case .block(let block):
                fill(PageSlot(content: numbered(self.block(block), label: block.label)), block: true)
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
        renderer.printedLinks = printedLinks
        renderer.render(CommonMark.parse(segments, options: options))
        let out = renderer.output.writer
        return RenderedBody(html: out.html, sections: renderer.sections, text: out.text, cuts: renderer.cuts)
    }

    /// An inline formula, with the punctuation that starts the Markdown after it (`next`) kept beside it: a browser
    /// may break the line after a formula even before a comma. Returns how many characters of `next` it took.
    mutating func inlineMath(_ math: Math, before next: Piece?) -> (PageSlot, glued: Int) {
        let punctuation: Substring =
            if case .markdown(let text)? = next { text.prefix { Self.gluedPunctuation.contains($0) } } else { "" }
        guard let formula = self.math(math) else { return (PageSlot(content: HTMLWriter()), 0) }
        var content = HTMLWriter()
        if punctuation.isEmpty {
            content.raw(formula.mathML, text: formula.text)
        } else {
            content.open("span", [.init("class", "nowrap")])
            content.raw(formula.mathML, text: formula.text)
            content.text(punctuation)
            content.close("span")
        }
        return (PageSlot(content: content, slugText: String(punctuation)), punctuation.count)
    }

    /// A labelled figure, table or equation's number, and the words that name it.
    struct Numbered {
        let number: Int
        let kind: String
        let location: SourceLocation
    }

    /// Numbers every labelled block and display formula, each kind (fig, tab, eq) from 1 in reading order; a label
    /// used twice is a diagnostic.
    mutating func numberLabels() {
        var counts: [String: Int] = [:]
        for piece in run.lesson.body {
            let labelled: (String, SourceLocation)? =
                switch piece {
                case .block(let block): block.label.map { ($0, block.location) }
                case .math(let math): math.label.map { ($0, math.location) }
                default: nil
                }
            guard let (label, location) = labelled else { continue }
            let kind = String(label.prefix { $0 != ":" })
            if let first = numbers[label] {
                problems.append(
                    Diagnostic(location, "the label '\(label)' is already used at line \(first.location.line)"))
                continue
            }
            counts[kind, default: 0] += 1
            numbers[label] = Numbered(number: counts[kind] ?? 1, kind: kind, location: location)
        }
    }

    /// The id of a labelled element: `fig:contour` → `fig-contour`, after the page's id prefix.
    func anchor(_ label: String) -> String { idPrefix + String(label.map { $0 == ":" ? "-" : $0 }) }

    /// How text names a numbered element: "Figure 3", "Table 1", "Equation (2)".
    func name(_ numbered: Numbered) -> String {
        let key: WordKey =
            switch numbered.kind {
            case "fig": .referenceFigure
            case "tab": .referenceTable
            default: .referenceEquation
            }
        return words(key, ["n": String(numbered.number)])
    }

    /// `{{ ref LABEL }}`: a link to the labelled element, named by its number.
    mutating func reference(_ reference: Reference) -> PageSlot {
        var content = HTMLWriter()
        guard let numbered = numbers[reference.label] else {
            let labels = numbers.keys.sorted()
            problems.append(
                Diagnostic(
                    reference.location,
                    "no figure, table or equation labelled '\(reference.label)' in this lesson; "
                        + (labels.isEmpty
                            ? "label one with 'id: fig:NAME' in a plot block, 'id: tab:NAME' in a table block or {#eq:NAME} after $$…$$"
                            : "its labels: \(labels.joined(separator: ", "))")))
            return PageSlot(content: content)
        }
        let text = name(numbered)
        content.element("a", [.init("class", "ref"), .init("href", "#" + anchor(reference.label))], text)
        return PageSlot(content: content, slugText: text)
    }

    /// Takes the course's glossary, for `{{ term … }}`.
    mutating func use(_ course: CourseInfo) {
        glossary = course.glossary
        mainLanguage = course.language
    }

    /// `{{ term … }}`: the term as written, with its definition on hover, linked to its glossary entry; its first use
    /// on the page is marked as the defining instance (`<dfn>`).
    mutating func term(_ use: TermUse) -> PageSlot {
        var content = HTMLWriter()
        guard let entry = glossary.first(where: { $0.matches(use.text) }) else {
            problems.append(
                Diagnostic(
                    use.location,
                    glossary.isEmpty
                        ? "'\(use.text)' is not in the glossary: course.yaml has no 'glossary'"
                        : "'\(use.text)' is not in the glossary; its terms: \(glossary.map(\.term).joined(separator: ", "))"
                ))
            return PageSlot(content: content)
        }
        let first = usedTerms.insert(entry.anchor).inserted
        let title = [HTMLWriter.Attribute("title", entry.definition(in: words.language, main: mainLanguage))]
        if linksGlossary {
            content.open("a", [.init("class", "term"), .init("href", GlossaryPage.file + "#" + entry.anchor)] + title)
            if first { content.element("dfn", use.text) } else { content.text(use.text) }
            content.close("a")
        } else {
            content.element(first ? "dfn" : "span", [.init("class", "term")] + title, use.text)
        }
        return PageSlot(content: content, slugText: use.text)
    }

    /// A generated block or display formula with its number when it is labelled: a figure with the number as its
    /// first caption ("Figure 3"), or the formula with its number at the right ("(2)").
    func numbered(_ inner: HTMLWriter, label: String?) -> HTMLWriter {
        guard let label, let numbered = numbers[label] else { return inner }
        var out = HTMLWriter()
        if numbered.kind == "eq" {
            out.open("div", [.init("class", "equation"), .init("id", anchor(label))])
            out.append(inner)
            out.element(
                "span", [.init("class", "equation-number")], words(.equationNumber, ["n": String(numbered.number)]))
            out.close("div")
        } else {
            out.open("figure", [.init("class", "numbered"), .init("id", anchor(label))])
            out.newline()
            out.element("figcaption", [.init("class", "number")], name(numbered))
            out.newline()
            out.append(inner)
            out.close("figure")
            out.newline()
        }
        return out
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
            return try FormulaMemo.formula(tex, style: math.display ? .display : .inline)
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
        case .exercise: return exercise(block, runs: runs)
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

    /// Pieces (Markdown, bindings, math) rendered on their own, as a table cell or an exercise's question is: a
    /// single paragraph as its inline content when `inline`, else as blocks.
    mutating func fragment(_ pieces: [Piece], inline: Bool = true) -> HTMLWriter {
        if inline, !options.contains(.smartPunctuation) {
            // An empty cell, or one of plain words and numbers, is written without parsing it: the same HTML.
            if pieces.isEmpty { return HTMLWriter() }
            if pieces.count == 1, case .markdown(let text) = pieces[0], CommonMark.isPlainParagraph(text) {
                var out = HTMLWriter()
                out.text(text, apostrophe: false)
                return out
            }
        }
        var segments: [Segment] = []
        var slots: [PageSlot] = []
        var glued = 0
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .markdown(let text):
                segments.append(.markdown(String(text.dropFirst(glued))))
                glued = 0
            case .binding(let binding):
                slots.append(self.text(binding))
                segments.append(.slot)
            case .math(let math) where !math.display && !inline:
                let (slot, punctuation) = inlineMath(math, before: index + 1 < pieces.count ? pieces[index + 1] : nil)
                slots.append(slot)
                segments.append(.slot)
                glued = punctuation
            case .math(let math):
                var content = HTMLWriter()
                if let formula = self.math(math) { content.raw(formula.mathML, text: formula.text) }
                slots.append(PageSlot(content: content))
                segments.append(.slot)
            default: break
            }
        }
        var renderer = PageRenderer(options: options, words: words, slots: slots, idPrefix: idPrefix)
        renderer.printedLinks = printedLinks
        let document = CommonMark.parse(segments, options: options)
        // A cell of one paragraph is its inline content.
        if inline, document.blocks.count == 1, case .paragraph(let paragraph) = document.blocks[0] {
            renderer.render(paragraph.content)
        } else {
            renderer.render(document)
        }
        return renderer.output.writer
    }

    /// A pipe table: each cell's pieces parsed as Markdown on their own, with their bindings and math.
    mutating func table(_ table: PipeTableBlock) -> HTMLWriter {
        func cell(_ pieces: [Piece]) -> HTMLWriter { fragment(pieces) }
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
