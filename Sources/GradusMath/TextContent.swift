/// Decodes the body of `\text{…}`: escapes, braces and whitespace.
enum TextContent {
    /// - Parameter bytes: a slice of the UTF-8 source (its indices are source offsets).
    static func decode(_ bytes: ArraySlice<UInt8>) throws(MathError) -> String {
        var out: [UInt8] = []
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\\"):
                let next = i + 1 < bytes.endIndex ? bytes[i + 1] : nil
                if let next, Array("{}$%&#_ ".utf8).contains(next) {
                    out.append(next)
                    i += 2
                    continue
                }
                var end = i + 1
                while end < bytes.endIndex, isLetter(bytes[end]) { end += 1 }
                if end == i + 1, end < bytes.endIndex { end += 1 }
                let name = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
                throw MathError(utf8Offset: i, message: "unsupported command \\\(name) inside \\text")
            case UInt8(ascii: "{"), UInt8(ascii: "}"):
                i += 1
            case UInt8(ascii: "~"):
                out += [0xC2, 0xA0]  // no-break space
                i += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if out.last != UInt8(ascii: " ") { out.append(UInt8(ascii: " ")) }
                i += 1
            default:
                out.append(byte)
                i += 1
            }
        }
        // MathML trims whitespace at the edges of token elements; keep it as no-break spaces.
        if out.first == UInt8(ascii: " ") { out.replaceSubrange(0..<1, with: [0xC2, 0xA0]) }
        if out.last == UInt8(ascii: " ") { out.replaceSubrange((out.count - 1)..., with: [0xC2, 0xA0]) }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}
