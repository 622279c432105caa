import GradusLessons

/// One language's interface words and how it writes numbers: adding a language is adding one of these to
/// `LanguageTable.all`.
public struct LanguageTable: Sendable {
    /// The language tag, as in a lesson's file name (`NAME.zh.md`).
    public let language: String
    /// The text of every key, with `{name}` placeholders.
    public let words: [WordKey: String]
    /// How numbers are written in prose.
    public let numbers: NumberStyle

    /// The tables Gradus has; a page in any other language gets English words.
    public static let all: [String: LanguageTable] = [english.language: english, chinese.language: chinese]

    /// The table for a language tag: the tag itself, then its primary language (`zh-Hans` → `zh`), else English.
    public static func table(for language: String) -> LanguageTable {
        all[language] ?? language.split(separator: "-").first.flatMap { all[String($0)] } ?? english
    }

    /// The text of `key` with its placeholders filled in from `values`; a placeholder without a value stays as it is.
    public func text(_ key: WordKey, _ values: [String: String] = [:]) -> String {
        if let plain = plainText(key) { return plain }
        return segments(key).map { segment in
            switch segment {
            case .text(let text): text
            case .placeholder(let name): values[name] ?? "{\(name)}"
            }
        }.joined()
    }

    /// The text of `key` when it has no placeholder (no `{`), as it is; nil otherwise.
    public func plainText(_ key: WordKey) -> String? {
        let text = words[key] ?? ""
        return text.utf8.contains(UInt8(ascii: "{")) ? nil : text
    }

    /// A piece of a key's text: plain text or a `{placeholder}`.
    public enum Segment: Equatable, Sendable {
        case text(String)
        case placeholder(String)
    }

    /// The text of `key` cut at its placeholders, so a writer can put markup (a command in `<code>`) where they are.
    public func segments(_ key: WordKey) -> [Segment] { Self.segments(words[key] ?? "") }

    /// `text` cut at its `{name}` placeholders (a name is ASCII letters).
    static func segments(_ text: String) -> [Segment] {
        var segments: [Segment] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}"), !after[..<close].isEmpty,
                after[..<close].allSatisfy({ $0.isASCII && $0.isLetter })
            else {
                segments.append(.text(String(rest[...open])))
                rest = after
                continue
            }
            if open > rest.startIndex { segments.append(.text(String(rest[..<open]))) }
            segments.append(.placeholder(String(after[..<close])))
            rest = after[after.index(after: close)...]
        }
        if !rest.isEmpty { segments.append(.text(String(rest))) }
        return segments
    }

    /// The placeholder names of `key`, for checking that every table fills the same ones.
    public func placeholders(_ key: WordKey) -> Set<String> {
        Set(segments(key).compactMap { if case .placeholder(let name) = $0 { name } else { nil } })
    }
}

/// How a language writes numbers in prose. Gradus's own digits (`NumberFormat`) never depend on the machine's
/// locale; a language may change the decimal separator.
public struct NumberStyle: Sendable {
    /// What stands between the whole and the fractional digits.
    public var decimalSeparator = "."

    public init(decimalSeparator: String = ".") { self.decimalSeparator = decimalSeparator }

    /// `x` in `format`, for prose.
    public func prose(_ x: Double, _ format: NumberFormat = .default) -> String {
        let text = format.format(x).prose
        return decimalSeparator == "."
            ? text : text.split(separator: ".", omittingEmptySubsequences: false).joined(separator: decimalSeparator)
    }
}
