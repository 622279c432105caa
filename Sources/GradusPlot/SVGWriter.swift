/// Builds SVG markup one element per line; attribute order is the order given, so output is deterministic.
struct SVGWriter {
    private(set) var output = ""

    /// Appends markup that is already safe (only used for the stylesheet).
    mutating func raw(_ markup: String) { output += markup }

    private mutating func tag(_ name: String, _ attributes: [(String, String)]) {
        output += "<" + name
        for (key, value) in attributes { output += " \(key)=\"\(XMLText.escape(value))\"" }
    }

    /// `<name …>`
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        tag(name, attributes)
        output += ">\n"
    }

    /// `</name>`
    mutating func close(_ name: String) { output += "</\(name)>\n" }

    /// `<name …/>`
    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        tag(name, attributes)
        output += "/>\n"
    }

    /// `<name …>escaped text</name>`
    mutating func text(_ name: String, _ attributes: [(String, String)], _ content: String) {
        tag(name, attributes)
        output += ">" + XMLText.escape(content) + "</\(name)>\n"
    }

    /// A `<polyline>` through `points` (pixel coordinates).
    /// The point list is written as it is: it holds only digits, signs, points, commas and spaces.
    mutating func polyline(_ points: [Point], _ attributes: [(String, String)]) {
        var list: [UInt8] = []
        list.reserveCapacity(points.count * 14)
        for (i, p) in points.enumerated() {
            if i > 0 { list.append(UInt8(ascii: " ")) }
            NumberFormat.appendCoordinate(p.x, to: &list)
            list.append(UInt8(ascii: ","))
            NumberFormat.appendCoordinate(p.y, to: &list)
        }
        tag("polyline", attributes)
        output += " points=\"" + String(decoding: list, as: UTF8.self) + "\"/>\n"
    }

    /// A `<line>`.
    mutating func line(_ a: Point, _ b: Point, _ attributes: [(String, String)]) {
        empty(
            "line",
            attributes + [
                ("x1", NumberFormat.coordinate(a.x)), ("y1", NumberFormat.coordinate(a.y)),
                ("x2", NumberFormat.coordinate(b.x)), ("y2", NumberFormat.coordinate(b.y)),
            ])
    }

    /// A `<circle>`.
    mutating func circle(_ c: Point, radius: Double, _ attributes: [(String, String)]) {
        empty(
            "circle",
            attributes + [
                ("cx", NumberFormat.coordinate(c.x)), ("cy", NumberFormat.coordinate(c.y)),
                ("r", NumberFormat.coordinate(radius)),
            ])
    }

    /// A bold title whose first line's baseline is at `p`, wrapped to lines no wider than `maxWidth` (at most
    /// `maxLines`; a last line, or a single word, still too wide is condensed with `textLength` rather than clipped
    /// by the plot's edge). Returns the number of lines drawn.
    @discardableResult
    mutating func title(
        _ content: String, at p: Point, className: String, fontSize: Double, maxWidth: Double, maxLines: Int = 3
    ) -> Int {
        let lines = TitleLines.wrap(content, fontSize: fontSize, maxWidth: maxWidth, maxLines: maxLines)
        for (index, line) in lines.enumerated() {
            let extra: [(String, String)] =
                TitleLines.width(line, fontSize: fontSize) > maxWidth && maxWidth > 0
                ? [("textLength", NumberFormat.coordinate(maxWidth)), ("lengthAdjust", "spacingAndGlyphs")] : []
            let baseline = Point(x: p.x, y: p.y + Double(index) * TitleLines.lineHeight(fontSize))
            label(line, at: baseline, className: className, extra: extra)
        }
        return lines.count
    }

    /// A `<text>` element at `p`.
    mutating func label(
        _ content: String, at p: Point, className: String, anchor: String = "start",
        extra: [(String, String)] = []
    ) {
        var attributes: [(String, String)] = [
            ("class", className), ("x", NumberFormat.coordinate(p.x)), ("y", NumberFormat.coordinate(p.y)),
        ]
        if anchor != "start" { attributes.append(("text-anchor", anchor)) }
        text("text", attributes + extra, content)
    }
}

/// The outer `<svg>` element shared by all plot types.
enum SVGDocument {
    /// Wraps `body` in an accessible, self-styled `<svg>` root.
    ///
    /// - Parameters:
    ///   - id: the sanitised root id; `<title>` and `<desc>` get `id-title` / `id-desc`.
    ///   - body: draws the plot; receives the writer and the root id (to derive further ids).
    static func make(
        id: String, width: Int, height: Int, title: String, description: String,
        body: (inout SVGWriter) -> Void
    ) -> String {
        var w = SVGWriter()
        w.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("id", id), ("class", "gradus-plot"),
                ("viewBox", "0 0 \(width) \(height)"), ("width", "\(width)"), ("height", "\(height)"),
                ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"),
            ])
        w.text("title", [("id", "\(id)-title")], title)
        w.text("desc", [("id", "\(id)-desc")], description)
        w.open("style")
        w.raw(Palette.stylesheet(id: id) + "\n")
        w.close("style")
        body(&w)
        w.close("svg")
        return w.output
    }

    /// Guards against unusable sizes.
    static func clampSize(_ v: Int, minimum: Int) -> Int { Swift.min(Swift.max(v, minimum), 20_000) }
}
