import Testing

@testable import GradusMath

@Suite struct DocumentTests {
    @Test func displayMathIsABlockWithTheTeXAsAnnotation() throws {
        #expect(
            try TeX.mathML(" x ", style: .display) == """
                <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow><mi>x</mi></mrow>\
                <annotation encoding="application/x-tex">x</annotation></semantics></math>
                """)
    }

    @Test func inlineMathHasNoDisplayAttribute() throws {
        #expect(
            try TeX.mathML("x", style: .inline).hasPrefix(
                #"<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics>"#))
    }

    @Test func outputIsDeterministic() throws {
        let tex = #"\sum_{i=1}^m \frac{\partial J}{\partial \theta} \begin{bmatrix} 1 & 2 \end{bmatrix}"#
        #expect(try TeX.mathML(tex, style: .display) == TeX.mathML(tex, style: .display))
    }
}

@Suite struct TokenRenderingTests {
    @Test func decimalNumberIsOneMn() throws {
        #expect(try body("0.0123") == "<mn>0.0123</mn>")
    }

    @Test func unaryMinusIsFoldedIntoTheNumber() throws {
        #expect(try body("x = -0.0123") == "<mi>x</mi><mo>=</mo><mn>−0.0123</mn>")
    }

    @Test func binaryMinusUsesU2212() throws {
        #expect(try body("a - 1") == "<mi>a</mi><mo>−</mo><mn>1</mn>")
    }

    @Test func unaryMinusBeforeALetterGetsNoSpacing() throws {
        #expect(try body("-x") == #"<mo lspace="0em" rspace="0em">−</mo><mi>x</mi>"#)
    }

    @Test func greekLettersAreIdentifiers() throws {
        #expect(try body(#"\alpha \varepsilon \Gamma"#) == #"<mi>α</mi><mi>ε</mi><mi mathvariant="normal">Γ</mi>"#)
    }

    @Test func relationsAndBinaryOperators() throws {
        #expect(
            try body(#"a \approx b \times c \to d \ne e \ge f \pm g \propto h \odot i"#) == """
                <mi>a</mi><mo>≈</mo><mi>b</mi><mo>×</mo><mi>c</mi><mo>→</mo><mi>d</mi><mo>≠</mo><mi>e</mi>\
                <mo>≥</mo><mi>f</mi><mo>±</mo><mi>g</mi><mo>∝</mo><mi>h</mi><mo>⊙</mo><mi>i</mi>
                """)
        #expect(try body(#"a \le b \cdot c"#) == "<mi>a</mi><mo>≤</mo><mi>b</mi><mo>⋅</mo><mi>c</mi>")
        #expect(try body(#"x \in \mathbb{R}"#) == #"<mi>x</mi><mo>∈</mo><mi mathvariant="double-struck">ℝ</mi>"#)
    }

    @Test func adjacentRelationsMerge() throws {
        #expect(try body("a := b") == "<mi>a</mi><mo>:=</mo><mi>b</mi>")
    }

    @Test func functionNamesAreUprightWithFunctionApplication() throws {
        #expect(try body(#"\log x"#) == #"<mi>log</mi><mo lspace="0em" rspace="0.1667em">&#x2061;</mo><mi>x</mi>"#)
        #expect(
            try body(#"\exp(x)"#)
                == #"<mi>exp</mi><mo>&#x2061;</mo><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo>"#)
        #expect(
            try body(#"\operatorname{softmax} z"#)
                == #"<mi>softmax</mi><mo lspace="0em" rspace="0.1667em">&#x2061;</mo><mi>z</mi>"#)
    }

    @Test func fontCommandsUseMathAlphanumerics() throws {
        #expect(try body(#"\mathbf{x}"#) == #"<mi mathvariant="bold">𝐱</mi>"#)
        #expect(try body(#"\boldsymbol{\theta}"#) == #"<mi mathvariant="bold-italic">𝜽</mi>"#)
        #expect(try body(#"\mathbb{R}^n"#) == #"<msup><mi mathvariant="double-struck">ℝ</mi><mi>n</mi></msup>"#)
        #expect(try body(#"\mathrm{d}"#) == #"<mi mathvariant="normal">d</mi>"#)
        #expect(try body(#"\mathrm{ReLU}"#) == "<mi>ReLU</mi>")
        #expect(try body(#"\mathcal{L}"#) == #"<mi mathvariant="script">ℒ</mi>"#)
    }

    @Test func textAndSpaces() throws {
        #expect(
            try body(#"\text{ if } x\quad y\,z\!w"#) == """
                <mtext>&#xA0;if&#xA0;</mtext><mi>x</mi><mspace width="1em"/><mi>y</mi><mspace width="0.1667em"/>\
                <mi>z</mi><mspace style="margin-left:-0.1667em"/><mi>w</mi>
                """)
    }

    @Test func accents() throws {
        #expect(try body(#"\hat{\theta}"#) == #"<mover accent="true"><mi>θ</mi><mo stretchy="false">ˆ</mo></mover>"#)
        #expect(try body(#"\bar{x}"#) == #"<mover accent="true"><mi>x</mi><mo stretchy="false">ˉ</mo></mover>"#)
        #expect(
            try body(#"\overline{x+y}"#) == """
                <mover accent="true"><mrow><mi>x</mi><mo>+</mo><mi>y</mi></mrow><mo stretchy="true">&#x332;</mo></mover>
                """)
    }
}

@Suite struct EscapingTests {
    @Test func lessThanGreaterThanAndAmpersandAreEscaped() throws {
        #expect(try body("a < b > c") == "<mi>a</mi><mo>&lt;</mo><mi>b</mi><mo>&gt;</mo><mi>c</mi>")
        #expect(try body(#"\text{R&D "x"}"#) == "<mtext>R&amp;D &quot;x&quot;</mtext>")
        #expect(try body(#"\&"#) == #"<mo lspace="0em" rspace="0em">&amp;</mo>"#)
    }

    @Test func annotationIsEscaped() throws {
        #expect(
            try TeX.mathML("a<b", style: .inline).contains(
                #"<annotation encoding="application/x-tex">a&lt;b</annotation>"#))
    }
}

@Suite struct FractionTests {
    @Test func simpleFraction() throws {
        #expect(try body(#"\frac{1}{2m}"#) == "<mfrac><mn>1</mn><mrow><mn>2</mn><mi>m</mi></mrow></mfrac>")
    }

    @Test func undelimitedDigits() throws {
        #expect(try body(#"\frac12"#) == "<mfrac><mn>1</mn><mn>2</mn></mfrac>")
    }

    @Test func dfracForcesDisplayStyleInline() throws {
        #expect(
            try body(#"\dfrac{a}{b}"#)
                == #"<mstyle displaystyle="true" scriptlevel="0"><mfrac><mi>a</mi><mi>b</mi></mfrac></mstyle>"#)
        #expect(try body(#"\dfrac{a}{b}"#, .display) == "<mfrac><mi>a</mi><mi>b</mi></mfrac>")
    }

    @Test func tfracForcesTextStyleInDisplay() throws {
        #expect(
            try body(#"\tfrac{a}{b}"#, .display)
                == #"<mstyle displaystyle="false" scriptlevel="0"><mfrac><mi>a</mi><mi>b</mi></mfrac></mstyle>"#)
    }

    @Test func partialDerivative() throws {
        #expect(
            try body(#"\frac{\partial J}{\partial \theta}"#) == """
                <mfrac><mrow><mi mathvariant="normal">∂</mi><mi>J</mi></mrow>\
                <mrow><mi mathvariant="normal">∂</mi><mi>θ</mi></mrow></mfrac>
                """)
    }

    @Test func roots() throws {
        #expect(try body(#"\sqrt{v} + \epsilon"#) == "<msqrt><mi>v</mi></msqrt><mo>+</mo><mi>ϵ</mi>")
        #expect(try body(#"\sqrt[n]{x}"#) == "<mroot><mi>x</mi><mi>n</mi></mroot>")
    }
}

@Suite struct ScriptTests {
    @Test func superscriptGroupWithParentheses() throws {
        #expect(
            try body("x^{(i)}") == """
                <msup><mi>x</mi><mrow><mo stretchy="false">(</mo><mi>i</mi><mo stretchy="false">)</mo></mrow></msup>
                """)
    }

    @Test func subscriptWithOperatorHasNoSpacing() throws {
        #expect(
            try body(#"\theta_{k+1}"#) == """
                <msub><mi>θ</mi><mrow><mi>k</mi><mo lspace="0em" rspace="0em">+</mo><mn>1</mn></mrow></msub>
                """)
    }

    @Test func subAndSuperscript() throws {
        #expect(try body("x_i^2") == "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")
        #expect(try body("x^2_i") == "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")
    }

    @Test func singleTokenScripts() throws {
        #expect(try body(#"h_\theta"#) == "<msub><mi>h</mi><mi>θ</mi></msub>")
        #expect(try body(#"X^\top"#) == "<msup><mi>X</mi><mi>⊤</mi></msup>")
        #expect(try body("x^12") == "<msup><mi>x</mi><mn>1</mn></msup><mn>2</mn>")
    }

    @Test func negativeExponent() throws {
        #expect(try body("10^{-3}") == "<msup><mn>10</mn><mn>−3</mn></msup>")
    }

    @Test func primes() throws {
        #expect(try body("f'") == #"<msup><mi>f</mi><mo lspace="0em" rspace="0em">′</mo></msup>"#)
        #expect(
            try body("f''^2")
                == #"<msup><mi>f</mi><mrow><mo lspace="0em" rspace="0em">″</mo><mn>2</mn></mrow></msup>"#)
    }
}

@Suite struct LimitTests {
    @Test func sumHasLimitsBelowAndAboveInDisplay() throws {
        #expect(
            try body(#"\sum_{i=1}^{m} x_i"#, .display) == """
                <munderover><mo lspace="0em" rspace="0.1667em">∑</mo>\
                <mrow><mi>i</mi><mo lspace="0em" rspace="0em">=</mo><mn>1</mn></mrow><mi>m</mi></munderover>\
                <msub><mi>x</mi><mi>i</mi></msub>
                """)
    }

    @Test func sumHasScriptLimitsInline() throws {
        #expect(
            try body(#"\sum_{i=1}^{m} x_i"#) == """
                <msubsup><mo lspace="0em" rspace="0.1667em">∑</mo>\
                <mrow><mi>i</mi><mo lspace="0em" rspace="0em">=</mo><mn>1</mn></mrow><mi>m</mi></msubsup>\
                <msub><mi>x</mi><mi>i</mi></msub>
                """)
    }

    @Test func limitsForcesUnderOverInline() throws {
        #expect(
            try body(#"\sum\limits_i"#)
                == #"<munder><mo lspace="0em" rspace="0em" movablelimits="false">∑</mo><mi>i</mi></munder>"#)
    }

    @Test func integralKeepsScriptsInDisplay() throws {
        #expect(
            try body(#"\int_0^1"#, .display)
                == #"<msubsup><mo lspace="0em" rspace="0em">∫</mo><mn>0</mn><mn>1</mn></msubsup>"#)
    }

    @Test func minAndArgMin() throws {
        #expect(
            try body(#"\min_{\theta} J"#, .display)
                == #"<munder><mi>min</mi><mi>θ</mi></munder><mo lspace="0em" rspace="0.1667em">&#x2061;</mo><mi>J</mi>"#
        )
        #expect(
            try body(#"\min_{\theta} J"#)
                == #"<msub><mi>min</mi><mi>θ</mi></msub><mo lspace="0em" rspace="0.1667em">&#x2061;</mo><mi>J</mi>"#)
        #expect(try body(#"\arg\min"#) == #"<mi>arg</mi><mo lspace="0em" rspace="0.1667em">&#x2061;</mo><mi>min</mi>"#)
    }

    @Test func underbraceLabelGoesBelow() throws {
        #expect(
            try body(#"\underbrace{a+b}_{n}"#) == """
                <munder><munder><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy="true">⏟</mo></munder>\
                <mi>n</mi></munder>
                """)
    }
}

@Suite struct FenceTests {
    @Test func plainDelimitersDoNotStretch() throws {
        #expect(
            try body("(a)[b]|c|") == """
                <mo stretchy="false">(</mo><mi>a</mi><mo stretchy="false">)</mo>\
                <mo stretchy="false">[</mo><mi>b</mi><mo stretchy="false">]</mo>\
                <mo stretchy="false" lspace="0em" rspace="0em">|</mo><mi>c</mi>\
                <mo stretchy="false" lspace="0em" rspace="0em">|</mo>
                """)
    }

    @Test func leftRightStretch() throws {
        #expect(
            try body(#"\left( \frac{a}{b} \right)"#) == """
                <mrow><mo fence="true" form="prefix" stretchy="true" symmetric="true">(</mo>\
                <mfrac><mi>a</mi><mi>b</mi></mfrac>\
                <mo fence="true" form="postfix" stretchy="true" symmetric="true">)</mo></mrow>
                """)
    }

    @Test func normFences() throws {
        #expect(
            try body(#"\left\| x \right\|"#) == """
                <mrow><mo fence="true" form="prefix" stretchy="true" symmetric="true">‖</mo><mi>x</mi>\
                <mo fence="true" form="postfix" stretchy="true" symmetric="true">‖</mo></mrow>
                """)
        #expect(
            try body(#"\|x\|_2"#) == """
                <mo stretchy="false" lspace="0em" rspace="0em">‖</mo><mi>x</mi>\
                <msub><mo stretchy="false" lspace="0em" rspace="0em">‖</mo><mn>2</mn></msub>
                """)
    }

    @Test func emptyDelimiterAndMiddle() throws {
        #expect(
            try body(#"\left. x \middle| y \right."#) == """
                <mrow><mrow><mi>x</mi>\
                <mo fence="true" form="infix" stretchy="true" symmetric="true" lspace="0.05em" rspace="0.05em">|</mo>\
                <mi>y</mi></mrow></mrow>
                """)
    }

    @Test func bigDelimitersHaveAFixedSize() throws {
        #expect(
            try body(#"\big("#) == """
                <mo stretchy="true" symmetric="true" minsize="1.2em" maxsize="1.2em" lspace="0em" rspace="0em">(</mo>
                """)
    }
}

@Suite struct TableTests {
    @Test func bmatrix() throws {
        #expect(
            try body(#"\begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix}"#) == """
                <mrow><mo fence="true" form="prefix" stretchy="true" symmetric="true">[</mo>\
                <mtable displaystyle="false">\
                <mtr><mtd style="padding-left:0em;padding-right:0.5em"><mn>1</mn></mtd>\
                <mtd style="padding-left:0.5em;padding-right:0em"><mn>2</mn></mtd></mtr>\
                <mtr><mtd style="padding-left:0em;padding-right:0.5em"><mn>3</mn></mtd>\
                <mtd style="padding-left:0.5em;padding-right:0em"><mn>4</mn></mtd></mtr>\
                </mtable><mo fence="true" form="postfix" stretchy="true" symmetric="true">]</mo></mrow>
                """)
    }

    @Test func pmatrixUsesParentheses() throws {
        let output = try body(#"\begin{pmatrix} a \\ b \end{pmatrix}"#)
        #expect(
            output.hasPrefix(#"<mrow><mo fence="true" form="prefix" stretchy="true" symmetric="true">(</mo><mtable"#))
        #expect(
            output.hasSuffix(
                #"</mtable><mo fence="true" form="postfix" stretchy="true" symmetric="true">)</mo></mrow>"#))
    }

    @Test func alignedAlternatesRightAndLeft() throws {
        #expect(
            try body(#"\begin{aligned} a &= b \\ &= c \end{aligned}"#, .display) == """
                <mtable displaystyle="true" columnalign="right left">\
                <mtr><mtd style="text-align:-webkit-right;padding-left:0em;padding-right:0em"><mi>a</mi></mtd>\
                <mtd style="text-align:-webkit-left;padding-left:0em;padding-right:0em"><mo>=</mo><mi>b</mi></mtd></mtr>\
                <mtr><mtd style="text-align:-webkit-right;padding-left:0em;padding-right:0em"></mtd>\
                <mtd style="text-align:-webkit-left;padding-left:0em;padding-right:0em"><mo>=</mo><mi>c</mi></mtd></mtr>\
                </mtable>
                """)
    }

    @Test func alignedKeepsBinarySpacingAfterTheAlignmentPoint() throws {
        #expect(
            try body(#"\begin{aligned} a &+ b \end{aligned}"#).contains(
                "<mtd style=\"text-align:-webkit-left;padding-left:0em;padding-right:0em\"><mo>+</mo><mi>b</mi></mtd>"))
    }

    @Test func trailingRowBreakIsIgnored() throws {
        #expect(
            try body(#"\begin{matrix} a \\ \end{matrix}"#) == """
                <mrow><mtable displaystyle="false"><mtr><mtd style="padding-left:0em;padding-right:0em"><mi>a</mi></mtd></mtr></mtable></mrow>
                """)
    }
}

@Suite struct MoreConstructTests {
    @Test func casesHasALeftBraceOnly() throws {
        let output = try body(#"\begin{cases} 1 & x > 0 \\ 0 & \text{else} \end{cases}"#)
        #expect(
            output.hasPrefix(
                #"<mrow><mo fence="true" form="prefix" stretchy="true" symmetric="true">{</mo><mtable displaystyle="false" columnalign="left left">"#
            ))
        #expect(output.hasSuffix("</mtable></mrow>"))
    }

    @Test func binomialHasNoRule() throws {
        #expect(
            try body(#"\binom{n}{k}"#) == """
                <mrow><mo fence="true" form="prefix" stretchy="true" symmetric="true">(</mo>\
                <mfrac linethickness="0"><mi>n</mi><mi>k</mi></mfrac>\
                <mo fence="true" form="postfix" stretchy="true" symmetric="true">)</mo></mrow>
                """)
    }

    @Test func displaystyleSwitchesStyleForTheRestOfTheGroup() throws {
        #expect(
            try body(#"a {\displaystyle \sum_i x}"#) == """
                <mi>a</mi><mstyle displaystyle="true"><munder><mo lspace="0em" rspace="0.1667em">∑</mo>\
                <mi>i</mi></munder><mi>x</mi></mstyle>
                """)
    }

    @Test func emptyInputGivesAnEmptyFormula() throws {
        #expect(try body("") == "")
    }
}
