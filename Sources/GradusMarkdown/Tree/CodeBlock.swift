/// An indented or fenced code block.
public struct CodeBlock: Sendable, Equatable {
    /// The info string after the opening fence ("" for none or an indented block).
    public var info: String
    /// The code, every line ending with a newline.
    public var code: String

    public init(info: String = "", _ code: String) {
        self.info = info
        self.code = code
    }

    /// The first word of the info string: the language, written as `class="language-…"`.
    public var language: String? {
        let word = info.prefix { $0 != " " && $0 != "\t" && $0 != "\n" }
        return word.isEmpty ? nil : String(word)
    }
}
