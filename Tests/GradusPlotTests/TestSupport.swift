import Foundation
import GradusTestSupport
import Testing

/// The SVG golden files, `Golden/` beside these tests (GRADUS_UPDATE_GOLDEN=1 rewrites them).
let golden = GoldenFolder()

/// Minimal well-formedness check: every start tag is closed in order, no stray `<`/`&`.
enum XMLCheck {
    static func isBalanced(_ svg: String) -> Bool {
        var stack: [Substring] = []
        var rest = Substring(svg)
        while let lt = rest.firstIndex(of: "<") {
            guard let gt = rest[lt...].firstIndex(of: ">") else { return false }
            let tag = rest[rest.index(after: lt)..<gt]
            if tag.contains("<") { return false }
            if tag.hasPrefix("/") {
                guard stack.popLast() == tag.dropFirst() else { return false }
            } else if !tag.hasSuffix("/") {
                stack.append(tag.prefix { $0 != " " })
            }
            rest = rest[rest.index(after: gt)...]
        }
        return stack.isEmpty
    }

    /// Every `&` starts one of the entities the writer emits.
    static func ampersandsAreEntities(_ svg: String) -> Bool {
        let parts = svg.components(separatedBy: "&").dropFirst()
        return parts.allSatisfy { p in ["amp;", "lt;", "gt;", "quot;", "#39;"].contains { p.hasPrefix($0) } }
    }

    /// The values of all `id="…"` attributes.
    static func ids(_ svg: String) -> [String] {
        svg.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}
