/// A section of a page, for its table of contents.
struct Section: Equatable, Codable, Sendable {
    let level: Int
    let id: String
    /// The heading's inner HTML without the anchor.
    let html: String

    /// An id from a heading's words: letters and digits of any script, lowercased, words joined by `-`.
    static func slug(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        let joined = words.joined(separator: "-")
        return joined.isEmpty ? "section" : joined
    }
}
