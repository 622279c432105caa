@testable import GradusMath

/// The MathML between the outer `<semantics><mrow>` and the annotation, i.e. the formula body.
func body(_ tex: String, _ style: MathStyle = .inline) throws -> String {
    let full = try TeX.mathML(tex, style: style)
    guard let start = full.firstRange(of: "<semantics><mrow>"),
        let end = full.firstRange(of: "</mrow><annotation")
    else { return full }
    return String(full[start.upperBound..<end.lowerBound])
}

/// Kinds of the tokens of `tex`, for compact expectations.
func kinds(_ tex: String) throws -> [Token.Kind] {
    try Tokenizer.tokenize(tex).map(\.kind)
}
