/// The escapers of the output languages Gradus writes; each is defined here once.
public enum Escape {
    /// Text for HTML or XML: `&`, `<`, `>` and `"` become references, and `'` too unless `apostrophe` is false
    /// (cmark leaves it alone in text, so the Markdown renderer passes false to match it). The result is safe in
    /// element content and in attribute values in either kind of quotes. `other` may replace any other scalar
    /// (return nil to keep it): MathML writes invisible characters as numeric references, SVG drops characters
    /// XML 1.0 does not allow.
    public static func markup<S: StringProtocol>(
        _ text: S, apostrophe: Bool = true, other: ((Unicode.Scalar) -> String?)? = nil
    ) -> String {
        if other == nil { return markupBytes(text, apostrophe: apostrophe) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'" where apostrophe: out += "&#39;"
            default:
                if let other, let replacement = other(scalar) {
                    out += replacement
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// `markup` without replacements, on UTF-8 bytes: the five characters it escapes are ASCII, so every other
    /// byte is copied as it is. The text is read through its contiguous storage (a `String` or `Substring` has one),
    /// not byte by byte through the generic protocol.
    static func markupBytes<S: StringProtocol>(_ text: S, apostrophe: Bool) -> String {
        let escaped =
            text.utf8.withContiguousStorageIfAvailable { markupBytes($0, apostrophe: apostrophe) }
            ?? Array(text.utf8).withUnsafeBufferPointer { markupBytes($0, apostrophe: apostrophe) }
        return escaped ?? String(text)
    }

    /// The escaped text, or nil when `bytes` hold nothing to escape.
    private static func markupBytes(_ bytes: UnsafeBufferPointer<UInt8>, apostrophe: Bool) -> String? {
        func replacement(_ byte: UInt8) -> StaticString? {
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "'") where apostrophe: "&#39;"
            default: nil
            }
        }
        var extra = 0
        for byte in bytes { if let replaced = replacement(byte) { extra += replaced.utf8CodeUnitCount - 1 } }
        if extra == 0 { return nil }
        return String(unsafeUninitializedCapacity: bytes.count + extra) { out in
            var i = 0
            for byte in bytes {
                if let replaced = replacement(byte) {
                    replaced.withUTF8Buffer {
                        for unit in $0 {
                            out[i] = unit
                            i += 1
                        }
                    }
                } else {
                    out[i] = byte
                    i += 1
                }
            }
            return i
        }
    }

    /// A URL for an `href` or `src` attribute, as cmark writes it: bytes outside the characters URLs may hold are
    /// percent-encoded, `&` becomes `&amp;` and `'` becomes `&#x27;`.
    public static func url(_ url: String) -> String { percentEncoded(url, entities: true) }

    /// A URL as `url(_:)` writes it but without HTML references, for a script or JSON: `&` becomes `%26` and `'`
    /// becomes `%27`.
    public static func urlInScript(_ url: String) -> String { percentEncoded(url, entities: false) }

    private static func percentEncoded(_ url: String, entities: Bool) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(url.utf8.count)
        for byte in url.utf8 {
            if isURLSafe(byte) {
                out.append(byte)
            } else if entities && byte == UInt8(ascii: "&") {
                out += "&amp;".utf8
            } else if entities && byte == UInt8(ascii: "'") {
                out += "&#x27;".utf8
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ASCII letters, digits and `-_.+!*(),%#@?=;:/$~`, which an `href` keeps as they are: one bit per ASCII byte.
    private static let urlSafe: (low: UInt64, high: UInt64) = {
        var mask: (low: UInt64, high: UInt64) = (0, 0)
        for byte in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.+!*(),%#@?=;:/$~".utf8 {
            if byte < 64 { mask.low |= 1 << UInt64(byte) } else { mask.high |= 1 << UInt64(byte - 64) }
        }
        return mask
    }()

    static func isURLSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case 0..<64: urlSafe.low & (1 << UInt64(byte)) != 0
        case 64..<128: urlSafe.high & (1 << UInt64(byte - 64)) != 0
        default: false
        }
    }

    /// `text` as a JSON string literal that is also safe inside an HTML `<script>`: quotes, backslashes and control
    /// characters escaped, and `<`, `>`, `&`, U+2028 and U+2029 written as `\u` escapes.
    public static func json(_ text: String) -> String {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(text.utf8.count + 16)
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "\""): out += "\\\"".utf8
            case UInt8(ascii: "\\"): out += "\\\\".utf8
            case UInt8(ascii: "\n"): out += "\\n".utf8
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0..<0x20:
                out += unicodeEscape(Unicode.Scalar(byte)).utf8
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                out.append(byte)
                guard let second = bytes.next() else { break }
                guard second == 0x80, let third = bytes.next() else {
                    out.append(second)
                    break
                }
                if third == 0xA8 || third == 0xA9 {
                    out.removeLast()
                    out += (third == 0xA8 ? "\\u2028" : "\\u2029").utf8
                } else {
                    out += [second, third]
                }
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` as a CSS string literal that is also safe inside an HTML `<style>`: quotes and backslashes escaped, and
    /// control characters, `<`, `>` and `&` written as hexadecimal escapes (`\3c `).
    public static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\": out += "\\" + String(scalar)
            case "<", ">", "&": out += "\\" + String(scalar.value, radix: 16) + " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\" + String(scalar.value, radix: 16) + " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `\uXXXX` for a scalar of the Basic Multilingual Plane.
    static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `\text{…}` that shows `text` as it is in TeX: TeX's special characters escaped (a backslash, which `\text`
    /// cannot hold, becomes the look-alike ∖, and a tilde ∼ rather than a no-break space).
    public static func texText(_ text: String) -> String {
        var out = "\\text{"
        for character in text {
            switch character {
            case "{", "}", "$", "%", "&", "#", "_": out += "\\\(character)"
            case "\\": out += "∖"
            case "~": out += "∼"
            default: out.append(character)
            }
        }
        return out + "}"
    }
}
