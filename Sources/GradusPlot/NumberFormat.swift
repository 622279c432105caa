import GradusText

/// Locale-free number formatting: fixed-point coordinates and tick labels.
enum NumberFormat {
    /// `value` with `decimals` digits after the point (0…12), rounded half away from zero.
    /// Never produces "-0", "nan" or "inf": non-finite values print as "0", and magnitudes are clamped to 9·10¹⁵.
    static func fixed(_ value: Double, decimals: Int, trimTrailingZeros: Bool = false) -> String {
        let d = Swift.min(Swift.max(decimals, 0), 12)
        guard value.isFinite else { return "0" }
        var p: UInt64 = 1
        for _ in 0..<d { p *= 10 }
        var scaled = (value.magnitude * Double(p)).rounded(.toNearestOrAwayFromZero)
        if scaled > 9e15 { scaled = 9e15 }
        let n = UInt64(scaled)
        var fraction = ""
        if d > 0 {
            let digits = String(n % p)
            fraction = String(repeating: "0", count: d - digits.count) + digits
            if trimTrailingZeros {
                while fraction.last == "0" { fraction.removeLast() }
            }
        }
        var s = (n == 0 || value > 0) ? "" : "-"
        s += String(n / p)
        if !fraction.isEmpty { s += "." + fraction }
        return s
    }

    /// A pixel coordinate: at most two decimals, trailing zeros trimmed ("12.5", "3", "-0.25").
    static func coordinate(_ value: Double) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(12)
        appendCoordinate(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The characters of `coordinate(value)` appended to `out`: what `fixed(_:decimals: 2, trimTrailingZeros: true)`
    /// writes for the value clamped to ±10⁷, made without intermediate strings (a contour map writes thousands).
    static func appendCoordinate(_ value: Double, to out: inout [UInt8]) {
        let clamped = Swift.min(Swift.max(value, -1e7), 1e7)
        guard clamped.isFinite else {
            out.append(UInt8(ascii: "0"))
            return
        }
        let n = UInt64((clamped.magnitude * 100).rounded(.toNearestOrAwayFromZero))
        if n != 0 && !(clamped > 0) { out.append(UInt8(ascii: "-")) }
        out.appendDecimal(n / 100)
        let hundredths = n % 100
        guard hundredths != 0 else { return }
        out.append(UInt8(ascii: "."))
        out.append(UInt8(ascii: "0") + UInt8(hundredths / 10))
        if hundredths % 10 != 0 { out.append(UInt8(ascii: "0") + UInt8(hundredths % 10)) }
    }

    /// Replaces the ASCII hyphen-minus with the typographic minus sign (U+2212) for display.
    static func typographicMinus(_ s: String) -> String {
        s.hasPrefix("-") ? "\u{2212}" + s.dropFirst() : s
    }

    private static let superscriptDigits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// An integer in Unicode superscript characters, e.g. -3 → "⁻³".
    static func superscript(_ n: Int) -> String {
        var s = n < 0 ? "⁻" : ""
        for ch in String(n.magnitude) {
            s.append(superscriptDigits[Int(ch.asciiValue! - 48)])
        }
        return s
    }

    /// "10ⁿ".
    static func powerOfTen(_ exponent: Int) -> String { "10" + superscript(exponent) }

    /// A rough width estimate of `text` in a sans-serif font of `fontSize` pixels (no font metrics available).
    static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        var em = 0.0
        for scalar in text.unicodeScalars {
            if isWide(scalar) {
                em += 1
                continue
            }
            switch scalar.value {
            case 0x2070...0x209F, 0xB2, 0xB3, 0xB9: em += 0.38  // superscripts
            case 0x20, 0x2E, 0x2C, 0x3A, 0x69, 0x6C, 0x49, 0x28, 0x29: em += 0.3  // space . , : i l I ( )
            case 0x41...0x5A, 0x6D, 0x77, 0x2212, 0xD7: em += 0.68  // capitals, m, w, minus, ×
            default: em += 0.56
            }
        }
        return em * fontSize
    }

    /// CJK ideographs, kana, Hangul, full-width forms and CJK punctuation: one em wide.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x303F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF,
            0xFF01...0xFF60:
            true
        default: false
        }
    }
}
