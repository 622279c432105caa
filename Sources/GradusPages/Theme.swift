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
    }

    /// Renders the frame of a page. Values named `*_html` are HTML already and must be written `{{{…}}}`;
    /// the others are text, which `{{…}}` escapes; `handout` is true for a self-contained handout (its stylesheet
    /// is in `head_html`, and it has no site header, navigation or search).
    func render(_ page: PageFrame) -> String {
        layout.render(
            [
                "handout": page.handout,
                "lang": page.language,
                "title": page.title,
                "root": page.root,
                "site_title": page.siteTitle,
                "head_html": page.head,
                "languages_html": page.languages,
                "navigation_html": page.navigation,
                "main_html": page.main,
                "footer": page.footer,
            ] as [String: Any])
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
}
