/// The parsed formula: a small tree that mirrors TeX's math list, independent of MathML.
indirect enum Node: Equatable, Sendable {
    /// A sequence of atoms; an explicit `{…}` group or the body of a construct.
    case row([Node])
    /// A letter or letter-like symbol (`x`, `θ`, `∞`), rendered as `<mi>`.
    case identifier(String, variant: MathVariant?)
    /// A number such as `0.0123`, rendered as `<mn>`.
    case number(String, variant: MathVariant?)
    /// An operator, relation, delimiter or punctuation symbol, rendered as `<mo>`.
    case symbol(String, SymbolClass)
    /// A large operator such as `∑` or `∫`.
    case largeOperator(String, limits: Limits)
    /// A named function such as `log` or `\operatorname{softmax}`; `name` is its rendered form.
    case function(name: Node, limits: Limits)
    /// `\text{…}`; `\textbf{…}` and friends set a font.
    case text(String, font: TextFont?)
    /// Horizontal space in em (may be negative, e.g. `\!`).
    case space(em: String)
    case fraction(numerator: Node, denominator: Node, kind: FractionKind)
    case squareRoot(Node)
    case root(Node, index: Node)
    /// Sub- and/or superscripts attached to `base`.
    case scripts(base: Node, sub: Node?, sup: Node?)
    /// An accent above (`\hat`, `\overline`) or below (`\underline`) the base.
    case accent(Node, mark: String, stretchy: Bool, below: Bool)
    /// `\overbrace` / `\underbrace`; a following script becomes the label.
    case brace(Node, over: Bool)
    /// `\left … \right`; empty delimiters (`.`) are nil. `\middle` delimiters are in the body.
    case fenced(open: String?, body: Node, close: String?)
    case table(Table)
    /// `\displaystyle` / `\textstyle` applied to the rest of a group.
    case style(display: Bool, Node)
    /// `\overset`, `\underset`, `\stackrel`: `annotation` (script style) above or below `base`.
    /// `atomClass` is how the whole is spaced: as amsmath does, a binary operator or relation
    /// when `base` is one, an operator otherwise; always a relation for `\stackrel`.
    case stacked(base: Node, annotation: Node, over: Bool, atomClass: AtomClass)
    /// `\xrightarrow[below]{above}`: `arrow` stretched to its script-style labels; a relation.
    case extensibleArrow(String, above: Node, below: Node?)
    /// `\boxed{…}`: the content in a thin frame.
    case boxed(Node)
    /// `\phantom`, `\hphantom`, `\vphantom`: invisible content that keeps its width and/or its
    /// height and depth.
    case phantom(Node, keepsWidth: Bool, keepsHeight: Bool)
    /// `\smash`: visible content whose height and/or depth count as zero.
    case smash(Node, height: Bool, depth: Bool)
    /// `\bmod`: "mod" as a binary operator with TeX's fixed 5mu spaces.
    case binaryModulo
    /// `\pmod{m}`: a space, then "(mod m)".
    case parenthesizedModulo(Node)
}

/// The font of `\textbf{…}` and friends. Chromium ignores `mathvariant` on `<mtext>`, so it is
/// applied with CSS.
enum TextFont: Equatable, Sendable {
    case bold
    case italic
    case monospace
    case sansSerif

    /// The CSS declaration that selects the font.
    var css: String {
        switch self {
        case .bold: "font-weight:bold"
        case .italic: "font-style:italic"
        case .monospace: "font-family:monospace"
        case .sansSerif: "font-family:sans-serif"
        }
    }
}

/// The TeX atom class of a symbol, which decides its spacing and stretchiness.
enum SymbolClass: Equatable, Sendable {
    case ordinary
    case binary
    case relation
    case punctuation
    /// Plain opening/closing delimiter: `(`, `[`, `\{`, `\langle` (never stretches).
    case open
    case close
    /// Delimiter from `\left`, `\middle`, `\right`: stretches to the enclosed content.
    case fence(FenceRole)
    /// Fixed-size delimiter from `\big`, `\Bigl`, …
    case sized(height: String, role: FenceRole?)
}

enum FenceRole: Equatable, Sendable {
    case open, middle, close
}

/// Where the limits of a large operator or function go.
enum Limits: Equatable, Sendable {
    /// Below/above in display style, as scripts otherwise (`\sum`, `\lim`).
    case auto
    /// Always below/above (`\limits`).
    case always
    /// Always as scripts (`\int`, `\log`, `\nolimits`).
    case never
}

enum FractionKind: Equatable, Sendable {
    /// `\frac`: follows the surrounding style.
    case auto
    /// `\dfrac`: forces display style.
    case display
    /// `\cfrac`: like `\dfrac`, with a strut in the numerator so nested levels line up.
    case continued
    /// `\tfrac`: forces text style.
    case text
    /// `\binom`: no rule, wrapped in parentheses.
    case binomial
}

struct Table: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// `matrix`, `pmatrix`, `bmatrix`, … with optional fences.
        case matrix(open: String?, close: String?)
        /// `aligned` and friends: columns alternate right/left.
        case aligned
        /// `gathered`: one centered column.
        case gathered
        /// `cases`: left brace, left-aligned columns.
        case cases
        /// `array` with its column specification.
        case array(ArraySpec)
        /// `\substack{…}`: centered rows in the surrounding (usually script) style.
        case substack
    }

    var kind: Kind
    /// Rows of cells; each cell is a `.row`.
    var rows: [[Node]]
    /// `array` only: how many `\hline`s are above row `i`; the last entry counts those below
    /// the last row. Empty for other tables.
    var horizontalRules: [Int] = []
}

/// The column specification of `array`, e.g. `{lc|r}`.
struct ArraySpec: Equatable, Sendable {
    enum Alignment: Equatable, Sendable {
        case left, center, right
    }

    var alignments: [Alignment]
    /// How many `|` rules are before column `i`; the last entry counts those after the last column.
    var rules: [Int]
}
