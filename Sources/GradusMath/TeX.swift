/// Entry point: converts a subset of TeX math to presentation MathML.
public enum TeX {
    /// Converts the TeX source of one formula (without the `$` / `$$` delimiters) to a
    /// `<math>` element. The original TeX is kept in an `application/x-tex` annotation.
    ///
    /// - Throws: `MathError` for unsupported or malformed input, pointing at the offending token.
    public static func mathML(_ tex: String, style: MathStyle) throws(MathError) -> String {
        try formula(tex, style: style).mathML
    }

    /// The `<math>` element and the text of its tokens (`J(θ)=5.125`, no annotation), which a page's search
    /// index holds for the formula.
    public static func formula(_ tex: String, style: MathStyle) throws(MathError) -> (mathML: String, text: String) {
        var parser = try Parser(source: tex)
        let formula = try parser.parseFormula()
        return MathMLRenderer.render(formula, style: style, annotation: trimmedWhitespace(tex))
    }

    private static func trimmedWhitespace(_ text: String) -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let first = text.firstIndex(where: { !isSpace($0) }),
            let last = text.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return text[first...last]
    }
}
