import Ccmark

/// Options for parsing and rendering CommonMark.
public struct MarkdownOptions: OptionSet, Sendable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Keep raw HTML and potentially dangerous links (`javascript:`) as written.
    /// Off by default: raw HTML is then replaced with a comment and such links lose their destination, as in cmark.
    public static let allowRawHTML = MarkdownOptions(rawValue: CMARK_OPT_UNSAFE)
    /// Curly quotes, en and em dashes, ellipses (applied while parsing).
    public static let smartPunctuation = MarkdownOptions(rawValue: CMARK_OPT_SMART)
}

/// A piece of the text to parse: Markdown, or a slot the caller fills after parsing.
public enum Segment: Sendable, Equatable {
    case markdown(String)
    /// Becomes an `Inline.slot` at this place; slots are numbered from 0 in order.
    case slot
}

/// The only door to the C library. It walks cmark's tree once, builds a `Document` and frees the C side before
/// returning: no C pointer leaves this file.
public enum CommonMark {
    /// Parses CommonMark text.
    public static func parse(_ markdown: String, options: MarkdownOptions = []) -> Document {
        parse([.markdown(markdown)], options: options)
    }

    /// Parses Markdown with slots in it. Each slot stands in the text as a mark made of two private-use characters
    /// that occur in no Markdown segment, so no text can be taken for a slot.
    public static func parse(_ segments: [Segment], options: MarkdownOptions = []) -> Document {
        let marks = SlotMarks(avoiding: segments)
        var source = ""
        var slots = 0
        for segment in segments {
            switch segment {
            case .markdown(let text): source += text
            case .slot:
                source += marks.mark(slots)
                slots += 1
            }
        }
        let flags = (options.rawValue & CMARK_OPT_SMART) | CMARK_OPT_VALIDATE_UTF8
        let root: OpaquePointer? = source.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return cmark_parse_document("", 0, flags) }
            return cmark_parse_document(UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), bytes.count, flags)
        }
        guard let root else { return Document([]) }
        defer { cmark_node_free(root) }
        let converter = Converter(marks: marks, slotCount: slots)
        return Document(converter.blocks(under: root))
    }

    /// Whether `text` parses (without smart punctuation) as one paragraph holding exactly this text, so that a
    /// caller may write it as text without parsing it (a table cell of words and numbers). Conservative: true only for one line, trimmed, with
    /// none of the characters that start an inline construct (emphasis, code, links, raw HTML, entities, escapes)
    /// and not starting like a block (a heading, a quote, a list item, a break, a fence).
    public static func isPlainParagraph(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last, first != UInt8(ascii: " "), last != UInt8(ascii: " ")
        else { return false }
        for byte in bytes {
            switch byte {
            // Control characters, and characters that may start an inline construct anywhere in a line.
            case 0..<0x20, 0x7F, UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                UInt8(ascii: "&"), UInt8(ascii: "~"), UInt8(ascii: "$"), UInt8(ascii: "|"), UInt8(ascii: "{"),
                UInt8(ascii: "}"):
                return false
            default: continue
            }
        }
        // Characters that may start a block at the start of a line.
        if "#>-+=:".utf8.contains(first) { return false }
        // An ordered list item: up to nine digits, then `.` or `)`, then a space or the end.
        let digits = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        if !digits.isEmpty {
            let rest = bytes.dropFirst(digits.count)
            if let marker = rest.first, marker == UInt8(ascii: ".") || marker == UInt8(ascii: ")"),
                rest.dropFirst().first.map({ $0 == UInt8(ascii: " ") }) ?? true
            {
                return false
            }
        }
        return true
    }

    /// cmark's own HTML for `markdown`: the reference that `HTMLRenderer` matches, kept for tests.
    public static func cmarkHTML(from markdown: String, options: MarkdownOptions = []) -> String {
        let flags = options.rawValue | CMARK_OPT_VALIDATE_UTF8
        var source = markdown
        return source.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress,
                let rendered = cmark_markdown_to_html(
                    UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), bytes.count, flags)
            else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }
}

/// Reads cmark's nodes into Swift values.
private struct Converter {
    let marks: SlotMarks
    let slotCount: Int

    func children(of node: OpaquePointer) -> [OpaquePointer] {
        var out: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            out.append(current)
            child = cmark_node_next(current)
        }
        return out
    }

    func blocks(under node: OpaquePointer) -> [Block] { children(of: node).compactMap(block) }

    func block(_ node: OpaquePointer) -> Block? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH: .paragraph(Paragraph(inlines(under: node)))
        case CMARK_NODE_HEADING: .heading(Heading(level: Int(cmark_node_get_heading_level(node)), inlines(under: node)))
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote(BlockQuote(blocks(under: node)))
        case CMARK_NODE_LIST:
            .list(
                List(
                    cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
                        ? .ordered(start: Int(cmark_node_get_list_start(node))) : .bullet,
                    isTight: cmark_node_get_list_tight(node) != 0,
                    items: children(of: node).map { ListItem(blocks(under: $0)) }))
        case CMARK_NODE_CODE_BLOCK:
            .codeBlock(CodeBlock(info: string(cmark_node_get_fence_info(node)), literal(node)))
        case CMARK_NODE_HTML_BLOCK: .htmlBlock(HTMLBlock(literal(node)))
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        default: nil
        }
    }

    func inlines(under node: OpaquePointer) -> [Inline] {
        var out: [Inline] = []
        for child in children(of: node) {
            for inline in inlines(child) {
                // cmark splits text at brackets and escapes; one run of text is one node here.
                if case .text(let more) = inline, case .text(let text)? = out.last {
                    out[out.count - 1] = .text(text + more)
                } else {
                    out.append(inline)
                }
            }
        }
        return out
    }

    func inlines(_ node: OpaquePointer) -> [Inline] {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: marks.split(string(cmark_node_get_literal(node)), slotCount: slotCount)
        case CMARK_NODE_SOFTBREAK: [.softBreak]
        case CMARK_NODE_LINEBREAK: [.lineBreak]
        case CMARK_NODE_CODE: [.code(InlineCode(literal(node)))]
        case CMARK_NODE_HTML_INLINE: [.html(InlineHTML(literal(node)))]
        case CMARK_NODE_EMPH: [.emphasis(Emphasis(inlines(under: node)))]
        case CMARK_NODE_STRONG: [.strong(Strong(inlines(under: node)))]
        case CMARK_NODE_LINK:
            [
                .link(
                    Link(
                        destination: attribute(cmark_node_get_url(node)), title: attribute(cmark_node_get_title(node)),
                        inlines(under: node)))
            ]
        case CMARK_NODE_IMAGE:
            [
                .image(
                    Image(
                        source: attribute(cmark_node_get_url(node)), title: attribute(cmark_node_get_title(node)),
                        inlines(under: node)))
            ]
        default: []
        }
    }

    /// A node's literal text; a slot's mark there (in code or raw HTML) is dropped, since only text holds slots.
    func literal(_ node: OpaquePointer) -> String { marks.removed(from: string(cmark_node_get_literal(node))) }

    func attribute(_ pointer: UnsafePointer<CChar>?) -> String { marks.removed(from: string(pointer)) }

    func string(_ pointer: UnsafePointer<CChar>?) -> String { pointer.map { String(cString: $0) } ?? "" }
}
