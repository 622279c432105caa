import Foundation
import GradusPages

/// Finds the files a site ships besides its pages.
enum Assets {
    /// Where Debian's fonts-lmodern puts Latin Modern Math and its licence.
    static let systemFont = "/usr/share/texmf/fonts/opentype/public/lm-math/latinmodern-math.otf"
    static let systemLicense = "/usr/share/texmf/doc/fonts/lm-math/GUST-FONT-LICENSE.txt"

    /// The math font from `content/fonts/latinmodern-math.otf` if the course ships its own, else from the
    /// system; none when neither exists (pages then use the reader's installed math fonts).
    static func load(content: URL, handouts: String? = nil) -> SiteAssets {
        let manager = FileManager.default
        let own = content.appendingPathComponent("fonts/latinmodern-math.otf").path
        let fontPath = manager.fileExists(atPath: own) ? own : systemFont
        let licensePath =
            fontPath == own ? content.appendingPathComponent("fonts/GUST-FONT-LICENSE.txt").path : systemLicense
        let font = manager.contents(atPath: fontPath).map { [UInt8]($0) }
        let license = manager.contents(atPath: licensePath).flatMap { String(data: $0, encoding: .utf8) }
        return SiteAssets(
            mathFont: font, mathFontLicense: font == nil ? nil : license,
            handouts: handouts.map { handoutFiles(URL(fileURLWithPath: $0)) } ?? [])
    }

    /// The printed handouts in `folder` that the site ships: every PDF and each language's `course.html`, at the
    /// top and one folder down (`zh/`), sorted by path.
    static func handoutFiles(_ folder: URL) -> [PageFile] {
        let manager = FileManager.default
        let top = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
        var paths: [String] = top
        for name in top where LanguageTag.isValid(name) {
            paths += ((try? manager.contentsOfDirectory(atPath: folder.appendingPathComponent(name).path)) ?? []).map {
                name + "/" + $0
            }
        }
        return paths.filter { $0.hasSuffix(".pdf") || $0.hasSuffix("course.html") }.sorted().compactMap { path in
            manager.contents(atPath: folder.appendingPathComponent(path).path).map {
                PageFile(path: path, bytes: [UInt8]($0))
            }
        }
    }
}
