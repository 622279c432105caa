import GradusMath
import Synchronization

/// Formulas already written as MathML in this process, by their TeX and style: a course writes the same formula on
/// many pages (θ, η, the update rule), and `TeX.formula` gives the same result for the same TeX every time. Bounded:
/// past `capacity` formulas (or for long ones) it writes without keeping. A formula that fails is not kept.
enum FormulaMemo {
    struct Key: Hashable {
        let tex: String
        let display: Bool
    }

    static let capacity = 4096
    /// Longer formulas are rarely repeated; they are written each time.
    static let longest = 2048
    private static let kept = Mutex<[Key: (mathML: String, text: String)]>([:])

    /// `TeX.formula(tex, style:)`, from memory when this process has written it before.
    static func formula(_ tex: String, style: MathStyle) throws(MathError) -> (mathML: String, text: String) {
        guard tex.utf8.count <= longest else { return try TeX.formula(tex, style: style) }
        let key = Key(tex: tex, display: style == .display)
        if let known = kept.withLock({ $0[key] }) { return known }
        let formula = try TeX.formula(tex, style: style)
        kept.withLock { if $0.count < capacity { $0[key] = formula } }
        return formula
    }
}
