/// A section of a page, for its table of contents.
struct Section: Equatable, Codable, Sendable {
    let level: Int
    let id: String
    /// The heading's inner HTML without the anchor.
    let html: String

    /// An id from a heading's words: letters and digits of any script, lowercased, words joined by `-`.
    static func slug(_ text: String) -> String {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiSlug(text) : characterSlug(text)
    }

    /// `slug` on characters, its definition.
    static func characterSlug(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        let joined = words.joined(separator: "-")
        return joined.isEmpty ? "section" : joined
    }

    /// `slug` of ASCII text, on bytes: letters and digits are ASCII's own, lowercased by adding 32.
    static func asciiSlug(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for byte in text.utf8 {
            let letter: UInt8? =
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
                default: nil
                }
            guard let letter else {
                pendingDash = !out.isEmpty
                continue
            }
            if pendingDash { out.append(UInt8(ascii: "-")) }
            pendingDash = false
            out.append(letter)
        }
        return out.isEmpty ? "section" : String(decoding: out, as: UTF8.self)
    }
}
