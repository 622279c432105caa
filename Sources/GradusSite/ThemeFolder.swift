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
            return css.isEmpty ? .standard : try Theme(layout: Theme.defaultLayout, layoutPath: "default layout", extraCSS: css)
        }
        let layout = try folder.source(of: layoutFile)
        return try Theme(layout: layout.text, layoutPath: layout.path, extraCSS: css)
    }
}
