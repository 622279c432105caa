/// How slots stand in the text given to cmark: an opening character, the slot's number, a closing character.
/// Both characters are private-use scalars that occur in none of the Markdown, chosen afresh for each parse.
struct SlotMarks {
    let open: Unicode.Scalar
    let close: Unicode.Scalar

    /// The private-use scalars, in the order they are tried: the Basic Multilingual Plane's, then planes 15 and 16.
    static let privateUse: [ClosedRange<UInt32>] = [0xE000...0xF8FF, 0xF_0000...0xF_FFFD, 0x10_0000...0x10_FFFD]

    init(avoiding segments: [Segment]) {
        var used = Set<UInt32>()
        // Private-use scalars start with a byte 0xEE, 0xEF (the BMP's), 0xF3 or 0xF4 (planes 15 and 16) in UTF-8.
        for case .markdown(let text) in segments where text.utf8.contains(where: { $0 >= 0xEE }) {
            for scalar in text.unicodeScalars where Self.privateUse.contains(where: { $0.contains(scalar.value) }) {
                used.insert(scalar.value)
            }
        }
        // A text holds fewer distinct scalars than there are private-use ones (137 468), so two are always free.
        var free = Self.privateUse.lazy.joined().filter { !used.contains($0) }.compactMap(Unicode.Scalar.init)
            .makeIterator()
        open = free.next() ?? "\u{E000}"
        close = free.next() ?? "\u{E001}"
    }

    func mark(_ index: Int) -> String { "\(Character(open))\(index)\(Character(close))" }

    /// `text` cut into text and the slots marked in it.
    func split(_ text: String, slotCount: Int) -> [Inline] {
        guard text.unicodeScalars.contains(open) else { return [.text(text)] }
        var out: [Inline] = []
        var pending = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first {
            if first == open, let end = scalars.firstIndex(of: close),
                let index = Int(String(scalars[scalars.index(after: scalars.startIndex)..<end])), index < slotCount
            {
                if !pending.isEmpty { out.append(.text(String(pending))) }
                pending = String.UnicodeScalarView()
                out.append(.slot(Slot(index)))
                scalars = scalars[scalars.index(after: end)...]
            } else {
                pending.append(first)
                scalars = scalars.dropFirst()
            }
        }
        if !pending.isEmpty { out.append(.text(String(pending))) }
        return out
    }

    /// `text` without slot marks.
    func removed(from text: String) -> String {
        split(text, slotCount: .max).compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
    }
}
