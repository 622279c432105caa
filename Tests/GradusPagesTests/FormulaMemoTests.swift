import GradusMath
import GradusTestSupport
import Testing

@testable import GradusPages

/// A formula from memory is the formula `TeX.formula` writes, in each style; a formula in error fails every time.
struct FormulaMemoTests {
    @Test func rememberedFormulasAreWrittenFormulas() throws {
        for tex in [#"\theta_{k+1} = \theta_k - \eta \nabla J(\theta_k)"#, "x^2", #"\frac{1}{2}"#] {
            for style in [MathStyle.inline, .display] {
                let written = try TeX.formula(tex, style: style)
                for _ in 0..<2 {
                    let remembered = try FormulaMemo.formula(tex, style: style)
                    #expect(remembered.mathML == written.mathML && remembered.text == written.text)
                }
            }
        }
        #expect(try FormulaMemo.formula("x", style: .inline).mathML != FormulaMemo.formula("x", style: .display).mathML)
    }

    @Test func aFormulaInErrorFailsEveryTime() {
        for _ in 0..<2 {
            #expect(throws: MathError.self) { try FormulaMemo.formula(#"\frac{1}"#, style: .inline) }
        }
    }
}
