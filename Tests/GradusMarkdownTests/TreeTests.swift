import GradusMarkdown
import Testing

struct TreeTests {
    @Test func paragraphsHoldInlines() {
        let document = CommonMark.parse("Hello *world* and **more**, `code`\nnext  \nline")
        #expect(
            document.blocks == [
                .paragraph(
                    Paragraph([
                        .text("Hello "), .emphasis(Emphasis([.text("world")])), .text(" and "),
                        .strong(Strong([.text("more")])), .text(", "), .code(InlineCode("code")), .softBreak,
                        .text("next"), .lineBreak, .text("line"),
                    ]))
            ])
    }

    @Test func headingsKeepTheirLevel() {
        let document = CommonMark.parse("# One\n\nTwo\n---\n\n###### Six")
        #expect(
            document.blocks == [
                .heading(Heading(level: 1, [.text("One")])), .heading(Heading(level: 2, [.text("Two")])),
                .heading(Heading(level: 6, [.text("Six")])),
            ])
    }

    @Test func blockQuotesAndListsNest() {
        let document = CommonMark.parse("> quoted\n>\n> - a\n> - b\n\n3. three\n\n4. four\n")
        #expect(
            document.blocks == [
                .blockQuote(
                    BlockQuote([
                        .paragraph(Paragraph([.text("quoted")])),
                        .list(
                            List(
                                .bullet, isTight: true,
                                items: [
                                    ListItem([.paragraph(Paragraph([.text("a")]))]),
                                    ListItem([.paragraph(Paragraph([.text("b")]))]),
                                ])),
                    ])),
                .list(
                    List(
                        .ordered(start: 3), isTight: false,
                        items: [
                            ListItem([.paragraph(Paragraph([.text("three")]))]),
                            ListItem([.paragraph(Paragraph([.text("four")]))]),
                        ])),
            ])
    }

    @Test func codeBlocksKeepInfoAndText() {
        let document = CommonMark.parse("```python extra\nx = 1\n```\n\n    indented\n\n***\n")
        #expect(
            document.blocks == [
                .codeBlock(CodeBlock(info: "python extra", "x = 1\n")), .codeBlock(CodeBlock("indented\n")),
                .thematicBreak,
            ])
        if case .codeBlock(let code) = document.blocks[0] { #expect(code.language == "python") }
    }

    @Test func linksAndImagesKeepDestinationAndTitle() {
        let document = CommonMark.parse("[a *b*](/x \"T\") ![alt](i.png)")
        #expect(
            document.blocks == [
                .paragraph(
                    Paragraph([
                        .link(Link(destination: "/x", title: "T", [.text("a "), .emphasis(Emphasis([.text("b")]))])),
                        .text(" "), .image(Image(source: "i.png", [.text("alt")])),
                    ]))
            ])
    }

    @Test func rawHTMLIsKeptInTheTreeAndOmittedWhenWritten() {
        let markdown = "<div>block</div>\n\ntext <b>bold</b>"
        let document = CommonMark.parse(markdown)
        #expect(
            document.blocks == [
                .htmlBlock(HTMLBlock("<div>block</div>\n")),
                .paragraph(
                    Paragraph([.text("text "), .html(InlineHTML("<b>")), .text("bold"), .html(InlineHTML("</b>"))])),
            ])
        #expect(
            CommonMarkHTML.html(document)
                == "<!-- raw HTML omitted -->\n<p>text <!-- raw HTML omitted -->bold<!-- raw HTML omitted --></p>\n")
        #expect(CommonMarkHTML.html(document, options: .allowRawHTML) == "<div>block</div>\n<p>text <b>bold</b></p>\n")
    }

    @Test(arguments: [
        "javascript:alert(1)", "JavaScript:alert(1)", "vbscript:x", "file:///etc/passwd", "data:text/html,x",
    ])
    func unsafeURLsLoseTheirDestination(_ url: String) {
        let document = CommonMark.parse("[x](<\(url)>) ![y](<\(url)>)")
        #expect(CommonMarkHTML.html(document) == "<p><a href=\"\">x</a> <img src=\"\" alt=\"y\" /></p>\n")
        #expect(CommonMarkHTML.html(document, options: .allowRawHTML).contains(String(url.prefix(4))))
    }

    @Test func imageDataURLsAreSafe() {
        let html = CommonMark.html(from: "![y](data:image/png;base64,AAAA)")
        #expect(html == "<p><img src=\"data:image/png;base64,AAAA\" alt=\"y\" /></p>\n")
    }

    @Test func slotsComeOnlyFromSegments() {
        let document = CommonMark.parse([.markdown("a "), .slot, .markdown(" b\n\n"), .slot, .markdown("\n")])
        #expect(
            document.blocks == [
                .paragraph(Paragraph([.text("a "), .slot(Slot(0)), .text(" b")])),
                .paragraph(Paragraph([.slot(Slot(1))])),
            ])
    }

    @Test func privateUseCharactersInTheTextStayText() {
        let forged = "\u{E000}0\u{E001} and \u{E001}1\u{E002}"
        let document = CommonMark.parse([.markdown(forged + " [l](/u \"\u{E000}0\u{E001}\") "), .slot])
        guard case .paragraph(let paragraph) = document.blocks.first else {
            Issue.record("no paragraph")
            return
        }
        let slots = paragraph.content.filter { if case .slot = $0 { true } else { false } }
        #expect(slots == [.slot(Slot(0))])
        #expect(paragraph.content.first == .text(forged + " "))
        #expect(paragraph.content.contains(.link(Link(destination: "/u", title: "\u{E000}0\u{E001}", [.text("l")]))))
    }
}

/// A walker that counts the nodes of each kind and collects the text, visiting everything by default descent.
struct NodeCounter: MarkdownWalker {
    var blocks: [String: Int] = [:]
    var inlines: [String: Int] = [:]
    var text = ""

    mutating func visit(_ block: Block) {
        let name = String(describing: block).prefix { $0 != "(" }
        blocks[String(name), default: 0] += 1
        descend(into: block)
    }

    mutating func visit(_ inline: Inline) {
        let name = String(describing: inline).prefix { $0 != "(" }
        inlines[String(name), default: 0] += 1
        if case .text(let words) = inline { text += words }
        descend(into: inline)
    }
}

struct WalkerTests {
    @Test func theDefaultDescentReachesEveryNode() {
        var counter = NodeCounter()
        counter.walk(CommonMark.parse("# T *e*\n\n> - a [**b**](/u) ![c](/i)\n>\n>   1. d\n\n```\nx\n```\n"))
        #expect(counter.blocks == ["heading": 1, "blockQuote": 1, "list": 2, "paragraph": 2, "codeBlock": 1])
        #expect(counter.inlines == ["text": 7, "emphasis": 1, "link": 1, "strong": 1, "image": 1])
        #expect(counter.text == "T ea b cd")
    }
}

struct SlotMarkTests {
    /// Whatever private-use characters a text holds, the slots' marks are others.
    @Test func marksAvoidEveryPrivateUseCharacterOfTheText() {
        let crowded = String(String.UnicodeScalarView((0xE000...0xE0FF).compactMap(Unicode.Scalar.init)))
        let document = CommonMark.parse([.markdown(crowded + " "), .slot, .markdown(" \u{F0000}0\u{E100}")])
        #expect(
            document.blocks == [
                .paragraph(Paragraph([.text(crowded + " "), .slot(Slot(0)), .text(" \u{F0000}0\u{E100}")]))
            ])
    }
}
