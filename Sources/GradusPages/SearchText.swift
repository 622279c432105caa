import Foundation
import GradusText

/// A section's text as the search index keeps it, made from the page's readable text in one pass over its UTF-8
/// bytes: runs of spaces, tabs and newlines made one space (`HTMLWriter.readable`), the section's title dropped from
/// its start, every heading's anchor (`# `) removed and white space trimmed from both ends.
///
/// `exact` is the definition, on characters (Swift's `String` and Foundation's search and trim); `section` computes the
/// same text on bytes, and hands a section back to `exact` where bytes and characters could disagree: a carriage
/// return, or a space or `#` joined to a neighbour into one character (a combining mark after a space, a prepended
/// mark before one).
enum SearchText {
    /// The section `bytes` (UTF-8, cut at scalar boundaries) under the heading `title`.
    static func section(_ bytes: ArraySlice<UInt8>, title: String) -> String {
        bytesSection(bytes, title: title) ?? exact(String(decoding: bytes, as: UTF8.self), title: title)
    }

    /// The definition, on characters.
    static func exact(_ text: String, title: String) -> String {
        var section = HTMLWriter.readable(text)
        if section.hasPrefix(title) { section = String(section.dropFirst(title.count)) }
        return section.replacingOccurrences(of: "# ", with: "").trimmingCharacters(in: .whitespaces)
    }

    private static let space = UInt8(ascii: " ")
    private static let hash = UInt8(ascii: "#")

    /// The same text computed on bytes, or nil where a byte-wise answer could differ from `exact`'s.
    static func bytesSection(_ bytes: ArraySlice<UInt8>, title: String) -> String? {
        // Runs of white space made one space, none at either end.
        var readable: [UInt8] = []
        readable.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\r"): return nil
            case space, UInt8(ascii: "\n"), UInt8(ascii: "\t"):
                if byte == space, !standsAlone(bytes, at: i) { return nil }
                pendingSpace = !readable.isEmpty
            default:
                if pendingSpace {
                    // The space between two words must stand alone too.
                    if joinsFollowing(before: readable.count, in: readable) || joinsPreceding(bytes, at: i) {
                        return nil
                    }
                    readable.append(space)
                    pendingSpace = false
                }
                if byte == hash, joinsFollowing(before: i, in: bytes) { return nil }
                readable.append(byte)
            }
            i += 1
        }
        // The title dropped from the start, where the text starts with it as characters.
        var start = 0
        let titleBytes = Array(title.utf8)
        if readable.starts(with: titleBytes) {
            guard
                titleBytes.isEmpty || readable.count == titleBytes.count
                    || !joinsPreceding(readable, at: titleBytes.count)
            else { return nil }
            if let last = titleBytes.indices.last, joinsFollowing(before: last + 1, in: readable[...]) { return nil }
            start = titleBytes.count
        } else if !(titleBytes.allSatisfy { $0 < 0x80 } && readable.prefix(titleBytes.count).allSatisfy { $0 < 0x80 }),
            String(decoding: readable, as: UTF8.self).hasPrefix(title)
        {
            return nil  // the same characters in other bytes (canonically equivalent)
        }
        // Anchors removed, left to right.
        var out: [UInt8] = []
        out.reserveCapacity(readable.count - start)
        var j = start
        while j < readable.count {
            if readable[j] == hash, j + 1 < readable.count, readable[j + 1] == space {
                j += 2
                continue
            }
            out.append(readable[j])
            j += 1
        }
        // White space trimmed from both ends.
        var low = 0
        var high = out.count
        while low < high, let (scalar, length) = scalar(in: out, at: low), isWhitespace(scalar) { low += length }
        while high > low, let (scalar, length) = scalar(in: out, endingAt: high), isWhitespace(scalar) {
            high -= length
        }
        return String(decoding: out[low..<high], as: UTF8.self)
    }

    /// Whether the space at `index` is a character of its own: the scalar before it does not join what follows
    /// (a prepended mark), and the one after does not join what precedes it (a combining mark).
    static func standsAlone<C: Collection<UInt8>>(_ bytes: C, at index: C.Index) -> Bool
    where C.Index == Int {
        if joinsFollowing(before: index, in: bytes) { return false }
        return !joinsPreceding(bytes, at: index + 1)
    }

    /// Whether the scalar that ends just before `index` may join the next scalar into one character. Prepended
    /// concatenation marks and letters (Arabic, Syriac, Malayalam, Brahmi and other scripts) all lie in these ranges.
    static func joinsFollowing<C: Collection<UInt8>>(before index: Int, in bytes: C) -> Bool where C.Index == Int {
        guard index > bytes.startIndex, bytes[index - 1] >= 0x80,
            let (scalar, _) = scalar(in: bytes, endingAt: index)
        else { return false }
        return (0x0600...0x0D4E).contains(scalar.value) || (0x11000...0x11FFF).contains(scalar.value)
    }

    /// Whether the scalar starting at `index` joins the one before it into one character: a combining or spacing
    /// mark, a format character (the zero-width joiner), an emoji modifier.
    static func joinsPreceding<C: Collection<UInt8>>(_ bytes: C, at index: Int) -> Bool where C.Index == Int {
        guard index < bytes.endIndex, bytes[index] >= 0x80, let (scalar, _) = scalar(in: bytes, at: index) else {
            return false
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return true
        default:
            return properties.isGraphemeExtend || properties.isEmojiModifier || scalar.value == 0x0E33
                || scalar.value == 0x0EB3
        }
    }

    /// Foundation's `CharacterSet.whitespaces`: the space separators (Unicode category Zs), the tab and the
    /// zero-width space.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// The scalar whose UTF-8 encoding starts at `index`, and its length in bytes.
    static func scalar<C: Collection<UInt8>>(in bytes: C, at index: Int) -> (Unicode.Scalar, Int)?
    where C.Index == Int {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + length <= bytes.endIndex else { return nil }
        var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (length + 1))
        for k in 1..<length { value = value << 6 | UInt32(bytes[index + k] & 0x3F) }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// The scalar whose UTF-8 encoding ends just before `index`, and its length in bytes.
    static func scalar<C: Collection<UInt8>>(in bytes: C, endingAt index: Int) -> (Unicode.Scalar, Int)?
    where C.Index == Int {
        var start = index - 1
        while start > bytes.startIndex, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= bytes.startIndex, let (scalar, length) = scalar(in: bytes, at: start), start + length == index
        else { return nil }
        return (scalar, length)
    }
}
