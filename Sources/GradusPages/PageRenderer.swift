import GradusMarkdown
import GradusText

/// Writes a lesson's tree as its page shows it: cmark's HTML, with headings that carry ids and anchors, block quotes
/// that start with `[!NOTE]`, `[!TIP]` or `[!WARNING]` as callouts, and the slots filled.
struct PageRenderer: HTMLRendering {
    var output = HTMLOutput()
    let options: MarkdownOptions
    let words: Localization
    let slots: [PageSlot]
    /// Put before every id, so several lessons can share one document.
    var idPrefix = ""
    /// How a handout writes links for paper; nil on the web.
    var printedLinks: PrintedLinks? = nil
    /// The ids given so far and how often each was wanted.
    var used: [String: Int] = [:]
    private(set) var sections: [Section] = []
    /// Where each section of level 3 or less starts in the readable text.
    private(set) var cuts: [SearchIndex.Cut] = []

    init(options: MarkdownOptions, words: Localization, slots: [PageSlot], idPrefix: String = "") {
        self.options = options
        self.words = words
        self.slots = slots
        self.idPrefix = idPrefix
    }

    mutating func render(_ block: Block, tight: Bool) {
        switch block {
        case .heading(let heading): render(heading)
        case .blockQuote(let quote):
            if let callout = Callout(quote) { render(callout) } else { renderAsCommonMark(block, tight: tight) }
        default: renderAsCommonMark(block, tight: tight)
        }
    }

    mutating func render(_ inline: Inline) {
        if case .link(let link) = inline, let printed = printedLinks, render(link, printed: printed) { return }
        renderAsCommonMark(inline)
    }

    mutating func render(_ slot: Slot) {
        guard slots.indices.contains(slot.index) else { return }
        output.writer.append(slots[slot.index].content)
    }

    mutating func text(of slot: Slot) -> String {
        slots.indices.contains(slot.index) ? HTMLWriter.readable(slots[slot.index].content.text) : ""
    }

    /// `<hN id="…">…<a class="anchor" href="#…">#</a></hN>`, with an id made from the heading's words and unique
    /// on the page.
    mutating func render(_ heading: Heading) {
        var inner = PageRenderer(options: options, words: words, slots: slots)
        inner.render(heading.content)
        var id = idPrefix + Section.slug(HeadingWords(heading.content, slots: slots).text)
        if let n = used[id] {
            used[id] = n + 1
            id += "-\(n + 1)"
        } else {
            used[id] = 1
        }
        let content = inner.output.writer
        sections.append(Section(level: heading.level, id: id, html: content.html))
        output.lineBreakIfNeeded()
        if heading.level <= 3 {
            let readable = HTMLWriter.readable(content.text)
            let title =
                readable.utf8.contains(UInt8(ascii: "#")) ? readable.replacingOccurrences(of: " #", with: "") : readable
            cuts.append(SearchIndex.Cut(id: id, title: title, start: output.writer.text.utf8.count))
        }
        output.writer.open("h\(heading.level)", [.init("id", id)])
        output.writer.append(content)
        output.writer.open(
            "a", [.init("class", "anchor"), .init("href", "#" + id), .init("aria-label", words.sectionLink)])
        output.writer.text("#")
        output.writer.close("a")
        output.writer.close("h\(heading.level)")
        output.writer.newline()
    }

    /// `<aside class="callout KIND">` with a localised title, then the quote's blocks without the marker.
    mutating func render(_ callout: Callout) {
        output.lineBreakIfNeeded()
        output.writer.open("aside", [.init("class", "callout \(callout.kind)")])
        output.writer.newline()
        output.writer.element("p", [.init("class", "callout-title")], words.callout(callout.kind))
        output.writer.newline()
        for child in callout.blocks { render(child, tight: false) }
        output.lineBreakIfNeeded()
        output.writer.close("aside")
        output.writer.newline()
    }
}
