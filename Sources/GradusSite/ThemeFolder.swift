import Foundation
import GradusLessons
import GradusPages

/// The course's own theme, from `theme/` in the content folder: `layout.mustache` replaces the page frame,
/// `style.css` is added after the default stylesheet. Either may be missing.
enum ThemeFolder {
    static func load(content: URL) throws(Diagnostics) -> Theme {
        let folder = ContentFolder(url: content)
        let layoutFile = content.appendingPathComponent("theme/layout.mustache")
        let cssFile = content.appendingPathComponent("theme/style.css")
        let manager = FileManager.default
        let css = manager.fileExists(atPath: cssFile.path) ? try folder.source(of: cssFile).text : ""
        guard manager.fileExists(atPath: layoutFile.path) else {
            return css.isEmpty
                ? .standard : try Theme(layout: Theme.defaultLayout, layoutPath: "default layout", extraCSS: css)
        }
        let layout = try folder.source(of: layoutFile)
        if let open = unclosedSection(in: layout.text) {
            throw Diagnostics(
                layout.location(atUTF8Offset: open.offset),
                "the layout template does not parse: the section '\(open.name)' opened here is never closed by {{/\(open.name)}}"
            )
        }
        return try Theme(layout: layout.text, layoutPath: layout.path, extraCSS: css)
    }

    /// The innermost `{{#name}}` or `{{^name}}` left open at the end of a template (its UTF-8 offset and name), which
    /// the Mustache parser reports only as an unexpected end of the file. Nil when every section is closed, or when
    /// the template changes its delimiters (then the parser's own message stands).
    static func unclosedSection(in template: String) -> (offset: Int, name: String)? {
        let bytes = Array(template.utf8)
        var open: [(offset: Int, name: String)] = []
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            let start = index
            var end = index + 2
            while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "}") && bytes[end + 1] == UInt8(ascii: "}")) {
                end += 1
            }
            guard end + 1 < bytes.count else { break }
            let inside = String(decoding: bytes[(start + 2)..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            let name = inside.dropFirst().trimmingCharacters(in: .whitespaces)
            switch inside.first {
            case "=": return nil
            case "#", "^": open.append((start, name))
            case "/": if let last = open.last, last.name == name { open.removeLast() }
            default: break
            }
            index = end + 2
        }
        return open.last
    }
}
