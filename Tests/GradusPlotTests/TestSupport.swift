import Foundation
import Testing

/// Golden-file comparison. Set GRADUS_UPDATE_GOLDEN=1 to (re)write the files instead of comparing.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["GRADUS_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("Missing golden file \(name); run with GRADUS_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "SVG differs from Golden/\(name)", sourceLocation: sourceLocation)
    }
}

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
