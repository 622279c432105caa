import Foundation
import GradusPlot
import Testing

@testable import GradusPages

/// WCAG 2 contrast of the stylesheet's colours, in the light and the dark scheme.
struct ContrastTests {
    /// The custom properties of the first `:root { … }` block after `marker`.
    func palette(after marker: String) throws -> [String: String] {
        let css = Stylesheet.css
        let block = marker.isEmpty ? css[...] : css[try #require(css.range(of: marker)).upperBound...]
        let open = try #require(block.range(of: ":root {"))
        let close = try #require(block[open.upperBound...].firstIndex(of: "}"))
        var colours: [String: String] = [:]
        for declaration in block[open.upperBound..<close].split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if parts.count == 2, parts[0].hasPrefix("--"), parts[1].hasPrefix("#") { colours[parts[0]] = parts[1] }
        }
        return colours
    }

    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        func channel(_ shift: Int) -> Double {
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test(arguments: ["", "prefers-color-scheme: dark"])
    func textIsReadableOnEveryBackground(scheme: String) throws {
        let colours = try palette(after: scheme)
        let back = try #require(colours["--back"])
        let row = try #require(colours["--row"])
        for background in [back, row] {
            #expect(Self.contrast(try #require(colours["--text"]), background) >= 7, "body text in \(scheme)")
            #expect(Self.contrast(try #require(colours["--muted"]), background) >= 4.5, "muted text in \(scheme)")
            #expect(Self.contrast(try #require(colours["--accent"]), background) >= 4.5, "links in \(scheme)")
        }
    }

    /// `percent` % of `colour` mixed with the rest of `text` in sRGB, as CSS `color-mix(in srgb, …)` does.
    static func mix(_ colour: String, _ percent: Int, with text: String) -> String {
        let a = Int(colour.dropFirst(), radix: 16) ?? 0
        let b = Int(text.dropFirst(), radix: 16) ?? 0
        let p = Double(percent) / 100
        var out = "#"
        for shift in [16, 8, 0] {
            let channel = (p * Double((a >> shift) & 0xFF) + (1 - p) * Double((b >> shift) & 0xFF)).rounded()
            out += String(format: "%02x", Int(channel))
        }
        return out
    }

    /// Every series colour of the figures, as the page shows it (mixed with the text colour), stands out from the
    /// page's backgrounds by at least 3:1 (WCAG's minimum for graphics), in the light and the dark scheme.
    @Test(arguments: ["", "prefers-color-scheme: dark"])
    func plotColoursStandOutOnEveryBackground(scheme: String) throws {
        let colours = try palette(after: scheme)
        let text = try #require(colours["--text"])
        #expect(Series.palette.count == Series.styleCount)
        for (colour, percent) in Series.palette {
            let shown = Self.mix(colour, percent, with: text)
            for background in [try #require(colours["--back"]), try #require(colours["--row"])] {
                #expect(
                    Self.contrast(shown, background) >= 3, "\(colour) at \(percent) % on \(background) in \(scheme)")
            }
        }
    }
}
