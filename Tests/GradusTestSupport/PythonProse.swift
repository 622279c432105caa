import Foundation

/// The prose of a generated Python listing, apart from its code: every `#` comment, every docstring and every
/// sentence the listing assigns to `outcome` (which it prints). Listings write each of these on one line.
public struct PythonProse {
    /// The comments' texts (after `#`), the docstrings' and the outcome sentences' contents, in order.
    public private(set) var sentences: [String] = []
    /// The listing without its prose: whole-line comments dropped, trailing comments cut, docstrings and outcome
    /// sentences emptied. Two listings that differ only in prose have the same `code`.
    public private(set) var code: [String] = []

    public init(_ listing: String) {
        for line in listing.split(separator: "\n", omittingEmptySubsequences: false) {
            let pieces = Self.pieces(String(line))
            let trimmed = pieces.code.trimmingCharacters(in: .whitespaces)
            let isProse = trimmed.hasPrefix("\"\"\"") || trimmed.hasPrefix("outcome =")
            if isProse { sentences += pieces.strings }
            if let comment = pieces.comment { sentences.append(comment) }
            if trimmed.isEmpty, pieces.comment != nil { continue }
            code.append(isProse ? pieces.emptied : pieces.code.trimmingTrailingSpaces)
        }
    }

    /// Whether `sentence` is written in Chinese: it holds a CJK ideograph (U+4E00–U+9FFF), or it is pure notation —
    /// no two ASCII letters in a row (`Xθ`, `A(θ − c)`), so that no English word can hide in it.
    public static func isChinese(_ sentence: String) -> Bool {
        if sentence.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) { return true }
        var previousWasLetter = false
        for scalar in sentence.unicodeScalars {
            let isLetter = scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar))
            if isLetter && previousWasLetter { return false }
            previousWasLetter = isLetter
        }
        return true
    }

    /// One line cut into its code (before any comment), its comment's text, its string literals' contents, and the
    /// code with every string literal emptied.
    private static func pieces(_ line: String) -> (code: String, comment: String?, strings: [String], emptied: String) {
        let characters = Array(line)
        var strings: [String] = []
        var emptied = ""
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if c == "#" {
                let comment = String(characters[(i + 1)...]).trimmingCharacters(in: .whitespaces)
                return (String(characters[..<i]), comment, strings, emptied.trimmingTrailingSpaces)
            }
            guard c == "\"" || c == "'" else {
                emptied.append(c)
                i += 1
                continue
            }
            let triple = i + 2 < characters.count && characters[i + 1] == c && characters[i + 2] == c
            let quote = String(repeating: c, count: triple ? 3 : 1)
            var j = i + quote.count
            var contents = ""
            while j < characters.count, String(characters[j..<min(j + quote.count, characters.count)]) != quote {
                if characters[j] == "\\", j + 1 < characters.count {
                    contents.append(characters[j])
                    j += 1
                }
                contents.append(characters[j])
                j += 1
            }
            strings.append(contents)
            emptied += quote + quote
            i = j + quote.count
        }
        return (line, nil, strings, emptied.trimmingTrailingSpaces)
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }

}
