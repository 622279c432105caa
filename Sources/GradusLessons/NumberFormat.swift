import Foundation

/// How a bound number is printed. Formatting never depends on the locale.
public enum NumberFormat: Sendable, Equatable {
    /// `fixed N`: N digits after the decimal point.
    case fixed(Int)
    /// `sig N`: N significant digits, in exponent form only when very large or small.
    case significant(Int)
    /// `sci N`: scientific notation with N digits after the point.
    case scientific(Int)

    public static let `default` = NumberFormat.significant(6)

    /// Parses `fixed 4`, `sig 6`, `sci 3`.
    public init?(_ text: String) {
        let words = text.split(separator: " ")
        guard words.count == 2, let digits = Int(words[1]), (0...17).contains(digits) else { return nil }
        switch words[0] {
        case "fixed": self = .fixed(digits)
        case "sig" where digits >= 1: self = .significant(digits)
        case "sci": self = .scientific(digits)
        default: return nil
        }
    }

    /// The number as a sign, digits and an optional power of ten.
    public func format(_ value: Double) -> FormattedNumber {
        guard value.isFinite else {
            return FormattedNumber(
                negative: false, digits: value.isNaN ? "NaN" : (value < 0 ? "−∞" : "∞"), exponent: nil)
        }
        let printed: String
        switch self {
        case .fixed(let n): printed = String(format: "%.\(n)f", value)
        case .significant(let n): printed = String(format: "%.\(n)g", value)
        case .scientific(let n): printed = String(format: "%.\(n)e", value)
        }
        var body = Substring(printed)
        var negative = false
        if body.first == "-" {
            negative = true
            body = body.dropFirst()
        }
        var exponent: Int? = nil
        if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(body[body.index(after: e)...].replacingOccurrences(of: "+", with: ""))
            body = body[..<e]
        }
        // A value that rounds to zero prints without a sign.
        if body.allSatisfy({ $0 == "0" || $0 == "." }) && (exponent ?? 0) == 0 { negative = false }
        return FormattedNumber(negative: negative, digits: String(body), exponent: exponent)
    }
}

/// A formatted number, rendered for prose or for TeX.
public struct FormattedNumber: Sendable, Equatable {
    public let negative: Bool
    /// The digits, with a decimal point where there is one.
    public let digits: String
    /// The power of ten, when the format chose exponent form.
    public let exponent: Int?

    /// For running text: `−1.25`, `9.53×10⁻⁵`.
    public var prose: String {
        var text = (negative ? "−" : "") + digits
        if let exponent {
            let superscripts: [Character: Character] = [
                "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
                "-": "⁻",
            ]
            text += "×10" + String(String(exponent).map { superscripts[$0] ?? $0 })
        }
        return text
    }

    /// For math: `-1.25`, `9.53 \times 10^{-5}`.
    public var tex: String {
        var text = (negative ? "-" : "") + digits
        if let exponent { text += " \\times 10^{\(exponent)}" }
        return text
    }

    /// For machines and tables that want plain ASCII: `-1.25`, `9.53e-05`.
    public var plain: String {
        (negative ? "-" : "") + digits + (exponent.map { String(format: "e%+03d", $0) } ?? "")
    }
}
