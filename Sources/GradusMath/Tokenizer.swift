/// Splits TeX math source into tokens. Whitespace separates tokens and is otherwise dropped
/// (raw text for `\text{…}` is re-read from the source by the parser).
struct Tokenizer {
    private let scalars: [Unicode.Scalar]
    /// `offsets[i]` is the UTF-8 offset of `scalars[i]`; one extra entry holds the total length.
    private let offsets: [Int]
    private var position = 0

    init(_ source: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = 0
        for scalar in source.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
    }

    static func tokenize(_ source: String) throws(MathError) -> [Token] {
        var tokenizer = Tokenizer(source)
        var tokens: [Token] = []
        while let token = try tokenizer.next() {
            tokens.append(token)
        }
        return tokens
    }

    private mutating func next() throws(MathError) -> Token? {
        while position < scalars.count, isWhitespace(scalars[position]) {
            position += 1
        }
        guard position < scalars.count else { return nil }
        let start = position
        let scalar = scalars[position]
        position += 1

        let kind: Token.Kind
        switch scalar {
        case "\\": kind = try command(startingAt: start)
        case "{": kind = .openBrace
        case "}": kind = .closeBrace
        case "^": kind = .superscript
        case "_": kind = .subscript
        case "&": kind = .alignmentTab
        case "%":
            throw MathError(
                utf8Offset: offsets[start],
                message: "unexpected % (comments are not supported; write \\% for a percent sign)")
        case "$", "#":
            throw MathError(utf8Offset: offsets[start], message: "unexpected \(scalar)")
        case "0"..."9":
            kind = .number(readNumber(from: start))
        case "." where position < scalars.count && isDigit(scalars[position]):
            kind = .number(readNumber(from: start))
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                throw MathError(utf8Offset: offsets[start], message: "unexpected control character")
            }
            kind = scalar.properties.isAlphabetic ? .letter(String(scalar)) : .symbol(String(scalar))
        }
        return Token(kind: kind, offset: offsets[start], length: offsets[position] - offsets[start])
    }

    /// Reads the rest of a command after its backslash.
    private mutating func command(startingAt start: Int) throws(MathError) -> Token.Kind {
        guard position < scalars.count else {
            throw MathError(utf8Offset: offsets[start], message: "incomplete command: \\ at end of input")
        }
        if isASCIILetter(scalars[position]) {
            var name = ""
            while position < scalars.count, isASCIILetter(scalars[position]) {
                name.unicodeScalars.append(scalars[position])
                position += 1
            }
            return .command(name)
        }
        let symbol = scalars[position]
        position += 1
        // `\` followed by a space or line break is a control space.
        return .command(isWhitespace(symbol) ? " " : String(symbol))
    }

    /// Digits, optionally followed by `.` and more digits (or a leading `.5`).
    private mutating func readNumber(from start: Int) -> String {
        while position < scalars.count, isDigit(scalars[position]) {
            position += 1
        }
        if scalars[start] != ".", position + 1 < scalars.count,
            scalars[position] == ".", isDigit(scalars[position + 1])
        {
            position += 1
            while position < scalars.count, isDigit(scalars[position]) {
                position += 1
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[start..<position])
        return text
    }

    private func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    private func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    private func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
