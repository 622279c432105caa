import Testing

@testable import GradusPages

struct ReadableFormulaTests {
    @Test(arguments: [
        ("1 - beta^t", "1 − βᵗ"),
        ("x^2/8 + sin(3*x)", "x²/8 + sin(3·x)"),
        ("beta = 0.95", "β = 0.95"),
        ("2^10", "2^10"),  // no superscript for a power of two characters
        ("exp(-lambda*t)", "exp(−λ·t)"),
        ("alphabet^k", "alphabetᵏ"),  // a name that only starts like a Greek one stays
        ("t^beta", "t^β"),
        ("beta_1^t", "beta_1ᵗ"),
    ])
    func writesWhatAReaderExpects(typed: String, shown: String) {
        #expect(ReadableFormula.text(typed) == shown)
    }
}
