import Testing

@testable import GradusMath

struct XMLEscapeTests {
    /// Every ASCII character alone and among others: controls become numeric references, the four markup characters
    /// references, the apostrophe and everything else stay as they are; non-ASCII invisible characters are references
    /// too, visible ones stay.
    @Test func asciiAndOtherCharactersAreEscapedAsMathMLNeedsThem() {
        for value in UInt32(0)..<128 {
            let scalar = Unicode.Scalar(value)!
            let text = String(Character(scalar))
            let expected =
                switch scalar {
                case "&": "&amp;"
                case "<": "&lt;"
                case ">": "&gt;"
                case "\"": "&quot;"
                case _ where value < 0x20 || value == 0x7F: "&#x" + String(value, radix: 16, uppercase: true) + ";"
                default: text
                }
            #expect(XML.escape(text) == expected, "U+\(String(value, radix: 16))")
            #expect(XML.escape("a" + text + "'b") == "a" + expected + "'b")
        }
        #expect(XML.escape("x\u{00A0}θ\u{2061}∇ &") == "x&#xA0;θ&#x2061;∇ &amp;")
    }
}
