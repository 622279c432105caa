import GradusTestSupport
import Testing

@testable import GradusPages

/// The built-in frame written from its cut template is the frame Mustache renders, for pages and handouts, with values
/// that need escaping (and characters that combine with what they would escape).
struct FrameCutsTests {
    static let values = [
        "", "Plain", "a < b & c > d \"e\" 'f'", "&\u{301} <\u{20DD}", "中文 θ", "<nav>\n<a href=\"x\">x</a></nav>", "../",
    ]

    @Test func cutFramesAreMustacheFrames() {
        let theme = Theme.standard
        #expect(theme.cuts != nil)
        for (i, text) in Self.values.enumerated() {
            for handout in [false, true] {
                let other = Self.values[(i + 3) % Self.values.count]
                let page = PageFrame(
                    language: text, title: text, root: other, siteTitle: other, head: text, languages: other,
                    navigation: text, main: other, footer: text, handout: handout)
                #expect(theme.render(page) == theme.renderWithMustache(page), "\(text.debugDescription)")
            }
        }
    }

    @Test func aCoursesOwnTemplateIsRenderedByMustache() throws {
        let theme = try Theme(layout: "<title>{{title}}</title>{{{main_html}}}", layoutPath: "layout.mustache")
        #expect(theme.cuts == nil)
        let page = PageFrame(
            language: "en", title: "a & b", root: "", siteTitle: "", head: "", languages: "", navigation: "",
            main: "<p>x</p>", footer: "")
        #expect(theme.render(page) == "<title>a &amp; b</title><p>x</p>")
    }
}
