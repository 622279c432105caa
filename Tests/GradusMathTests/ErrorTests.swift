import GradusMath
import Testing

/// Every error names the offending token and its UTF-8 byte offset.
@Suite struct ErrorTests {
    private func error(_ offset: Int, _ message: String) -> MathError {
        MathError(utf8Offset: offset, message: message)
    }

    /// Deep nesting is refused, not a stack overflow: 20 000 groups, and a chain of roots without braces.
    @Test func deepNestingIsAnError() {
        let groups = String(repeating: "{", count: 20_000) + "x" + String(repeating: "}", count: 20_000)
        #expect(throws: error(100, "the formula is nested more than 100 levels deep")) {
            try TeX.mathML(groups, style: .display)
        }
        let roots = String(repeating: "\\sqrt", count: 5_000) + "x"
        #expect(throws: MathError.self) { try TeX.mathML(roots, style: .display) }
        // Ordinary depth is fine.
        let fine = String(repeating: "{", count: 50) + "x" + String(repeating: "}", count: 50)
        #expect(throws: Never.self) { try TeX.mathML(fine, style: .display) }
    }

    /// Script arguments, command arguments and style switches count towards the same depth: 12 000 nested
    /// subscripts, 20 000 `\displaystyle` and a chain of accents are refused at the token past the limit, not a
    /// stack overflow in the parser or the renderer.
    @Test func deepScriptsAndStylesAreAnError() {
        let scripts = String(repeating: "x_{", count: 12_000) + "x" + String(repeating: "}", count: 12_000)
        // The 101st `{` opens the row that is too deep; each `x_{` is three bytes.
        #expect(throws: error(100 * 3 + 2, "the formula is nested more than 100 levels deep")) {
            try TeX.mathML(scripts, style: .inline)
        }
        let styles = String(repeating: "\\displaystyle ", count: 20_000) + "x"
        #expect(throws: error(100 * 14, "the formula is nested more than 100 levels deep")) {
            try TeX.mathML(styles, style: .inline)
        }
        let accents = String(repeating: "\\hat ", count: 10_000) + "x"
        #expect(throws: error(100 * 5, "the formula is nested more than 100 levels deep")) {
            try TeX.mathML(accents, style: .inline)
        }
        let fine = String(repeating: "x_{", count: 99) + "x" + String(repeating: "}", count: 99)
        #expect(throws: Never.self) { try TeX.mathML(fine, style: .inline) }
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
        #expect(throws: error(6, #"invalid delimiter x after \left"#)) {
            try TeX.mathML(#"\left x \right)"#, style: .inline)
        }
        #expect(throws: error(0, #"missing delimiter after \left"#)) { try TeX.mathML(#"\left"#, style: .inline) }
    }

    @Test func unknownEnvironment() {
        #expect(throws: error(0, "unknown environment foo")) {
            try TeX.mathML(#"\begin{foo} a \end{foo}"#, style: .inline)
        }
    }

    @Test func unterminatedEnvironment() {
        #expect(throws: error(0, #"missing \end{pmatrix}"#)) {
            try TeX.mathML(#"\begin{pmatrix} a & b"#, style: .inline)
        }
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

    @Test func arrayColumnSpecification() {
        #expect(throws: error(15, "invalid column specification x in array (use l, c, r and |)")) {
            try TeX.mathML(#"\begin{array}{lx} a \end{array}"#, style: .inline)
        }
        #expect(throws: error(14, #"missing column specification after \begin{array}, e.g. {lcr}"#)) {
            try TeX.mathML(#"\begin{array} a \end{array}"#, style: .inline)
        }
        #expect(throws: error(0, #"missing column specification after \begin{array}, e.g. {lcr}"#)) {
            try TeX.mathML(#"\begin{array}"#, style: .inline)
        }
        #expect(throws: error(13, "empty column specification for array (use l, c, r and |)")) {
            try TeX.mathML(#"\begin{array}{|} a \end{array}"#, style: .inline)
        }
        #expect(throws: error(19, "extra & in array row (the column specification has 1 column)")) {
            try TeX.mathML(#"\begin{array}{c} a & b \end{array}"#, style: .inline)
        }
    }

    @Test func hlineOutsideArray() {
        #expect(throws: error(15, #"\hline is only allowed at the start of a row in array"#)) {
            try TeX.mathML(#"\begin{matrix} \hline a \end{matrix}"#, style: .inline)
        }
        #expect(throws: error(24, #"\hline is only allowed at the start of a row in array"#)) {
            try TeX.mathML(#"\begin{array}{c} a \\ b \hline \end{array}"#, style: .inline)
        }
    }

    @Test func notNeedsASymbol() {
        #expect(throws: error(2, #"missing symbol after \not"#)) { try TeX.mathML(#"a \not"#, style: .inline) }
        #expect(throws: error(3, #"missing symbol after \not"#)) { try TeX.mathML(#"{a \not}"#, style: .inline) }
        #expect(throws: error(4, #"\not must be followed by a symbol such as = or \in, not {"#)) {
            try TeX.mathML(#"\not{=}"#, style: .inline)
        }
    }

    @Test func equationNumbersAndLabels() {
        #expect(throws: error(6, #"equation numbers and labels are not supported (\tag)"#)) {
            try TeX.mathML(#"x = 1 \tag{1}"#, style: .display)
        }
        #expect(throws: error(0, #"equation numbers and labels are not supported (\label)"#)) {
            try TeX.mathML(#"\label{eq:loss} L"#, style: .display)
        }
        #expect(throws: error(3, #"equation numbers and labels are not supported (\eqref)"#)) {
            try TeX.mathML(#"by \eqref{eq:loss}"#, style: .inline)
        }
        #expect(throws: error(0, #"equation numbers and labels are not supported (\ref)"#)) {
            try TeX.mathML(#"\ref{x}"#, style: .inline)
        }
    }

    @Test func colours() {
        let reason = "pages keep their contrast in light and dark mode"
        #expect(throws: error(1, #"colours are not supported (\color): "# + reason)) {
            try TeX.mathML(#"{\color{red} x}"#, style: .inline)
        }
        #expect(throws: error(0, #"colours are not supported (\textcolor): "# + reason)) {
            try TeX.mathML(#"\textcolor{red}{x}"#, style: .inline)
        }
    }

    @Test func invalidLengths() {
        #expect(throws: error(10, #"unsupported unit cm in \hspace (use em, ex, pt or mu)"#)) {
            try TeX.mathML(#"a\hspace{1cm}"#, style: .inline)
        }
        #expect(throws: error(9, #"invalid length in \hspace (expected a number and a unit: em, ex, pt or mu)"#)) {
            try TeX.mathML(#"a\hspace{x}"#, style: .inline)
        }
        #expect(throws: error(9, #"invalid length in \hspace (expected a number and a unit: em, ex, pt or mu)"#)) {
            try TeX.mathML(#"\hspace{1}"#, style: .inline)
        }
        #expect(throws: error(7, "missing } to match {")) { try TeX.mathML(#"\hspace{1em"#, style: .inline) }
        #expect(throws: error(0, #"missing argument for \hspace"#)) { try TeX.mathML(#"\hspace 1em"#, style: .inline) }
    }

    @Test func otherNewConstructs() {
        #expect(throws: error(7, #"invalid option for \smash (use [t] or [b])"#)) {
            try TeX.mathML(#"\smash[x]{y}"#, style: .inline)
        }
        #expect(throws: error(6, #"\cfrac[l] and \cfrac[r] are not supported (numerators are centered)"#)) {
            try TeX.mathML(#"\cfrac[l]{1}{2}"#, style: .inline)
        }
        #expect(throws: error(12, #"missing ] to match [ in \xrightarrow"#)) {
            try TeX.mathML(#"\xrightarrow[a{b}"#, style: .inline)
        }
        #expect(throws: error(0, #"missing argument for \overset"#)) { try TeX.mathML(#"\overset{a}"#, style: .inline) }
        #expect(throws: error(12, "misplaced & (only allowed inside matrix, aligned or cases)")) {
            try TeX.mathML(#"\substack{a & b}"#, style: .inline)
        }
        #expect(throws: error(9, "missing } to match {")) { try TeX.mathML(#"\substack{a"#, style: .inline) }
    }

    @Test func errorDescriptionNamesTheOffset() {
        #expect(error(4, "double superscript").description == "TeX error at byte 4: double superscript")
    }
}

struct FormulaTextTests {
    /// Beside its MathML a formula gives the text of its tokens, for search: no annotation, no invisible operators.
    @Test func formulaTextIsTheTextOfItsTokens() throws {
        #expect(try TeX.formula("\\alpha = 0.1", style: .inline).text == "α=0.1")
        #expect(try TeX.formula("\\log x", style: .inline).text == "logx")
        let fraction = try TeX.formula("\\frac{a}{b} \\bmod 2", style: .display)
        #expect(fraction.text == "abmod2")
        #expect(fraction.mathML == (try TeX.mathML("\\frac{a}{b} \\bmod 2", style: .display)))
    }
}
