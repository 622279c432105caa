import GradusTestSupport
import Testing

@testable import GradusMath

/// Long display formulas are grouped where a line may break: before each relation, and inside a piece before its
/// outermost binary operators; the first operator of a line keeps its infix spacing.
@Suite struct DisplayLinesTests {
    /// The MathML between `<semantics>` and the annotation.
    func body(_ tex: String, style: MathStyle = .display) throws -> Substring {
        let math = try TeX.mathML(tex, style: style)
        let start = try #require(math.range(of: "<semantics>")).upperBound
        let end = try #require(math.range(of: "<annotation")).lowerBound
        return math[start..<end]
    }

    @Test func piecesBeginAtRelations() throws {
        #expect(
            try body("a = b = c") == #"<mrow class="lines"><mrow><mi>a</mi></mrow><mrow><mo form="infix">=</mo>"#
                + #"<mi>b</mi></mrow><mrow><mo form="infix">=</mo><mi>c</mi></mrow></mrow>"#)
    }

    @Test func termsBeginAtTheOutermostBinaryOperators() throws {
        // `a + b(c − d)`: a break before `+`, none inside the parentheses.
        #expect(
            try body("x = a + b(c - d)") == #"<mrow class="lines"><mrow><mi>x</mi></mrow><mrow class="lines"><mrow>"#
                + #"<mo form="infix">=</mo><mi>a</mi></mrow><mrow><mo form="infix">+</mo><mi>b</mi>"#
                + #"<mo stretchy="false">(</mo><mi>c</mi><mo>−</mo><mi>d</mi><mo stretchy="false">)</mo></mrow></mrow></mrow>"#
        )
    }

    @Test func statementsAfterACommaAndASpaceWrapAsAWhole() throws {
        // `a = b, \quad c = d`: two statements, each of two pieces; the second starts on `c`, not on its `=`.
        let math = try body(#"a = b, \quad c = d"#)
        #expect(math.hasPrefix(#"<mrow class="lines"><mrow class="lines"><mrow><mi>a</mi></mrow>"#))
        #expect(
            math.contains(#"</mrow></mrow><mrow class="lines"><mrow><mi>c</mi></mrow><mrow><mo form="infix">=</mo>"#))
        #expect(math.components(separatedBy: "<mrow class=\"lines\">").count - 1 == 3)
        // A comma without a space (a list, a point) is no place to break.
        #expect(try body("f(a,b)").hasPrefix("<mrow><mi>f</mi>"))
    }

    @Test func signsAndRelationsInsideParenthesesDoNotBreak() throws {
        // A minus after a relation is a sign; `=` inside P(…) is not a place to break.
        let math = try body("P(y = 1) = -x")
        #expect(math.components(separatedBy: "<mrow class=\"lines\">").count - 1 == 1)
        #expect(math.components(separatedBy: "form=\"infix\"").count - 1 == 1)
    }

    @Test func shortAndInlineFormulasAreOneRow() throws {
        #expect(try body("x^2") == "<mrow><msup><mi>x</mi><mn>2</mn></msup></mrow>")
        #expect(!(try body("a = b + c", style: .inline)).contains("lines"))
    }

    @Test func theReadableTextIsUnchanged() throws {
        let formula = try TeX.formula("J = a + b", style: .display)
        #expect(formula.text == "J=a+b")
    }
}
