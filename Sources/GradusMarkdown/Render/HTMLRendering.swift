import GradusText

/// Writes a `Document` as HTML exactly as cmark's HTML renderer would, through an `HTMLWriter`.
///
/// Every `render` method is a customisation point: a conforming type implements the ones it changes (a heading with
/// an id, a block quote as a callout) and calls `renderAsCommonMark` for the rest; descent into children always
/// goes back through `render`, so a change applies at any depth. `CommonMarkHTML` changes nothing.
public protocol HTMLRendering {
    var output: HTMLOutput { get set }
    var options: MarkdownOptions { get }
    /// `tight` is true for a block directly inside an item of a tight list.
    mutating func render(_ block: Block, tight: Bool)
    mutating func render(_ inline: Inline)
    /// The HTML of a slot in running text; nothing by default.
    mutating func render(_ slot: Slot)
    /// A slot's text where only text may stand (an image's description); nothing by default.
    mutating func text(of slot: Slot) -> String
}

/// What a renderer has written, and where cmark would believe its output stands.
public struct HTMLOutput: Sendable {
    public var writer = HTMLWriter()
    /// A paragraph that held only a slot was written as the slot alone; cmark, which saw `<p>…</p>\n`, starts its
    /// next block without a line break. True until something else is written.
    var atLineStart = false

    public init() {}

    /// cmark's `cr()`: a newline unless the output is empty or already ends a line.
    public mutating func lineBreakIfNeeded() {
        if !atLineStart, let last = writer.html.last, last != "\n" { writer.newline() }
        atLineStart = false
    }
}

extension HTMLRendering {
    public mutating func render(_ block: Block, tight: Bool) { renderAsCommonMark(block, tight: tight) }
    public mutating func render(_ inline: Inline) { renderAsCommonMark(inline) }
    public mutating func render(_ slot: Slot) {}
    public mutating func text(of slot: Slot) -> String { "" }

    /// Writes the whole document.
    public mutating func render(_ document: Document) {
        for block in document.blocks { render(block, tight: false) }
    }

    public mutating func render(_ inlines: [Inline]) {
        for inline in inlines { render(inline) }
    }

    /// Writes `block` as cmark does.
    public mutating func renderAsCommonMark(_ block: Block, tight: Bool) {
        switch block {
        case .paragraph(let paragraph):
            if paragraph.content.count == 1, case .slot(let slot) = paragraph.content[0], !tight {
                // A slot alone in its paragraph stands for a block of its own: no paragraph around it.
                output.lineBreakIfNeeded()
                render(slot)
                output.atLineStart = true
                return
            }
            if tight { render(paragraph.content) } else { renderLine("p", paragraph.content) }
        case .heading(let heading): renderLine("h\(heading.level)", heading.content)
        case .blockQuote(let quote):
            output.lineBreakIfNeeded()
            output.writer.open("blockquote")
            output.writer.newline()
            for child in quote.blocks { render(child, tight: false) }
            output.lineBreakIfNeeded()
            output.writer.close("blockquote")
            output.writer.newline()
        case .list(let list):
            output.lineBreakIfNeeded()
            let name: String
            switch list.kind {
            case .bullet:
                name = "ul"
                output.writer.open(name)
            case .ordered(let start):
                name = "ol"
                output.writer.open(name, start == 1 ? [] : [.init("start", "\(start)")])
            }
            output.writer.newline()
            for item in list.items {
                output.lineBreakIfNeeded()
                output.writer.open("li")
                for child in item.blocks { render(child, tight: list.isTight) }
                output.writer.close("li")
                output.writer.newline()
            }
            output.lineBreakIfNeeded()
            output.writer.close(name)
            output.writer.newline()
        case .codeBlock(let code):
            output.lineBreakIfNeeded()
            output.writer.open("pre")
            output.writer.open(
                "code", code.language.map { [.init("class", "language-" + $0, apostrophe: false)] } ?? [])
            output.writer.text(code.code, apostrophe: false)
            output.writer.close("code")
            output.writer.close("pre")
            output.writer.newline()
        case .htmlBlock(let html):
            output.lineBreakIfNeeded()
            if options.contains(.allowRawHTML) {
                output.writer.raw(html.html)
            } else {
                output.writer.raw(CommonMarkHTML.omitted)
            }
            output.lineBreakIfNeeded()
        case .thematicBreak:
            output.lineBreakIfNeeded()
            output.writer.void("hr")
            output.writer.newline()
        }
    }

    /// Writes `inline` as cmark does.
    public mutating func renderAsCommonMark(_ inline: Inline) {
        output.atLineStart = false
        switch inline {
        case .text(let text): output.writer.text(text, apostrophe: false)
        case .softBreak: output.writer.newline()
        case .lineBreak:
            output.writer.void("br")
            output.writer.newline()
        case .code(let code): output.writer.element("code", [], code.code, apostrophe: false)
        case .html(let html):
            output.writer.raw(options.contains(.allowRawHTML) ? html.html : CommonMarkHTML.omitted)
        case .emphasis(let emphasis):
            output.writer.open("em")
            render(emphasis.content)
            output.writer.close("em")
        case .strong(let strong):
            output.writer.open("strong")
            render(strong.content)
            output.writer.close("strong")
        case .link(let link):
            var attributes: [HTMLWriter.Attribute] = [.url("href", safeURL(link.destination))]
            if !link.title.isEmpty { attributes.append(.init("title", link.title, apostrophe: false)) }
            output.writer.open("a", attributes)
            render(link.content)
            output.writer.close("a")
        case .image(let image):
            var attributes: [HTMLWriter.Attribute] = [
                .url("src", safeURL(image.source)), .init("alt", plainText(image.description), apostrophe: false),
            ]
            if !image.title.isEmpty { attributes.append(.init("title", image.title, apostrophe: false)) }
            output.writer.void("img", attributes)
        case .slot(let slot): render(slot)
        }
    }

    /// A block of inline content on its own line: `<p>…</p>`, `<h2>…</h2>`.
    mutating func renderLine(_ name: String, _ content: [Inline]) {
        output.lineBreakIfNeeded()
        output.writer.open(name)
        render(content)
        output.writer.close(name)
        output.writer.newline()
    }

    /// The destination as written, or "" for one cmark considers unsafe when raw HTML is not allowed.
    func safeURL(_ url: String) -> String {
        options.contains(.allowRawHTML) || !CommonMarkHTML.isDangerous(url) ? url : ""
    }

    /// An image's description as the text of its `alt` attribute: the text of every node, breaks as spaces.
    mutating func plainText(_ inlines: [Inline]) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let text): out += text
            case .softBreak, .lineBreak: out += " "
            case .code(let code): out += code.code
            case .html(let html): out += html.html
            case .emphasis(let emphasis): out += plainText(emphasis.content)
            case .strong(let strong): out += plainText(strong.content)
            case .link(let link): out += plainText(link.content)
            case .image(let image): out += plainText(image.description)
            case .slot(let slot): out += text(of: slot)
            }
        }
        return out
    }
}
