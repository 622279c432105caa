import Testing
import GradusMath

/// Every error names the offending token and its UTF-8 byte offset.
@Suite struct ErrorTests {
    private func error(_ offset: Int, _ message: String) -> MathError {
        MathError(utf8Offset: offset, message: message)
    }

    @Test func unknownCommand() {
        #expect(throws: error(2, #"unknown command \foo"#)) { try TeX.mathML(#"x \foo y"#, style: .inline) }
    }

    @Test func offsetsCountUTF8Bytes() {
        // "θ" is two bytes, so \foo starts at byte 3.
        #expect(throws: error(3, #"unknown command \foo"#)) { try TeX.mathML(#"θ \foo"#, style: .inline) }
    }

    @Test func unmatchedOpenBrace() {
        #expect(throws: error(2, "missing } to match {")) { try TeX.mathML("x^{2", style: .inline) }
    }

    @Test func unmatchedCloseBrace() {
        #expect(throws: error(3, "unexpected } without matching {")) { try TeX.mathML("a+b}", style: .inline) }
    }

    @Test func missingArgument() {
        #expect(throws: error(0, #"missing argument for \frac"#)) { try TeX.mathML(#"\frac{a}"#, style: .inline) }
        #expect(throws: error(1, #"missing argument for \sqrt"#)) { try TeX.mathML(#"{\sqrt}"#, style: .inline) }
    }

    @Test func missingScript() {
        #expect(throws: error(1, "missing superscript after ^")) { try TeX.mathML("x^", style: .inline) }
        #expect(throws: error(1, "missing subscript after _")) { try TeX.mathML("x_}", style: .inline) }
    }

    @Test func doubleScripts() {
        #expect(throws: error(3, "double superscript")) { try TeX.mathML("x^a^b", style: .inline) }
        #expect(throws: error(3, "double subscript")) { try TeX.mathML("x_a_b", style: .inline) }
    }

    @Test func leftWithoutRight() {
        #expect(throws: error(2, #"\left without matching \right"#)) { try TeX.mathML(#"a \left( b"#, style: .inline) }
        #expect(throws: error(1, #"\left without matching \right"#)) { try TeX.mathML(#"{\left( b}"#, style: .inline) }
    }

    @Test func rightWithoutLeft() {
        #expect(throws: error(2, #"\right without matching \left"#)) { try TeX.mathML(#"a \right)"#, style: .inline) }
    }

    @Test func invalidDelimiter() {
        #expect(throws: error(6, #"invalid delimiter x after \left"#)) { try TeX.mathML(#"\left x \right)"#, style: .inline) }
        #expect(throws: error(0, #"missing delimiter after \left"#)) { try TeX.mathML(#"\left"#, style: .inline) }
    }

    @Test func unknownEnvironment() {
        #expect(throws: error(0, "unknown environment foo")) { try TeX.mathML(#"\begin{foo} a \end{foo}"#, style: .inline) }
    }

    @Test func unterminatedEnvironment() {
        #expect(throws: error(0, #"missing \end{pmatrix}"#)) { try TeX.mathML(#"\begin{pmatrix} a & b"#, style: .inline) }
    }

    @Test func mismatchedEnd() {
        #expect(throws: error(18, #"\end{bmatrix} does not match \begin{pmatrix}"#)) {
            try TeX.mathML(#"\begin{pmatrix} a \end{bmatrix}"#, style: .inline)
        }
    }

    @Test func endWithoutBegin() {
        #expect(throws: error(2, #"\end{aligned} without matching \begin"#)) {
            try TeX.mathML(#"a \end{aligned}"#, style: .inline)
        }
    }

    @Test func alignmentOutsideEnvironment() {
        #expect(throws: error(2, "misplaced & (only allowed inside matrix, aligned or cases)")) {
            try TeX.mathML("a & b", style: .inline)
        }
        #expect(throws: error(2, #"misplaced \\ (only allowed inside matrix, aligned or cases)"#)) {
            try TeX.mathML(#"a \\ b"#, style: .inline)
        }
    }

    @Test func unsupportedCharacters() {
        #expect(throws: error(3, #"unexpected % (comments are not supported; write \% for a percent sign)"#)) {
            try TeX.mathML("50 % x", style: .inline)
        }
        #expect(throws: error(1, "unexpected $")) { try TeX.mathML("a$b", style: .inline) }
    }

    @Test func trailingBackslash() {
        #expect(throws: error(2, #"incomplete command: \ at end of input"#)) { try TeX.mathML(#"a \"#, style: .inline) }
    }

    @Test func commandInsideText() {
        #expect(throws: error(9, #"unsupported command \alpha inside \text"#)) {
            try TeX.mathML(#"\text{if \alpha}"#, style: .inline)
        }
    }

    @Test func limitsAfterNonOperator() {
        #expect(throws: error(1, #"\limits is only allowed right after a large operator or function"#)) {
            try TeX.mathML(#"x\limits_0"#, style: .inline)
        }
    }

    @Test func errorDescriptionNamesTheOffset() {
        #expect(error(4, "double superscript").description == "TeX error at byte 4: double superscript")
    }
}
