/// A math alphabet selected by `\mathbf`, `\mathbb`, …
///
/// Chromium's MathML Core only honours `mathvariant="normal"`, so styled letters are also
/// mapped to the Unicode Mathematical Alphanumeric Symbols (`ℝ`, `𝐱`, `𝜽`); the attribute is
/// kept for other renderers.
enum MathVariant: String, Equatable, Sendable {
    case normal
    case bold
    case italic
    case boldItalic = "bold-italic"
    case doubleStruck = "double-struck"
    case script
    case fraktur
    case sansSerif = "sans-serif"
    case monospace

    /// `text` with every character mapped to this alphabet where Unicode has a code point.
    func apply(to text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            out.unicodeScalars.append(map(scalar) ?? scalar)
        }
        return out
    }

    private func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if let special = Self.exceptions[self]?[value] {
            return Unicode.Scalar(special)
        }
        let starts: (upper: UInt32?, lower: UInt32?, digit: UInt32?, greekUpper: UInt32?, greekLower: UInt32?)
        switch self {
        case .normal: return nil
        case .bold: starts = (0x1D400, 0x1D41A, 0x1D7CE, 0x1D6A8, 0x1D6C2)
        case .italic: starts = (0x1D434, 0x1D44E, nil, 0x1D6E2, 0x1D6FC)
        case .boldItalic: starts = (0x1D468, 0x1D482, 0x1D7CE, 0x1D71C, 0x1D736)
        case .doubleStruck: starts = (0x1D538, 0x1D552, 0x1D7D8, nil, nil)
        case .script: starts = (0x1D49C, 0x1D4B6, nil, nil, nil)
        case .fraktur: starts = (0x1D504, 0x1D51E, nil, nil, nil)
        case .sansSerif: starts = (0x1D5A0, 0x1D5BA, 0x1D7E2, nil, nil)
        case .monospace: starts = (0x1D670, 0x1D68A, 0x1D7F6, nil, nil)
        }
        func shifted(_ base: UInt32?, _ first: UInt32) -> Unicode.Scalar? {
            base.flatMap { Unicode.Scalar($0 + value - first) }
        }
        switch value {
        case 0x41...0x5A: return shifted(starts.upper, 0x41)
        case 0x61...0x7A: return shifted(starts.lower, 0x61)
        case 0x30...0x39: return shifted(starts.digit, 0x30)
        case 0x391...0x3A9: return shifted(starts.greekUpper, 0x391)
        case 0x3B1...0x3C9: return shifted(starts.greekLower, 0x3B1)
        default:
            // ∇ follows the capitals; ∂ and the variant forms (ϵ ϑ ϰ ϕ ϱ ϖ) follow the small letters.
            if value == 0x2207 { return starts.greekUpper.flatMap { Unicode.Scalar($0 + 25) } }
            let tail: [UInt32] = [0x2202, 0x3F5, 0x3D1, 0x3F0, 0x3D5, 0x3F1, 0x3D6]
            if let index = tail.firstIndex(of: value) {
                return starts.greekLower.flatMap { Unicode.Scalar($0 + 25 + UInt32(index)) }
            }
            return nil
        }
    }

    /// Letters that live in the Letterlike Symbols block instead of the regular run.
    private static let exceptions: [MathVariant: [UInt32: UInt32]] = [
        .italic: [0x68: 0x210E],
        .doubleStruck: [
            0x43: 0x2102, 0x48: 0x210D, 0x4E: 0x2115, 0x50: 0x2119,
            0x51: 0x211A, 0x52: 0x211D, 0x5A: 0x2124,
        ],
        .script: [
            0x42: 0x212C, 0x45: 0x2130, 0x46: 0x2131, 0x48: 0x210B, 0x49: 0x2110,
            0x4C: 0x2112, 0x4D: 0x2133, 0x52: 0x211B, 0x65: 0x212F, 0x67: 0x210A, 0x6F: 0x2134,
        ],
        .fraktur: [0x43: 0x212D, 0x48: 0x210C, 0x49: 0x2111, 0x52: 0x211C, 0x5A: 0x2128],
    ]
}
