import GradusLessons
import Mustache

/// How pages look: a Mustache template for the frame of every page and CSS added after the default
/// stylesheet. A course overrides either by putting `theme/layout.mustache` or `theme/style.css` in
/// its content folder.
public struct Theme: Sendable {
    let layout: MustacheTemplate
    /// CSS appended to the default stylesheet, so a theme only writes what it changes.
    public let extraCSS: String
    /// The template's text, for the lesson cache's key.
    public let layoutSource: String
    /// The built-in template rendered once for a handout and once for a page of the site, cut where the values go
    /// (`FrameCuts`); nil for a course's own template, which Mustache renders for every page.
    let cuts: [Bool: FrameCuts]?

    /// The built-in theme.
    public static let standard: Theme = {
        // The built-in template is part of Gradus and parses; a failure here is a bug in Gradus.
        guard let theme = try? Theme(layout: defaultLayout, layoutPath: "default layout") else {
            preconditionFailure("the built-in layout template does not parse")
        }
        return theme
    }()

    /// A theme from template text; a template that does not parse is a diagnostic at its place.
    public init(layout: String, layoutPath: String, extraCSS: String = "") throws(Diagnostics) {
        do {
            self.layout = try MustacheTemplate(string: layout)
        } catch let error as MustacheTemplate.ParserError {
            throw Diagnostics(
                SourceLocation(path: layoutPath, line: error.context.lineNumber, column: error.context.columnNumber),
                "the layout template does not parse: \(error.error)")
        } catch {
            throw Diagnostics(
                SourceLocation(path: layoutPath, line: 1, column: 1), "the layout template does not parse")
        }
        self.layoutSource = layout
        self.extraCSS = extraCSS
        let template = self.layout
        cuts =
            layout == Self.defaultLayout
            ? [false: FrameCuts(template, handout: false), true: FrameCuts(template, handout: true)] : nil
    }

    /// Renders the frame of a page. Values named `*_html` are HTML already and must be written `{{{…}}}`;
    /// the others are text, which `{{…}}` escapes; `handout` is true for a self-contained handout (its stylesheet
    /// is in `head_html`, and it has no site header, navigation or search).
    func render(_ page: PageFrame) -> String {
        if let cuts = cuts?[page.handout] { return cuts.render(page.values) }
        return renderWithMustache(page)
    }

    /// The frame as Mustache renders it.
    func renderWithMustache(_ page: PageFrame) -> String {
        layout.render(page.context(page.values) as [String: Any])
    }

    /// The built-in frame: header with the course title and other languages, the course outline, the page, a footer;
    /// for a handout, the page and the footer only.
    public static let defaultLayout = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>{{title}}</title>
        {{^handout}}<link rel="stylesheet" href="{{root}}style.css">
        <script src="search-index.js" defer></script>
        <script src="{{root}}search.js" defer></script>
        {{/handout}}{{{head_html}}}</head>
        <body{{#handout}} class="handout"{{/handout}}>
        {{^handout}}<header class="site"><a class="title" href="index.html">{{site_title}}</a>{{{languages_html}}}</header>
        <div class="layout">
        {{{navigation_html}}}{{/handout}}<main>
        {{{main_html}}}</main>
        {{^handout}}</div>
        {{/handout}}<footer class="site"><p>{{footer}}</p></footer>
        </body>
        </html>

        """
}

/// What a page's frame shows.
struct PageFrame {
    let language: String
    let title: String
    /// From the page to the site's root: "" or "../".
    let root: String
    let siteTitle: String
    let head: String
    let languages: String
    let navigation: String
    let main: String
    let footer: String
    /// A self-contained handout rather than a page of the site.
    var handout = false

    /// The template's names of the values, in the order of `values`.
    static let names = [
        "lang", "title", "root", "site_title", "head_html", "languages_html", "navigation_html", "main_html", "footer",
    ]
    var values: [String] { [language, title, root, siteTitle, head, languages, navigation, main, footer] }

    /// What the template sees: `values` by their names, and whether the page is a handout.
    func context(_ values: [String]) -> [String: Any] {
        var context: [String: Any] = ["handout": handout]
        for (name, value) in zip(Self.names, values) { context[name] = value }
        return context
    }
}

/// A template rendered once with a mark in place of each value, and cut at the marks: a page is then the pieces
/// with its values between them, each escaped as Mustache escapes `{{…}}` where the template writes it so, and as it
/// is for `{{{…}}}`. Used for the built-in template, whose values stand in plain tags (not in sections).
struct FrameCuts: Sendable {
    /// The text before each value, and after the last.
    let pieces: [String]
    /// Which value goes after each piece, and whether it is escaped.
    let slots: [(value: Int, escaped: Bool)]

    init(_ template: MustacheTemplate, handout: Bool) {
        let marks = PageFrame.names.indices.map { "\u{E000}\($0)&\u{E001}" }
        let blank = PageFrame(
            language: "", title: "", root: "", siteTitle: "", head: "", languages: "", navigation: "", main: "",
            footer: "", handout: handout)
        let rendered = template.render(blank.context(marks) as [String: Any])
        var pieces: [String] = []
        var slots: [(value: Int, escaped: Bool)] = []
        var rest = Substring(rendered)
        while let open = rest.firstIndex(of: "\u{E000}"), let close = rest[open...].firstIndex(of: "\u{E001}") {
            let mark = rest[rest.index(after: open)..<close]
            let digits = mark.prefix { $0.isASCII && $0.isNumber }
            guard let value = Int(digits) else { break }
            pieces.append(String(rest[..<open]))
            slots.append((value, mark.dropFirst(digits.count) == "&amp;"))
            rest = rest[rest.index(after: close)...]
        }
        pieces.append(String(rest))
        self.pieces = pieces
        self.slots = slots
    }

    func render(_ values: [String]) -> String {
        var out = pieces[0]
        for (i, slot) in slots.enumerated() {
            out += slot.escaped ? Self.escaped(values[slot.value]) : values[slot.value]
            out += pieces[i + 1]
        }
        return out
    }

    /// Mustache's escape of `{{…}}`: the characters `<`, `>`, `&`, `"` and `'` (compared as characters, so a mark
    /// combined with one of them keeps it as it is).
    static func escaped(_ text: String) -> String {
        let special = text.utf8.contains { byte in
            byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        guard special else { return text }
        var out = ""
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
