/// Renders a `Node` tree as presentation MathML that looks like TeX in MathML Core browsers.
///
/// Tracks TeX's style (display, text, script) so that limits go below/above large operators
/// only where TeX puts them, and operator spacing is dropped inside scripts as in TeX.
struct MathMLRenderer {
    private var out = ""
    /// The text of the tokens written, without the TeX annotation: what a reader would copy, for search.
    private var readable = ""
    /// lspace/rspace for the next large operator, decided by its neighbours in the row.
    private var operatorSpacing: (String, String)?
    /// Whether the next `<mo>` begins a line of a display formula: it keeps the spacing of an infix operator,
    /// which MathML would otherwise drop for the first operator of a row (a prefix `+` has none).
    private var beginsLine = false

    static func render(_ formula: Node, style: MathStyle, annotation: Substring) -> (mathML: String, text: String) {
        var renderer = MathMLRenderer()
        renderer.out += #"<math xmlns="http://www.w3.org/1998/Math/MathML""#
        renderer.out += style == .display ? #" display="block">"# : ">"
        let lines = style == .display ? DisplayLines(formula.items) : nil
        if let lines, !lines.isEmpty {
            renderer.out += "<semantics>"
            renderer.renderLines(formula.items, lines.levels[...], range: formula.items.indices)
        } else {
            renderer.out += "<semantics><mrow>"
            renderer.renderItems(formula.items, style: style == .display ? .display : .text)
            renderer.out += "</mrow>"
        }
        renderer.out += #"<annotation encoding="application/x-tex">"#
        renderer.out += XML.escape(annotation)
        renderer.out += "</annotation></semantics></math>"
        return (renderer.out, renderer.readable)
    }

    // MARK: Rows

    /// Renders the top-level items of a display formula in `range` as one `<mrow>`, or, when the first of `levels`
    /// breaks it, as an `<mrow class="lines">` of its parts, each split by the next levels (see `DisplayLines`).
    private mutating func renderLines(_ items: [Node], _ levels: ArraySlice<[Int]>, range: Range<Int>) {
        guard let breaks = levels.first else {
            out += "<mrow>"
            renderItems(items, style: .display, range: range)
            out += "</mrow>"
            return
        }
        let inside = breaks.filter { range.lowerBound < $0 && $0 < range.upperBound }
        guard !inside.isEmpty else { return renderLines(items, levels.dropFirst(), range: range) }
        out += #"<mrow class="lines">"#
        for (start, end) in zip([range.lowerBound] + inside, inside + [range.upperBound]) {
            renderLines(items, levels.dropFirst(), range: start..<end)
        }
        out += "</mrow>"
    }

    /// Renders items as siblings, inserting function application after `\log`, `\min`, …; only those in `range`
    /// when given (their neighbours outside it still decide spacing), whose first begins a line.
    private mutating func renderItems(_ items: [Node], style: TeXStyle, range: Range<Int>? = nil) {
        let shown = range ?? items.indices
        for (index, item) in zip(shown, items[shown]) {
            beginsLine = range != nil && index > 0 && index == shown.lowerBound
            defer { beginsLine = false }
            if item.isLargeOperator {
                // TeX: a thin space between a large operator and an ordinary neighbour, none
                // next to delimiters (MathML would always add its dictionary spacing).
                let before = index > 0 ? AtomClass(items[index - 1]) : nil
                let after = index + 1 < items.count ? AtomClass(items[index + 1]) : nil
                let thin: (AtomClass?) -> String = { [.ord, .op, .inner, .close].contains($0) ? "0.1667em" : "0em" }
                operatorSpacing = (thin(before), after == .close ? "0em" : thin(after))
            }
            if let atomClass = item.classNeedingExplicitSpaces {
                renderWithSpaces(
                    item, atomClass, before: items[..<index],
                    after: items[(index + 1)...], style: style)
                continue
            }
            render(item, style: style)
            guard item.isFunction, index + 1 < items.count else { continue }
            // TeX puts a thin space between an operator name and an ordinary argument
            // (`\log x`), none before a parenthesis or relation (`\log(x)`, `\max =`).
            switch AtomClass(items[index + 1]) {
            case .ord?, .op?, .inner?:
                out += #"<mo lspace="0em" rspace="0.1667em">&#x2061;</mo>"#
            default:
                out += "<mo>&#x2061;</mo>"
            }
        }
    }

    /// Renders an operator or relation that is not an `<mo>` with the spaces TeX would put
    /// around it (`\overset{a}{x}` is an operator, `\stackrel{a}{x}` a relation).
    private mutating func renderWithSpaces(
        _ node: Node, _ atomClass: AtomClass,
        before: ArraySlice<Node>, after: ArraySlice<Node>,
        style: TeXStyle
    ) {
        // TeX's spacing skips over explicit spaces (glue is not an atom).
        let previous = before.reversed().lazy.compactMap { AtomClass($0) }.first
        let next = after.lazy.compactMap { AtomClass($0) }.first
        let (left, right) = AtomSpacing.explicitSpaces(
            around: atomClass, before: previous, after: next, inScript: style.isScript)
        guard left != "0em" || right != "0em" else { return render(node, style: style) }
        out += "<mrow>"
        if left != "0em" { out += #"<mspace width="\#(left)"/>"# }
        render(node, style: style)
        if right != "0em" { out += #"<mspace width="\#(right)"/>"# }
        out += "</mrow>"
    }

    /// Renders `node` as exactly one element (wrapping rows in `<mrow>`).
    private mutating func renderElement(_ node: Node, style: TeXStyle) {
        let items = node.items
        if items.count == 1, case .row = node {
            renderItems(items, style: style)
        } else if case .row = node {
            out += "<mrow>"
            renderItems(items, style: style)
            out += "</mrow>"
        } else {
            render(node, style: style)
        }
    }

    // MARK: Nodes

    private mutating func render(_ node: Node, style: TeXStyle) {
        switch node {
        case .row:
            renderElement(node, style: style)
        case .identifier(let text, let variant):
            var attributes = ""
            if let variant, variant != .normal || text.unicodeScalars.count == 1 {
                attributes = #" mathvariant="\#(variant.rawValue)""#
            }
            readable += variant?.apply(to: text) ?? text
            out += "<mi\(attributes)>\(XML.escape(variant?.apply(to: text) ?? text))</mi>"
        case .number(let text, let variant):
            if let variant, variant != .normal {
                readable += variant.apply(to: text)
                out += #"<mn mathvariant="\#(variant.rawValue)">\#(XML.escape(variant.apply(to: text)))</mn>"#
            } else {
                readable += text
                out += "<mn>\(XML.escape(text))</mn>"
            }
        case .symbol(let text, let symbolClass):
            renderSymbol(text, symbolClass, inScript: style.isScript)
        case .largeOperator(let text, _):
            renderLargeOperator(text, movableLimits: true)
        case .function(let name, _):
            renderElement(name, style: style)
        case .text(let text, let font):
            let attributes = font.map { #" style="\#($0.css)""# } ?? ""
            readable += text
            out += "<mtext\(attributes)>\(XML.escape(text))</mtext>"
        case .space(let width):
            if width.hasPrefix("-") {
                // MathML Core ignores negative widths; a negative margin pulls neighbours closer.
                out += #"<mspace style="margin-left:\#(width)"/>"#
            } else {
                out += #"<mspace width="\#(width)"/>"#
            }
        case .fraction(let numerator, let denominator, let kind):
            renderFraction(numerator, denominator, kind, style: style)
        case .squareRoot(let radicand):
            out += "<msqrt>"
            renderItems(radicand.items, style: style)
            out += "</msqrt>"
        case .root(let radicand, let index):
            out += "<mroot>"
            renderElement(radicand, style: style)
            renderElement(index, style: .scriptScript)
            out += "</mroot>"
        case .scripts(let base, let sub, let sup):
            renderScripts(base, sub, sup, style: style)
        case .accent(let base, let mark, let stretchy, let below):
            out += below ? #"<munder accentunder="true">"# : #"<mover accent="true">"#
            renderElement(base, style: style)
            readable += mark
            out += #"<mo stretchy="\#(stretchy)">\#(XML.escape(mark))</mo>"#
            out += below ? "</munder>" : "</mover>"
        case .brace(let base, let over):
            out += over ? "<mover>" : "<munder>"
            renderElement(base, style: style)
            readable += over ? "⏞" : "⏟"
            out += #"<mo stretchy="true">\#(over ? "⏞" : "⏟")</mo>"#
            out += over ? "</mover>" : "</munder>"
        case .fenced(let open, let body, let close):
            out += "<mrow>"
            if let open { renderSymbol(open, .fence(.open)) }
            if !body.items.isEmpty { renderElement(body, style: style) }
            if let close { renderSymbol(close, .fence(.close)) }
            out += "</mrow>"
        case .table(let table):
            renderTable(table, style: style)
        case .style(let isDisplay, let body):
            out += #"<mstyle displaystyle="\#(isDisplay)">"#
            renderItems(body.items, style: isDisplay ? .display : style == .display ? .text : style)
            out += "</mstyle>"
        case .stacked(let base, let annotation, let over, _):
            out += over ? "<mover>" : "<munder>"
            if case .largeOperator(let text, _) = base {
                // The whole is spaced as an operator; the annotation stays above/below inline too.
                operatorSpacing = ("0em", "0em")
                renderLargeOperator(text, movableLimits: false)
            } else {
                renderElement(base, style: style)
            }
            renderElement(annotation, style: style.script)
            out += over ? "</mover>" : "</munder>"
        case .extensibleArrow(let arrow, let above, let below):
            renderExtensibleArrow(arrow, above: above, below: below, style: style)
        case .boxed(let body):
            // \fbox: a 0.4pt rule (one pixel) 3pt from the content.
            out += #"<mrow style="border:thin solid currentColor;padding:0.3em">"#
            renderItems(body.items, style: style)
            out += "</mrow>"
        case .phantom(let body, let keepsWidth, let keepsHeight):
            let padding =
                (keepsWidth ? "" : #" width="0""#)
                + (keepsHeight ? "" : #" height="0" depth="0""#)
            if !padding.isEmpty { out += "<mpadded\(padding)>" }
            out += "<mphantom>"
            renderItems(body.items, style: style)
            out += "</mphantom>"
            if !padding.isEmpty { out += "</mpadded>" }
        case .smash(let body, let height, let depth):
            out += "<mpadded" + (height ? #" height="0""# : "")
            out += (depth ? #" depth="0""# : "") + ">"
            renderItems(body.items, style: style)
            out += "</mpadded>"
        case .binaryModulo:
            // amsmath: 5mu on each side, also in script styles.
            readable += "mod"
            out += #"<mo lspace="0.2778em" rspace="0.2778em">mod</mo>"#
        case .parenthesizedModulo(let modulus):
            // amsmath: 18mu before the parenthesis in display style, 8mu otherwise;
            // 6mu after "mod".
            out += #"<mrow><mspace width="\#(style == .display ? "1em" : "0.4444em")"/>"#
            renderSymbol("(", .open)
            readable += "mod"
            out += #"<mi>mod</mi><mspace width="0.3333em"/>"#
            renderItems(modulus.items, style: style)
            renderSymbol(")", .close)
            out += "</mrow>"
        }
    }

    /// `\xrightarrow`: the arrow stretches to the labels, which are padded as in amsmath (5mu
    /// on the side the arrow comes from, 9mu on the side it points to).
    private mutating func renderExtensibleArrow(
        _ arrow: String, above: Node, below: Node?,
        style: TeXStyle
    ) {
        let tag = below == nil ? "mover" : "munderover"
        out += "<\(tag)><mo stretchy=\"true\""
        if style.isScript { out += #" lspace="0em" rspace="0em""# }
        readable += arrow
        out += ">\(XML.escape(arrow))</mo>"
        let (start, end) = arrow == "←" ? ("0.5em", "0.2778em") : ("0.2778em", "0.5em")
        for label in [below, above].compactMap({ $0 }) {
            out += #"<mrow><mspace width="\#(start)"/>"#
            renderItems(label.items, style: style.script)
            out += #"<mspace width="\#(end)"/></mrow>"#
        }
        out += "</\(tag)>"
    }

    private mutating func renderSymbol(_ text: String, _ symbolClass: SymbolClass, inScript: Bool = false) {
        var attributes: [(String, String)] = []
        let isBar = text == "|" || text == "‖"
        switch symbolClass {
        case .binary, .relation, .punctuation:
            // TeX drops these spaces in script styles; MathML Core keeps them.
            if inScript { attributes += [("lspace", "0em"), ("rspace", "0em")] }
        case .ordinary:
            if Self.stretchyByDefault.contains(text) { attributes.append(("stretchy", "false")) }
            attributes += [("lspace", "0em"), ("rspace", "0em")]
        case .open, .close:
            attributes.append(("stretchy", "false"))
            if isBar { attributes += [("lspace", "0em"), ("rspace", "0em")] }
        case .fence(let role):
            attributes += [("fence", "true"), ("form", role.form), ("stretchy", "true"), ("symmetric", "true")]
            if role == .middle { attributes += [("lspace", "0.05em"), ("rspace", "0.05em")] }
        case .sized(let height, let role):
            if let role { attributes += [("fence", "true"), ("form", role.form)] }
            attributes += [
                ("stretchy", "true"), ("symmetric", "true"),
                ("minsize", height), ("maxsize", height),
            ]
            if role == nil || role == .middle { attributes += [("lspace", "0em"), ("rspace", "0em")] }
        }
        if beginsLine, symbolClass == .binary || symbolClass == .relation { attributes.append(("form", "infix")) }
        beginsLine = false
        out += "<mo"
        for (name, value) in attributes { out += #" \#(name)="\#(value)""# }
        readable += text
        out += ">\(XML.escape(text))</mo>"
    }

    private mutating func renderLargeOperator(_ text: String, movableLimits: Bool) {
        out += "<mo"
        if let (lspace, rspace) = operatorSpacing {
            out += #" lspace="\#(lspace)" rspace="\#(rspace)""#
            operatorSpacing = nil
        }
        if !movableLimits { out += #" movablelimits="false""# }
        readable += text
        out += ">\(XML.escape(text))</mo>"
    }

    /// Characters the operator dictionary marks as stretchy; typed plainly they must not grow.
    private static let stretchyByDefault: Set<String> = [
        "(", ")", "[", "]", "{", "}", "|", "‖", "⟨", "⟩", "⌊", "⌋", "⌈", "⌉", "/", "\\",
        "↑", "↓", "⇑", "⇓", "↕",
    ]

    private mutating func renderFraction(
        _ numerator: Node, _ denominator: Node, _ kind: FractionKind,
        style: TeXStyle
    ) {
        // \dfrac / \tfrac switch style only when it differs from the surrounding one.
        let forced: Bool? =
            switch kind {
            case .display where style != .display, .continued where style != .display: true
            case .text where style != .text: false
            default: nil
            }
        let fractionStyle: TeXStyle = forced.map { $0 ? .display : .text } ?? style
        if let forced { out += #"<mstyle displaystyle="\#(forced)" scriptlevel="0">"# }
        if kind == .binomial {
            out += "<mrow>"
            renderSymbol("(", .fence(.open))
        }
        out += kind == .binomial ? #"<mfrac linethickness="0">"# : "<mfrac>"
        if kind == .continued {
            // amsmath's \strut: as tall and deep as a line of text, so nested levels line up.
            out += #"<mrow><mspace height="0.84em" depth="0.36em"/>"#
            renderItems(numerator.items, style: fractionStyle.fractionPart)
            out += "</mrow>"
        } else {
            renderElement(numerator, style: fractionStyle.fractionPart)
        }
        renderElement(denominator, style: fractionStyle.fractionPart)
        out += "</mfrac>"
        if kind == .binomial {
            renderSymbol(")", .fence(.close))
            out += "</mrow>"
        }
        if forced != nil { out += "</mstyle>" }
    }

    private mutating func renderScripts(_ base: Node, _ sub: Node?, _ sup: Node?, style: TeXStyle) {
        let limitsBelow: Bool
        switch base {
        case .largeOperator(_, let limits), .function(_, let limits):
            limitsBelow = limits == .always || (limits == .auto && style == .display)
        case .brace:
            limitsBelow = true
        default:
            limitsBelow = false
        }
        let tag: String
        switch (sub != nil, sup != nil) {
        case (true, true): tag = limitsBelow ? "munderover" : "msubsup"
        case (true, false): tag = limitsBelow ? "munder" : "msub"
        default: tag = limitsBelow ? "mover" : "msup"
        }
        out += "<\(tag)>"
        if case .largeOperator(let text, _) = base {
            // `\sum\limits` inline: stop the browser from moving the limits back to scripts.
            renderLargeOperator(text, movableLimits: !limitsBelow || style == .display)
        } else {
            renderElement(base, style: style)
        }
        if let sub { renderElement(sub, style: style.script) }
        if let sup { renderElement(sup, style: style.script) }
        out += "</\(tag)>"
    }

    // MARK: Tables

    private mutating func renderTable(_ table: Table, style: TeXStyle) {
        let columns = table.rows.map(\.count).max() ?? 0
        switch table.kind {
        case .matrix(let open, let close):
            out += "<mrow>"
            if let open { renderSymbol(open, .fence(.open)) }
            renderRows(
                table, tableAttributes: #" displaystyle="false""#,
                cellStyle: .text
            ) { _, column in
                // Matrices: 1em between columns, none at the outer edges (like amsmath).
                "padding-left:\(column == 0 ? "0em" : "0.5em");padding-right:\(column == columns - 1 ? "0em" : "0.5em")"
            }
            if let close { renderSymbol(close, .fence(.close)) }
            out += "</mrow>"
        case .aligned:
            let align = (0..<max(columns, 1)).map { $0 % 2 == 0 ? "right" : "left" }.joined(separator: " ")
            renderRows(
                table, tableAttributes: #" displaystyle="true" columnalign="\#(align)""#,
                cellStyle: .display
            ) { _, column in
                // Pairs of right/left columns touch; 2em between pairs.
                let alignment = column % 2 == 0 ? "-webkit-right" : "-webkit-left"
                let left = column > 0 && column % 2 == 0 ? "2em" : "0em"
                return "text-align:\(alignment);padding-left:\(left);padding-right:0em"
            }
        case .gathered:
            renderRows(
                table, tableAttributes: #" displaystyle="true""#,
                cellStyle: .display
            ) { _, _ in
                "padding-left:0em;padding-right:0em"
            }
        case .cases:
            out += "<mrow>"
            renderSymbol("{", .fence(.open))
            let align = Array(repeating: "left", count: max(columns, 1)).joined(separator: " ")
            renderRows(
                table, tableAttributes: #" displaystyle="false" columnalign="\#(align)""#,
                cellStyle: .text
            ) { _, column in
                "text-align:-webkit-left;padding-left:\(column == 0 ? "0.2em" : "1em");padding-right:0em"
            }
            out += "</mrow>"
        case .array(let spec):
            let align = spec.alignments.map(\.name).joined(separator: " ")
            let lastRow = table.rows.count - 1
            let lastColumn = spec.alignments.count - 1
            let hlines = table.horizontalRules
            // No spacing between cells (it is inherited from an enclosing HTML table): rules join.
            let attributes =
                #" displaystyle="false" columnalign="\#(align)""#
                + #" style="border-spacing:0""#
            renderRows(
                table, tableAttributes: attributes, cellStyle: .text,
                columns: spec.alignments.count
            ) { row, column in
                // \arraycolsep: 5pt on both sides of every column; rules are cell borders.
                var css = "text-align:\(spec.alignments[column].css)"
                css += ";padding-left:0.5em;padding-right:0.5em"
                if spec.rules[column] > 0 { css += ";border-left:" + Self.rule(spec.rules[column]) }
                if column == lastColumn, spec.rules[column + 1] > 0 {
                    css += ";border-right:" + Self.rule(spec.rules[column + 1])
                }
                if row < hlines.count, hlines[row] > 0 {
                    css += ";border-top:" + Self.rule(hlines[row])
                }
                if row == lastRow, row + 1 < hlines.count, hlines[row + 1] > 0 {
                    css += ";border-bottom:" + Self.rule(hlines[row + 1])
                }
                return css
            }
        case .substack:
            renderRows(
                table, tableAttributes: #" displaystyle="\#(style == .display)""#,
                cellStyle: style
            ) { _, _ in
                "padding:0em"
            }
        }
    }

    /// The CSS border for `count` rules (`|`, `||`, `\hline`): one thin line, or a double line.
    private static func rule(_ count: Int) -> String {
        count == 1 ? "thin solid currentColor" : "3px double currentColor"
    }

    /// `<mtable>` with one `<mtr>` per row; `css` gives each column's inline style, because
    /// Chromium ignores the MathML 3 `columnalign`/`columnspacing` attributes. Cell content is
    /// block-level there, so only `-webkit-left`/`-webkit-right` move it (plain `left`/`right`
    /// do not); Firefox uses `columnalign` instead. With `columns`, short rows are padded with
    /// empty cells (so that rules run through).
    private mutating func renderRows(
        _ table: Table, tableAttributes: String, cellStyle: TeXStyle,
        columns: Int? = nil,
        css: (_ row: Int, _ column: Int) -> String
    ) {
        out += "<mtable\(tableAttributes)>"
        for (index, cells) in table.rows.enumerated() {
            let missing = max(0, (columns ?? 0) - cells.count)
            let row = cells + Array(repeating: .row([]), count: missing)
            out += "<mtr>"
            for (column, cell) in row.enumerated() {
                out += #"<mtd style="\#(css(index, column))">"#
                renderItems(cell.items, style: cellStyle)
                out += "</mtd>"
            }
            out += "</mtr>"
        }
        out += "</mtable>"
    }
}

extension ArraySpec.Alignment {
    /// The MathML `columnalign` value.
    fileprivate var name: String {
        switch self {
        case .left: "left"
        case .center: "center"
        case .right: "right"
        }
    }

    /// The CSS `text-align` value that moves block-level cell content in Chromium.
    fileprivate var css: String {
        switch self {
        case .left: "-webkit-left"
        case .center: "-webkit-center"
        case .right: "-webkit-right"
        }
    }
}

extension FenceRole {
    fileprivate var form: String {
        switch self {
        case .open: "prefix"
        case .middle: "infix"
        case .close: "postfix"
        }
    }
}

extension Node {
    /// The children of a row, or the node itself.
    var items: [Node] {
        if case .row(let items) = self { return items }
        return [self]
    }

    /// Large operators (possibly with limits attached).
    var isLargeOperator: Bool {
        switch self {
        case .largeOperator: true
        case .scripts(let base, _, _): base.isLargeOperator
        default: false
        }
    }

    /// The class of an operator or relation that the browser would not space as TeX does, because
    /// it is not an `<mo>` (or an `<mover>` around one) of that class: `\overset{a}{x}` (an
    /// operator), `\stackrel{a}{x}`; nil for other nodes.
    var classNeedingExplicitSpaces: AtomClass? {
        guard case .stacked(let base, _, _, let atomClass) = self,
            atomClass == .op || atomClass == .rel
        else { return nil }
        if atomClass == .rel, base.isRelationSymbol { return nil }
        return atomClass
    }

    /// A relation symbol, possibly with scripts: an (embellished) `<mo>` with relation spacing.
    private var isRelationSymbol: Bool {
        switch self {
        case .symbol(_, .relation): true
        case .scripts(let base, _, _): base.isRelationSymbol
        default: false
        }
    }

    /// Operator names (possibly with limits attached), which are followed by function application.
    var isFunction: Bool {
        switch self {
        case .function: true
        case .scripts(let base, _, _): base.isFunction
        default: false
        }
    }
}

/// TeX's math styles, which decide limit placement, fraction size and operator spacing.
enum TeXStyle: Equatable {
    case display, text, script, scriptScript

    var isScript: Bool { self == .script || self == .scriptScript }

    /// Style of sub/superscripts and limits.
    var script: TeXStyle { isScript ? .scriptScript : .script }

    /// Style of a fraction's numerator and denominator.
    var fractionPart: TeXStyle {
        switch self {
        case .display: .text
        case .text: .script
        case .script, .scriptScript: .scriptScript
        }
    }
}
