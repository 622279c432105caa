/// Writes HTML that is escaped by construction: text and attribute values are escaped as they are written, and
/// markup made elsewhere (MathML, SVG) goes in only through `raw(_:text:)`, which says so.
///
/// Beside the HTML it keeps the page's readable text, for the search index: the text of every element except
/// those in `HTMLWriter.unread`, a space at every tag outside math (so words of two elements do not run together)
/// and the text that `raw` markup declares.
public struct HTMLWriter: Sendable {
    /// An attribute of a start tag; its value is escaped when written.
    public struct Attribute: Sendable {
        let name: String
        /// nil for a boolean attribute, written as its name alone.
        let escapedValue: String?

        /// `name="value"`, the value escaped as text (`'` too unless `apostrophe` is false).
        public init(_ name: String, _ value: String, apostrophe: Bool = true) {
            self.name = name
            self.escapedValue = Escape.markup(value, apostrophe: apostrophe)
        }

        /// `name="url"`, the URL escaped as cmark escapes links.
        public static func url(_ name: String, _ url: String) -> Attribute {
            Attribute(name: name, escapedValue: Escape.url(url))
        }

        /// A boolean attribute such as `download`: its name alone.
        public static func flag(_ name: String) -> Attribute { Attribute(name: name, escapedValue: nil) }

        init(name: String, escapedValue: String?) {
            self.name = name
            self.escapedValue = escapedValue
        }
    }

    /// Whether an element's text is not readable prose: figures, styles, scripts, tables of numbers, and the TeX
    /// source kept in a formula's annotation. (Compared with each name: cheaper than hashing the name at every tag.)
    public static func isUnread(_ name: String) -> Bool {
        switch name {
        case "svg", "annotation", "style", "script", "table": true
        default: false
        }
    }

    public private(set) var html = ""
    /// The readable text so far, white space not yet collapsed (see `readable(_:)`).
    public private(set) var text = ""
    /// How many `unread` elements are open.
    private var unreadDepth = 0

    public init() {}

    /// Escaped text; `apostrophe: false` leaves `'` as it is, as cmark does.
    public mutating func text(_ content: String, apostrophe: Bool = true) {
        html += Escape.markup(content, apostrophe: apostrophe)
        if unreadDepth == 0 { text += content }
    }

    /// Escaped text from a substring or another string type (made a `String` first: the generic protocol's bytes
    /// are slow to read one by one).
    public mutating func text(_ content: some StringProtocol, apostrophe: Bool = true) {
        text(String(content), apostrophe: apostrophe)
    }

    /// `<name attributes…>`; also for HTML's elements without an end tag (`<link>`, `<meta>`).
    public mutating func open(_ name: String, _ attributes: [Attribute] = []) {
        tag(name, attributes)
        html += ">"
        if Self.isUnread(name) { unreadDepth += 1 }
    }

    /// `<name attributes… />`, an element without content written as cmark writes `<hr />` and `<img … />`.
    public mutating func void(_ name: String, _ attributes: [Attribute] = []) {
        tag(name, attributes)
        html += " />"
    }

    /// `</name>`.
    public mutating func close(_ name: String) {
        html += "</"
        html += name
        html += ">"
        if Self.isUnread(name) {
            unreadDepth = max(0, unreadDepth - 1)  // a slot may close what another opened
        } else if unreadDepth == 0 {
            text += " "
        }
    }

    /// `<name attributes…>escaped content</name>`.
    public mutating func element(
        _ name: String, _ attributes: [Attribute] = [], _ content: some StringProtocol, apostrophe: Bool = true
    ) {
        open(name, attributes)
        text(content, apostrophe: apostrophe)
        close(name)
    }

    /// `<name …>`, what `content` writes, `</name>` and a newline; with `linesInside`, a newline after the start
    /// tag too (`<table>\n…</table>\n`).
    public mutating func line(
        _ name: String, _ attributes: [Attribute] = [], linesInside: Bool = false, _ content: (inout HTMLWriter) -> Void
    ) {
        open(name, attributes)
        if linesInside { newline() }
        content(&self)
        close(name)
        newline()
    }

    /// `<name>escaped content</name>`.
    public mutating func element(_ name: String, _ content: some StringProtocol) { element(name, [], content) }

    /// Markup that is already HTML and is written as it is: MathML from GradusMath, SVG from GradusPlot, raw HTML
    /// a lesson opted into. `text` is its readable text (none for a figure), put into the search text.
    public mutating func raw(_ markup: String, text readable: String = "") {
        html += markup
        if unreadDepth == 0 { text += " " + readable + " " }
    }

    /// A line break (between tags, or a soft break in running text, which reads as a space).
    public mutating func newline() {
        html += "\n"
        if unreadDepth == 0 { text += "\n" }
    }

    /// Appends another writer's output.
    public mutating func append(_ other: HTMLWriter) {
        html += other.html
        if unreadDepth == 0 { text += other.text }
    }

    private mutating func tag(_ name: String, _ attributes: [Attribute]) {
        html += "<"
        html += name
        for attribute in attributes {
            html += " "
            html += attribute.name
            if let value = attribute.escapedValue {
                html += "=\""
                html += value
                html += "\""
            }
        }
        if unreadDepth == 0 && !Self.isUnread(name) { text += " " }
    }

    /// `text` with runs of spaces, tabs and newlines made one space, and none at either end.
    public static func readable(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
