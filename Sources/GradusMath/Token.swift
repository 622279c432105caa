/// One lexical unit of TeX math source.
struct Token: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// `\name` (letters) or a control symbol such as `\,` or `\\`; stored without the backslash.
        case command(String)
        /// A single letter (ASCII or any Unicode alphabetic character).
        case letter(String)
        /// Digits with an optional decimal part, e.g. `0.0123`.
        case number(String)
        /// Any other single character: `+`, `(`, `'`, `≤`, …
        case symbol(String)
        case openBrace
        case closeBrace
        case superscript
        case `subscript`
        case alignmentTab
    }

    let kind: Kind
    /// UTF-8 byte offset of the token's first byte in the source.
    let offset: Int
    /// Length of the token in UTF-8 bytes.
    let length: Int

    var end: Int { offset + length }

    /// How the token is spelled in error messages.
    var spelling: String {
        switch kind {
        case .command(let name): return "\\" + name
        case .letter(let text), .number(let text), .symbol(let text): return text
        case .openBrace: return "{"
        case .closeBrace: return "}"
        case .superscript: return "^"
        case .subscript: return "_"
        case .alignmentTab: return "&"
        }
    }
}
