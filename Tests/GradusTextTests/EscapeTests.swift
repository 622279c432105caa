import GradusText
import Testing

struct EscapeTests {
    @Test func markupEscapesTheFiveCharacters() {
        #expect(Escape.markup("a & b < c > d \"e\" 'f'") == "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;")
        #expect(Escape.markup("it's", apostrophe: false) == "it's")
        #expect(Escape.markup("θ → ∞ 中文") == "θ → ∞ 中文")
    }

    @Test func markupLetsTheCallerReplaceOtherScalars() {
        let escaped = Escape.markup("a\u{2061}b&", other: { $0 == "\u{2061}" ? "&#x2061;" : nil })
        #expect(escaped == "a&#x2061;b&amp;")
    }

    @Test func urlPercentEncodesAsCmarkDoes() {
        #expect(Escape.url("https://e.org/a b?x=1&y='2'") == "https://e.org/a%20b?x=1&amp;y=&#x27;2&#x27;")
        #expect(Escape.url("λ") == "%CE%BB")
        #expect(Escape.url("a\"<>[]") == "a%22%3C%3E%5B%5D")
    }

    /// Every byte, one at a time: the characters an `href` keeps are kept, every other byte is percent-encoded
    /// (`&` and `'` are references in an attribute, percent-encoded in a script).
    @Test func urlKeepsExactlyTheSafeCharacters() {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.+!*(),%#@?=;:/$~".utf8)
        for byte in UInt8(1)...UInt8(127) {
            let text = String(decoding: [byte], as: UTF8.self)
            let encoded = "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            let attribute = byte == UInt8(ascii: "&") ? "&amp;" : byte == UInt8(ascii: "'") ? "&#x27;" : encoded
            #expect(Escape.url(text) == (safe.contains(byte) ? text : attribute))
            #expect(Escape.urlInScript(text) == (safe.contains(byte) ? text : encoded))
        }
        #expect(Escape.urlInScript("l'été & co.html") == "l%27%C3%A9t%C3%A9%20%26%20co.html")
    }

    @Test func jsonIsSafeInsideAScript() {
        #expect(Escape.json("a\"b\\c\n</script>\u{2028}") == "\"a\\\"b\\\\c\\n\\u003c/script\\u003e\\u2028\"")
        #expect(Escape.json("\u{1}") == "\"\\u0001\"")
    }

    /// Written on bytes: the line and paragraph separators are escaped, other characters whose UTF-8 starts like
    /// theirs (E2 80 …, E2 …) are kept, and so is every other non-ASCII character.
    @Test func jsonKeepsCharactersBesideTheSeparators() {
        #expect(Escape.json("\u{2029}\u{2027}\u{202A}→∇€θ中\u{7F}") == "\"\\u2029\u{2027}\u{202A}→∇€θ中\u{7F}\"")
        #expect(Escape.json("\u{2028}\u{2028}a") == "\"\\u2028\\u2028a\"")
        #expect(Escape.json("\t\r") == "\"\\u0009\\u000d\"")
    }

    /// Written on bytes: a text of any script keeps its characters; the five ASCII characters are escaped.
    @Test func markupOnBytesKeepsEveryOtherCharacter() {
        let text = "é e\u{301} 中文 👍🏻 \u{2028} <&>\"'"
        #expect(Escape.markup(text) == "é e\u{301} 中文 👍🏻 \u{2028} &lt;&amp;&gt;&quot;&#39;")
        #expect(
            Escape.markup(text[...].dropFirst(2), apostrophe: false) == "e\u{301} 中文 👍🏻 \u{2028} &lt;&amp;&gt;&quot;'")
    }

    @Test func texTextEscapesTeXSpecials() {
        #expect(Escape.texText("a_b {c} 50% $ # & \\ ~") == "\\text{a\\_b \\{c\\} 50\\% \\$ \\# \\& ∖ ∼}")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
