import Foundation
import GradusMarkdown
import GradusTestSupport
import Testing

/// The tree's renderer against cmark's own: the same bytes for the course and for random Markdown.
struct DifferentialTests {
    static let options: [MarkdownOptions] = [[], [.allowRawHTML], [.smartPunctuation]]

    static var lessons: [URL] {
        let content = repositoryRoot.appendingPathComponent("content")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: content.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().map { content.appendingPathComponent($0) }
    }

    @Test func everyCourseLessonRendersAsCmarkDoes() throws {
        #expect(Self.lessons.count >= 14)
        for lesson in Self.lessons {
            let markdown = try String(contentsOf: lesson, encoding: .utf8)
            for options in Self.options {
                #expect(
                    CommonMark.html(from: markdown, options: options)
                        == CommonMark.cmarkHTML(from: markdown, options: options),
                    "\(lesson.lastPathComponent)")
            }
        }
    }

    static let constructs = [
        "plain *em* **strong** ***both*** _u_ __uu__", "`code` ``a ` b``", "line  \nbreak\\\nagain",
        "# h1\n## h2 ##\n###### h6\n\nSetext\n===\n\nTwo\n---", "> quote\n> > nested\n\nlazy\n> a\ncontinued",
        "- a\n- b\n\n  more\n- c", "1. one\n2. two\n\n7) seven", "- tight\n  - nested\n    1. deep",
        "```\nfenced & <escaped>\n```\n\n~~~ info  more\ncode\n~~~", "    indented\n    code",
        "***\n---\n___", "<div class=\"x\">\n*not md*\n</div>\n\n<!-- comment -->", "a <span title='t'>b</span> c",
        "[link](http://a.b/c?d=e&f=g \"title\") [ref][r]\n\n[r]: /url 'T'",
        "![img *alt*](/i.png \"t\") ![a ![b](c)](d)",
        "<http://auto.link/x> <mail@example.com>", "&amp; &copy; &#35; &#x41; &bogus; < > \" '",
        "[x](javascript:alert(1)) [y](data:image/png;base64,a) [z](DATA:text/plain,a)", "[spaces](</a b> \"q\\\"\")",
        "λ 中文 emoji 🎉 [ü](/ü)", "“quotes” -- --- ... 'single'", "\\*not em\\* \\[x] \\# \\`", "* * *\n\n+ plus\n+ list",
        "a\n\n\n\nb", "| a | b |\n|---|---|\n| 1 | 2 |", "- [!NOTE] item\n> [!TIP]\n> body",
        "> - a\n>\n> - b\n\n- > q\n- x",
        "1. a\n\n   ```\n   code\n   ```\n2. b", "<script>x</script>\n\n<pre>\n*a*\n</pre>", "\u{0}nul \u{7}bell",
    ]

    @Test(arguments: constructs)
    func constructRendersAsCmarkDoes(_ markdown: String) {
        for options in Self.options {
            #expect(
                CommonMark.html(from: markdown, options: options)
                    == CommonMark.cmarkHTML(from: markdown, options: options))
        }
    }

    /// Random Markdown from a fixed seed: never a crash, always cmark's bytes.
    @Test func randomMarkdownRendersAsCmarkDoes() {
        let pieces = [
            "*", "**", "_", "`", "[", "](", ")", "![", "<", ">", "&", "&amp;", "\"", "'", "\n", "\n\n", "- ", "1. ",
            "> ", "# ", "### ", "```", "~~~", "    ", "\\", "http://a.b/c", "javascript:x", "<b>", "</b>", "<div>",
            "<!-- c -->", "word", "中文", "  \n", "---", "|", "$", "\u{E000}", "\t", " ", "[r]", "[r]: /u", "\"t\"",
            "<http://x.y>", "***", "==", "2) ", "+ ", "&#9731;", "(", "e", "x",
        ]
        var generator = SplitMix(seed: 20_261_206)
        for _ in 0..<600 {
            let count = Int(generator.next() % 40) + 1
            let markdown = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            for options in Self.options {
                let ours = CommonMark.html(from: markdown, options: options)
                let theirs = CommonMark.cmarkHTML(from: markdown, options: options)
                #expect(ours == theirs, "\(markdown.debugDescription)")
            }
        }
    }
}

/// A small deterministic generator (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
