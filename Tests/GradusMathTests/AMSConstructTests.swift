import Testing

@testable import GradusMath

/// amsmath / amssymb constructs: `\overset`, `\boxed`, `\cfrac`, `array`, `\xrightarrow`, …
@Suite struct StackedTests {
    @Test func oversetOfARelationIsSpacedAsARelation() throws {
        // An <mover> around an <mo> is an embellished operator: the browser gives it the
        // relation spacing of `=`.
        #expect(
            try body(#"a \overset{\text{def}}{=} b"#)
                == "<mi>a</mi><mover><mo>=</mo><mtext>def</mtext></mover><mi>b</mi>")
        #expect(
            try body(#"a \underset{n}{\sim} b"#)
                == "<mi>a</mi><munder><mo>∼</mo><mi>n</mi></munder><mi>b</mi>")
    }

    @Test func oversetOfABinaryOperatorFollowsTeXsBinaryRules() throws {
        #expect(
            try body(#"a \overset{!}{+} b"#)
                == #"<mi>a</mi><mover><mo>+</mo><mo lspace="0em" rspace="0em">!</mo></mover><mi>b</mi>"#)
        // After a relation it has no left operand and becomes ordinary, like a plain `+`.
        #expect(
            try body(#"= \overset{!}{+} b"#) == """
                <mo>=</mo><mover><mo lspace="0em" rspace="0em">+</mo>\
                <mo lspace="0em" rspace="0em">!</mo></mover><mi>b</mi>
                """)
    }

    @Test func oversetOfAnOrdinaryIsAnOperator() throws {
        // amsmath: `\mathop{x}\limits^{*}`, so thin spaces next to ordinary atoms.
        #expect(
            try body(#"2 \overset{*}{x} y"#) == """
                <mn>2</mn><mrow><mspace width="0.1667em"/>\
                <mover><mi>x</mi><mo lspace="0em" rspace="0em">∗</mo></mover>\
                <mspace width="0.1667em"/></mrow><mi>y</mi>
                """)
        #expect(
            try body(#"(\overset{a}{x})"#)
                == #"<mo stretchy="false">(</mo><mover><mi>x</mi><mi>a</mi></mover><mo stretchy="false">)</mo>"#)
        #expect(
            try body(#"\underset{\theta}{\operatorname{argmin}} J"#) == """
                <mrow><munder><mi>argmin</mi><mi>θ</mi></munder><mspace width="0.1667em"/></mrow><mi>J</mi>
                """)
    }

    @Test func stackrelIsAlwaysARelation() throws {
        #expect(
            try body(#"a \stackrel{?}{=} b"#)
                == #"<mi>a</mi><mover><mo>=</mo><mo lspace="0em" rspace="0em">?</mo></mover><mi>b</mi>"#)
        #expect(
            try body(#"a \stackrel{x}{+} b"#) == """
                <mi>a</mi><mrow><mspace width="0.2778em"/>\
                <mover><mo lspace="0em" rspace="0em">+</mo><mi>x</mi></mover>\
                <mspace width="0.2778em"/></mrow><mi>b</mi>
                """)
    }

    @Test func explicitSpacesSkipOverSpacesAndVanishInScripts() throws {
        #expect(
            try body(#"a\,\stackrel{d}{x}"#) == """
                <mi>a</mi><mspace width="0.1667em"/>\
                <mrow><mspace width="0.2778em"/><mover><mi>x</mi><mi>d</mi></mover></mrow>
                """)
        #expect(
            try body(#"x_{a\stackrel{b}{y}c}"#)
                == "<msub><mi>x</mi><mrow><mi>a</mi><mover><mi>y</mi><mi>b</mi></mover><mi>c</mi></mrow>"
                + "</msub>")
        #expect(
            try body(#"x_{\overset{a}{=}}"#)
                == #"<msub><mi>x</mi><mover><mo lspace="0em" rspace="0em">=</mo><mi>a</mi></mover></msub>"#)
    }

    @Test func largeOperatorBaseKeepsItsAnnotationAboveInline() throws {
        #expect(
            try body(#"\overset{k}{\sum} x"#) == """
                <mrow><mover><mo lspace="0em" rspace="0em" movablelimits="false">∑</mo><mi>k</mi></mover>\
                <mspace width="0.1667em"/></mrow><mi>x</mi>
                """)
    }
}

@Suite struct ExtensibleArrowTests {
    @Test func arrowStretchesOverItsPaddedLabel() throws {
        #expect(
            try body(#"a \xrightarrow{f} b"#) == """
                <mi>a</mi><mover><mo stretchy="true">→</mo>\
                <mrow><mspace width="0.2778em"/><mi>f</mi><mspace width="0.5em"/></mrow></mover><mi>b</mi>
                """)
    }

    @Test func leftArrowWithALabelBelow() throws {
        #expect(
            try body(#"a \xleftarrow[u]{v} b"#) == """
                <mi>a</mi><munderover><mo stretchy="true">←</mo>\
                <mrow><mspace width="0.5em"/><mi>u</mi><mspace width="0.2778em"/></mrow>\
                <mrow><mspace width="0.5em"/><mi>v</mi><mspace width="0.2778em"/></mrow></munderover><mi>b</mi>
                """)
    }

    @Test func arrowInAScriptHasNoRelationSpacing() throws {
        #expect(
            try body(#"x_{a \xrightarrow{f} b}"#) == """
                <msub><mi>x</mi><mrow><mi>a</mi><mover><mo stretchy="true" lspace="0em" rspace="0em">→</mo>\
                <mrow><mspace width="0.2778em"/><mi>f</mi><mspace width="0.5em"/></mrow></mover>\
                <mi>b</mi></mrow></msub>
                """)
    }

    @Test func arrowIsARelationForTeXsRules() throws {
        // A minus after the arrow is unary, as after any relation.
        #expect(
            try body(#"\xrightarrow{} -x"#)
                .hasSuffix(#"<mo lspace="0em" rspace="0em">−</mo><mi>x</mi>"#))
    }
}

@Suite struct BoxTests {
    @Test func boxedDrawsAThinBorderAroundTheContent() throws {
        #expect(
            try body(#"\boxed{x=1}"#) == """
                <mrow style="border:thin solid currentColor;padding:0.3em"><mi>x</mi><mo>=</mo><mn>1</mn></mrow>
                """)
    }

    @Test func aLoneRelationInABoxHasNoSpacing() throws {
        #expect(
            try body(#"a = \boxed{=} b"#) == """
                <mi>a</mi><mo>=</mo><mrow style="border:thin solid currentColor;padding:0.3em">\
                <mo lspace="0em" rspace="0em">=</mo></mrow><mi>b</mi>
                """)
        #expect(
            try body(#"\phantom{=}"#)
                == #"<mphantom><mo lspace="0em" rspace="0em">=</mo></mphantom>"#)
    }

    @Test func phantoms() throws {
        #expect(try body(#"\phantom{ab}"#) == "<mphantom><mi>a</mi><mi>b</mi></mphantom>")
        #expect(
            try body(#"\hphantom{ab}"#)
                == #"<mpadded height="0" depth="0"><mphantom><mi>a</mi><mi>b</mi></mphantom></mpadded>"#)
        #expect(
            try body(#"\vphantom{\frac12}"#)
                == #"<mpadded width="0"><mphantom><mfrac><mn>1</mn><mn>2</mn></mfrac></mphantom></mpadded>"#)
    }

    @Test func smash() throws {
        #expect(try body(#"\smash{y}"#) == #"<mpadded height="0" depth="0"><mi>y</mi></mpadded>"#)
        #expect(try body(#"\smash[t]{y}"#) == #"<mpadded height="0"><mi>y</mi></mpadded>"#)
        #expect(try body(#"\smash[b]{y}"#) == #"<mpadded depth="0"><mi>y</mi></mpadded>"#)
    }
}

@Suite struct ContinuedFractionTests {
    @Test func cfracNestsInDisplayStyleWithAStrutInTheNumerator() throws {
        let strut = #"<mspace height="0.84em" depth="0.36em"/>"#
        #expect(
            try body(#"\cfrac{1}{1+\cfrac{1}{x}}"#) == """
                <mstyle displaystyle="true" scriptlevel="0"><mfrac><mrow>\(strut)<mn>1</mn></mrow>\
                <mrow><mn>1</mn><mo>+</mo><mstyle displaystyle="true" scriptlevel="0"><mfrac>\
                <mrow>\(strut)<mn>1</mn></mrow><mi>x</mi></mfrac></mstyle></mrow></mfrac></mstyle>
                """)
        #expect(
            try body(#"\cfrac{1}{2}"#, .display)
                == "<mfrac><mrow>\(strut)<mn>1</mn></mrow><mn>2</mn></mfrac>")
    }
}

@Suite struct ArrayTests {
    private let left = "text-align:-webkit-left;padding-left:0.5em;padding-right:0.5em"
    private let center = "text-align:-webkit-center;padding-left:0.5em;padding-right:0.5em"
    private let right = "text-align:-webkit-right;padding-left:0.5em;padding-right:0.5em"
    private let rule = "thin solid currentColor"

    @Test func columnsFollowTheSpecificationAndRulesAreBorders() throws {
        // The short second row is padded so that the rule runs through it.
        #expect(
            try body(#"\begin{array}{lc|r} a & b & c \\ \hline 1 & 2 \end{array}"#) == """
                <mtable displaystyle="false" columnalign="left center right" style="border-spacing:0"><mtr>\
                <mtd style="\(left)"><mi>a</mi></mtd><mtd style="\(center)"><mi>b</mi></mtd>\
                <mtd style="\(right);border-left:\(rule)"><mi>c</mi></mtd></mtr><mtr>\
                <mtd style="\(left);border-top:\(rule)"><mn>1</mn></mtd>\
                <mtd style="\(center);border-top:\(rule)"><mn>2</mn></mtd>\
                <mtd style="\(right);border-left:\(rule);border-top:\(rule)"></mtd></mtr></mtable>
                """)
    }

    @Test func outerAndDoubleRules() throws {
        #expect(
            try body(#"\begin{array}{|c|} x \\ \end{array}"#) == """
                <mtable displaystyle="false" columnalign="center" style="border-spacing:0"><mtr>\
                <mtd style="\(center);border-left:\(rule);border-right:\(rule)"><mi>x</mi></mtd></mtr></mtable>
                """)
        let double = "3px double currentColor"
        #expect(
            try body(#"\begin{array}{c||c} a & b \\ \hline\hline c & d \\ \hline \end{array}"#) == """
                <mtable displaystyle="false" columnalign="center center" style="border-spacing:0"><mtr>\
                <mtd style="\(center)"><mi>a</mi></mtd>\
                <mtd style="\(center);border-left:\(double)"><mi>b</mi></mtd></mtr>\
                <mtr><mtd style="\(center);border-top:\(double);border-bottom:\(rule)"><mi>c</mi></mtd>\
                <mtd style="\(center);border-left:\(double);border-top:\(double);border-bottom:\(rule)">\
                <mi>d</mi></mtd>\
                </mtr></mtable>
                """)
    }

    @Test func cellsAreInTextStyle() throws {
        #expect(
            try body(#"\begin{array}{c} \sum_i \end{array}"#, .display)
                .contains(#"<msub><mo lspace="0em" rspace="0em">∑</mo>"#))
    }
}

@Suite struct SubstackTests {
    @Test func rowsAreStackedInScriptStyle() throws {
        #expect(
            try body(#"\sum_{\substack{i \\ j<3}} x"#) == """
                <msub><mo lspace="0em" rspace="0.1667em">∑</mo><mtable displaystyle="false">\
                <mtr><mtd style="padding:0em"><mi>i</mi></mtd></mtr>\
                <mtr><mtd style="padding:0em">\
                <mi>j</mi><mo lspace="0em" rspace="0em">&lt;</mo><mn>3</mn></mtd></mtr>\
                </mtable></msub><mi>x</mi>
                """)
    }

    @Test func outsideScriptsRowsKeepTheSurroundingStyle() throws {
        #expect(try body(#"\substack{a}"#, .display).hasPrefix(#"<mtable displaystyle="true">"#))
    }

    @Test func aTrailingRowBreakIsIgnored() throws {
        #expect(
            try body(#"\substack{i \\}"#) == """
                <mtable displaystyle="false"><mtr><mtd style="padding:0em"><mi>i</mi></mtd></mtr></mtable>
                """)
    }
}

@Suite struct OperatorTests {
    @Test func mathopHasLimitsInDisplayAndKeepsItsFont() throws {
        #expect(
            try body(#"\mathop{\mathrm{E}}_{x} f"#, .display) == """
                <munder><mi mathvariant="normal">E</mi><mi>x</mi></munder>\
                <mo lspace="0em" rspace="0.1667em">&#x2061;</mo><mi>f</mi>
                """)
        #expect(
            try body(#"\mathop{x}_{i} y"#) == """
                <msub><mi>x</mi><mi>i</mi></msub><mo lspace="0em" rspace="0.1667em">&#x2061;</mo><mi>y</mi>
                """)
    }

    @Test func bmodHasFiveMuOnEachSideEvenInScripts() throws {
        #expect(
            try body(#"a \bmod b"#)
                == #"<mi>a</mi><mo lspace="0.2778em" rspace="0.2778em">mod</mo><mi>b</mi>"#)
        #expect(
            try body(#"x^{a \bmod b}"#) == """
                <msup><mi>x</mi><mrow><mi>a</mi><mo lspace="0.2778em" rspace="0.2778em">mod</mo>\
                <mi>b</mi></mrow></msup>
                """)
        // A following minus is unary, as after any binary operator.
        #expect(try body(#"a \bmod -1"#).hasSuffix("<mn>−1</mn>"))
    }

    @Test func pmodIsSpacedWiderInDisplay() throws {
        #expect(
            try body(#"a \equiv b \pmod{n+1}"#) == """
                <mi>a</mi><mo>≡</mo><mi>b</mi><mrow><mspace width="0.4444em"/>\
                <mo stretchy="false">(</mo><mi>mod</mi><mspace width="0.3333em"/>\
                <mi>n</mi><mo>+</mo><mn>1</mn><mo stretchy="false">)</mo></mrow>
                """)
        #expect(
            try body(#"\pmod{m}"#, .display) == """
                <mrow><mspace width="1em"/><mo stretchy="false">(</mo><mi>mod</mi>\
                <mspace width="0.3333em"/><mi>m</mi><mo stretchy="false">)</mo></mrow>
                """)
    }
}

@Suite struct NewSymbolTests {
    @Test func intercalIsABinaryOperatorAndOrdinaryAsAnExponent() throws {
        #expect(try body(#"A \intercal B"#) == "<mi>A</mi><mo>⊺</mo><mi>B</mi>")
        let transposed = #"<msup><mi>x</mi><mo lspace="0em" rspace="0em">⊺</mo></msup>"#
        #expect(try body(#"x^\intercal"#) == transposed)
        #expect(try body(#"x^{\intercal}"#) == transposed)
    }

    @Test func ordinarySymbols() throws {
        #expect(try body(#"\checkmark \square \blacksquare"#) == "<mi>✓</mi><mi>□</mi><mi>■</mi>")
    }

    @Test func amssymbRelations() throws {
        #expect(try body(#"a \approxeq b"#) == "<mi>a</mi><mo>≊</mo><mi>b</mi>")
        #expect(try body(#"a \lessapprox b"#) == "<mi>a</mi><mo>⪅</mo><mi>b</mi>")
        #expect(try body(#"a \gtrapprox b"#) == "<mi>a</mi><mo>⪆</mo><mi>b</mi>")
        #expect(try body(#"A \subsetneq B"#) == "<mi>A</mi><mo>⊊</mo><mi>B</mi>")
        #expect(try body(#"a \Longleftrightarrow b"#) == "<mi>a</mi><mo>⟺</mo><mi>b</mi>")
        // A relation typed as a character is recognised too, so a following minus is unary.
        #expect(try body("a ⪅ -1") == "<mi>a</mi><mo>⪅</mo><mn>−1</mn>")
    }

    @Test func notNegatesRelations() throws {
        let negations = [
            "=": "≠", #"\in"#: "∉", "<": "≮", ">": "≯", #"\leq"#: "≰", #"\geq"#: "≱", #"\equiv"#: "≢",
            #"\subset"#: "⊄", #"\subseteq"#: "⊈", #"\sim"#: "≁", #"\approx"#: "≉", #"\ni"#: "∌",
        ]
        for (relation, negated) in negations {
            let expected = "<mi>a</mi><mo>\(XML.escape(negated))</mo><mi>b</mi>"
            #expect(try body(#"a \not"# + relation + " b") == expected, "\\not\(relation)")
        }
    }

    @Test func notWithoutAPrecomposedFormAddsACombiningSolidus() throws {
        #expect(try body(#"a \not\leqslant b"#) == "<mi>a</mi><mo>⩽&#x338;</mo><mi>b</mi>")
    }
}

@Suite struct TextFontTests {
    @Test func textFontsUseCSS() throws {
        #expect(
            try body(#"\textbf{w} \textit{i} \emph{e} \texttt{t} \textsf{s}"#) == """
                <mtext style="font-weight:bold">w</mtext><mtext style="font-style:italic">i</mtext>\
                <mtext style="font-style:italic">e</mtext><mtext style="font-family:monospace">t</mtext>\
                <mtext style="font-family:sans-serif">s</mtext>
                """)
        #expect(
            try body(#"\textbf{ if }"#)
                == #"<mtext style="font-weight:bold">&#xA0;if&#xA0;</mtext>"#)
    }
}

@Suite struct HorizontalSpaceTests {
    @Test func unitsAreConvertedToEm() throws {
        #expect(try body(#"\hspace{1em}"#) == #"<mspace width="1em"/>"#)
        #expect(try body(#"\hspace{2.5pt}"#) == #"<mspace width="0.25em"/>"#)
        #expect(try body(#"\hspace{.5ex}"#) == #"<mspace width="0.2153em"/>"#)
        #expect(try body(#"\hspace*{3mu}"#) == #"<mspace width="0.1667em"/>"#)
    }

    @Test func negativeSpaceIsANegativeMargin() throws {
        #expect(
            try body(#"a\hspace{-3mu}b"#)
                == #"<mi>a</mi><mspace style="margin-left:-0.1667em"/><mi>b</mi>"#)
    }

    @Test func emFormatting() {
        #expect(Parser.em(0) == "0em")
        #expect(Parser.em(-0.00001) == "0em")
        #expect(Parser.em(1.0 / 3) == "0.3333em")
        #expect(Parser.em(-12.5) == "-12.5em")
    }
}
