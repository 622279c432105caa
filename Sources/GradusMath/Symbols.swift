/// Lookup tables for the commands and characters of the supported TeX subset.
enum Symbols {
    /// Letter-like commands rendered as `<mi>`, with their default alphabet
    /// (upper-case Greek and `\nabla`, `\partial` are upright, as in TeX).
    static let identifiers: [String: (text: String, variant: MathVariant?)] = {
        var table: [String: (text: String, variant: MathVariant?)] = [:]
        let lowerGreek: [(String, String)] = [
            ("alpha", "α"), ("beta", "β"), ("gamma", "γ"), ("delta", "δ"), ("epsilon", "ϵ"),
            ("varepsilon", "ε"), ("zeta", "ζ"), ("eta", "η"), ("theta", "θ"), ("vartheta", "ϑ"),
            ("iota", "ι"), ("kappa", "κ"), ("varkappa", "ϰ"), ("lambda", "λ"), ("mu", "μ"),
            ("nu", "ν"), ("xi", "ξ"), ("omicron", "ο"), ("pi", "π"), ("varpi", "ϖ"), ("rho", "ρ"),
            ("varrho", "ϱ"), ("sigma", "σ"), ("varsigma", "ς"), ("tau", "τ"), ("upsilon", "υ"),
            ("phi", "ϕ"), ("varphi", "φ"), ("chi", "χ"), ("psi", "ψ"), ("omega", "ω"),
        ]
        for (name, text) in lowerGreek { table[name] = (text, nil) }
        let upperGreek: [(String, String)] = [
            ("Gamma", "Γ"), ("Delta", "Δ"), ("Theta", "Θ"), ("Lambda", "Λ"), ("Xi", "Ξ"), ("Pi", "Π"),
            ("Sigma", "Σ"), ("Upsilon", "Υ"), ("Phi", "Φ"), ("Psi", "Ψ"), ("Omega", "Ω"),
        ]
        for (name, text) in upperGreek { table[name] = (text, .normal) }
        let other: [(String, String, MathVariant?)] = [
            ("infty", "∞", nil), ("nabla", "∇", .normal), ("partial", "∂", .normal), ("ell", "ℓ", nil),
            ("hbar", "ℏ", nil), ("imath", "ı", nil), ("jmath", "ȷ", nil), ("emptyset", "∅", nil),
            ("varnothing", "∅", nil), ("top", "⊤", nil), ("bot", "⊥", nil), ("forall", "∀", nil),
            ("exists", "∃", nil), ("nexists", "∄", nil), ("neg", "¬", nil), ("lnot", "¬", nil),
            ("aleph", "ℵ", nil), ("Re", "ℜ", nil), ("Im", "ℑ", nil), ("wp", "℘", nil),
            ("angle", "∠", nil), ("triangle", "△", nil), ("prime", "′", nil),
            ("checkmark", "✓", nil), ("square", "□", nil), ("blacksquare", "■", nil),
        ]
        for (name, text, variant) in other { table[name] = (text, variant) }
        return table
    }()

    /// Operator-like commands rendered as `<mo>`.
    static let operators: [String: (text: String, symbolClass: SymbolClass)] = {
        var table: [String: (text: String, symbolClass: SymbolClass)] = [:]
        let relations: [(String, String)] = [
            ("le", "≤"), ("leq", "≤"), ("ge", "≥"), ("geq", "≥"), ("ne", "≠"), ("neq", "≠"),
            ("leqslant", "⩽"), ("geqslant", "⩾"), ("approx", "≈"), ("sim", "∼"), ("simeq", "≃"),
            ("cong", "≅"), ("equiv", "≡"), ("propto", "∝"), ("in", "∈"), ("notin", "∉"), ("ni", "∋"),
            ("subset", "⊂"), ("subseteq", "⊆"), ("supset", "⊃"), ("supseteq", "⊇"), ("to", "→"),
            ("rightarrow", "→"), ("leftarrow", "←"), ("gets", "←"), ("leftrightarrow", "↔"),
            ("Rightarrow", "⇒"), ("Leftarrow", "⇐"), ("Leftrightarrow", "⇔"), ("implies", "⟹"),
            ("impliedby", "⟸"), ("iff", "⟺"), ("mapsto", "↦"), ("longrightarrow", "⟶"),
            ("longleftarrow", "⟵"), ("Longrightarrow", "⟹"), ("uparrow", "↑"), ("downarrow", "↓"),
            ("mid", "∣"), ("parallel", "∥"), ("perp", "⊥"), ("ll", "≪"), ("gg", "≫"), ("prec", "≺"),
            ("succ", "≻"), ("preceq", "⪯"), ("succeq", "⪰"), ("asymp", "≍"), ("doteq", "≐"),
            ("triangleq", "≜"), ("coloneqq", "≔"), ("models", "⊨"), ("vdash", "⊢"),
            ("lesssim", "≲"), ("gtrsim", "≳"),
            // amssymb
            ("approxeq", "≊"), ("lessapprox", "⪅"), ("gtrapprox", "⪆"), ("leqq", "≦"),
            ("geqq", "≧"), ("lneq", "⪇"), ("gneq", "⪈"), ("lneqq", "≨"), ("gneqq", "≩"),
            ("nless", "≮"), ("ngtr", "≯"), ("nleq", "≰"), ("ngeq", "≱"), ("subsetneq", "⊊"),
            ("supsetneq", "⊋"), ("nsubseteq", "⊈"), ("nsupseteq", "⊉"), ("nsim", "≁"),
            ("ncong", "≇"), ("nmid", "∤"), ("nparallel", "∦"), ("precsim", "≾"), ("succsim", "≿"),
            ("eqsim", "≂"), ("thicksim", "∼"), ("thickapprox", "≈"), ("vDash", "⊨"), ("Vdash", "⊩"),
            ("twoheadrightarrow", "↠"), ("rightleftharpoons", "⇌"),
            // Arrows of plain LaTeX that were missing
            ("longleftrightarrow", "⟷"), ("Longleftarrow", "⟸"), ("Longleftrightarrow", "⟺"),
            ("longmapsto", "⟼"), ("hookrightarrow", "↪"), ("hookleftarrow", "↩"),
        ]
        for (name, text) in relations { table[name] = (text, .relation) }
        let binaries: [(String, String)] = [
            ("pm", "±"), ("mp", "∓"), ("times", "×"), ("div", "÷"), ("cdot", "⋅"), ("circ", "∘"),
            ("odot", "⊙"), ("otimes", "⊗"), ("oplus", "⊕"), ("ominus", "⊖"), ("oslash", "⊘"),
            ("ast", "∗"), ("star", "⋆"), ("bullet", "∙"), ("setminus", "∖"), ("cap", "∩"),
            ("cup", "∪"), ("wedge", "∧"), ("land", "∧"), ("vee", "∨"), ("lor", "∨"),
            ("dagger", "†"), ("ddagger", "‡"), ("diamond", "⋄"), ("intercal", "⊺"),
        ]
        for (name, text) in binaries { table[name] = (text, .binary) }
        let ordinary: [(String, String)] = [
            ("ldots", "…"), ("dots", "…"), ("cdots", "⋯"), ("vdots", "⋮"), ("ddots", "⋱"),
            ("vert", "|"), ("Vert", "‖"), ("|", "‖"), ("backslash", "\\"), ("%", "%"), ("$", "$"),
            ("&", "&"), ("#", "#"), ("_", "_"),
        ]
        for (name, text) in ordinary { table[name] = (text, .ordinary) }
        let opening: [(String, String)] = [
            ("{", "{"), ("lbrace", "{"), ("langle", "⟨"), ("lfloor", "⌊"), ("lceil", "⌈"),
            ("lvert", "|"), ("lVert", "‖"), ("lbrack", "["),
        ]
        for (name, text) in opening { table[name] = (text, .open) }
        let closing: [(String, String)] = [
            ("}", "}"), ("rbrace", "}"), ("rangle", "⟩"), ("rfloor", "⌋"), ("rceil", "⌉"),
            ("rvert", "|"), ("rVert", "‖"), ("rbrack", "]"),
        ]
        for (name, text) in closing { table[name] = (text, .close) }
        table["colon"] = (":", .punctuation)
        return table
    }()

    /// Large operators; `\int` and friends keep their limits as scripts even in display style.
    static let largeOperators: [String: (text: String, limits: Limits)] = [
        "sum": ("∑", .auto), "prod": ("∏", .auto), "coprod": ("∐", .auto),
        "bigcup": ("⋃", .auto), "bigcap": ("⋂", .auto), "bigoplus": ("⨁", .auto),
        "bigotimes": ("⨂", .auto), "bigodot": ("⨀", .auto), "bigvee": ("⋁", .auto),
        "bigwedge": ("⋀", .auto), "int": ("∫", .never), "iint": ("∬", .never),
        "iiint": ("∭", .never), "oint": ("∮", .never),
    ]

    /// Named functions (`\log`, `\min`, …) with the upright text they render as.
    static let functions: [String: (text: String, limits: Limits)] = {
        var table: [String: (text: String, limits: Limits)] = [:]
        for name in [
            "arccos", "arcsin", "arctan", "arg", "cos", "cosh", "cot", "coth", "csc",
            "deg", "dim", "exp", "hom", "ker", "lg", "ln", "log", "sec", "sin", "sinh",
            "tan", "tanh",
        ] {
            table[name] = (name, .never)
        }
        for name in ["det", "gcd", "inf", "lim", "max", "min", "Pr", "sup"] {
            table[name] = (name, .auto)
        }
        table["liminf"] = ("lim inf", .auto)
        table["limsup"] = ("lim sup", .auto)
        table["argmin"] = ("arg min", .auto)
        table["argmax"] = ("arg max", .auto)
        return table
    }()

    /// Spacing commands and their width in em.
    static let spaces: [String: String] = [
        ",": "0.1667em", "thinspace": "0.1667em", ":": "0.2222em", ">": "0.2222em",
        "medspace": "0.2222em", ";": "0.2778em", "thickspace": "0.2778em", "!": "-0.1667em",
        "negthinspace": "-0.1667em", " ": "0.3333em", "enspace": "0.5em", "quad": "1em",
        "qquad": "2em",
    ]

    /// Accent commands: the mark drawn over (or under) the argument and whether it stretches.
    /// The marks are the spacing-modifier forms that Chromium positions well with Latin Modern
    /// Math; wide accents use the combining forms, whose stretched variants are in the font.
    static let accents: [String: (mark: String, stretchy: Bool, below: Bool)] = [
        "hat": ("\u{02C6}", false, false), "widehat": ("\u{0302}", true, false),
        "check": ("\u{02C7}", false, false), "tilde": ("\u{02DC}", false, false),
        "widetilde": ("\u{0303}", true, false), "bar": ("\u{02C9}", false, false),
        "overline": ("\u{0332}", true, false), "underline": ("\u{0332}", true, true),
        "dot": ("\u{02D9}", false, false), "ddot": ("\u{00A8}", false, false),
        "vec": ("\u{20D7}", true, false), "overrightarrow": ("\u{2192}", true, false),
        "overleftarrow": ("\u{2190}", true, false), "acute": ("\u{00B4}", false, false),
        "grave": ("\u{0060}", false, false), "breve": ("\u{02D8}", false, false),
        "mathring": ("\u{02DA}", false, false),
    ]

    /// Font commands and the alphabet they select.
    static let fonts: [String: MathVariant] = [
        "mathrm": .normal, "mathup": .normal, "mathit": .italic, "mathbf": .bold,
        "boldsymbol": .boldItalic, "bm": .boldItalic, "mathbb": .doubleStruck,
        "mathcal": .script, "mathscr": .script, "mathfrak": .fraktur, "mathsf": .sansSerif,
        "mathtt": .monospace,
    ]

    /// `\big`-family sizes (total delimiter height).
    static let bigSizes: [String: String] = [
        "big": "1.2em", "Big": "1.623em", "bigg": "2.047em", "Bigg": "2.470em",
    ]

    /// The class of a character typed directly (not via a command).
    static func classOf(character: String) -> (text: String, symbolClass: SymbolClass) {
        switch character {
        case "+": return ("+", .binary)
        case "-", "−": return ("−", .binary)
        case "*": return ("∗", .binary)
        case "=", "<", ">", ":": return (character, .relation)
        case ",", ";": return (character, .punctuation)
        case "(", "[": return (character, .open)
        case ")", "]": return (character, .close)
        case "|", "‖": return (character, .ordinary)
        default:
            if let known = operatorsByText[character] { return (character, known) }
            return (character, .ordinary)
        }
    }

    /// Reverse lookup for Unicode symbols typed directly (`≤`, `→`). Several commands share a
    /// character (`\vert`, `\lvert`, `\rvert`); visiting names in sorted order keeps the choice
    /// deterministic (Dictionary iteration order is not).
    private static let operatorsByText: [String: SymbolClass] = {
        var table: [String: SymbolClass] = [:]
        for name in operators.keys.sorted() {
            let entry = operators[name]!
            if table[entry.text] == nil { table[entry.text] = entry.symbolClass }
        }
        return table
    }()

    /// `symbol` negated by `\not`: the precomposed character where Unicode has one (the canonical
    /// composition with U+0338), otherwise `symbol` followed by U+0338.
    static func negated(_ symbol: String) -> String {
        negations[symbol] ?? symbol + "\u{0338}"
    }

    private static let negations: [String: String] = [
        "=": "≠", "<": "≮", ">": "≯", "∈": "∉", "∋": "∌", "≤": "≰", "≥": "≱", "≡": "≢", "∼": "≁",
        "≈": "≉", "≃": "≄", "≅": "≇", "≍": "≭", "⊂": "⊄", "⊃": "⊅", "⊆": "⊈", "⊇": "⊉", "∣": "∤",
        "∥": "∦", "≺": "⊀", "≻": "⊁", "≼": "⋠", "≽": "⋡", "≲": "≴", "≳": "≵", "≶": "≸", "≷": "≹",
        "⊢": "⊬", "⊨": "⊭", "⊩": "⊮", "⊑": "⋢", "⊒": "⋣", "⊲": "⋪", "⊳": "⋫", "⊴": "⋬", "⊵": "⋭",
        "←": "↚", "→": "↛", "↔": "↮", "⇐": "⇍", "⇒": "⇏", "⇔": "⇎", "∃": "∄",
    ]

    /// Delimiters accepted after `\left`, `\right`, `\middle` and `\big…`; `""` is the empty `.`.
    static func delimiter(_ token: Token) -> String? {
        switch token.kind {
        case .symbol(let text):
            switch text {
            case "(", ")", "[", "]", "|", "/", "‖", "⟨", "⟩", "⌊", "⌋", "⌈", "⌉": return text
            case "<": return "⟨"
            case ">": return "⟩"
            case ".": return ""
            default: return nil
            }
        case .command(let name):
            switch name {
            case "{", "lbrace": return "{"
            case "}", "rbrace": return "}"
            case "|", "Vert", "lVert", "rVert": return "‖"
            case "vert", "lvert", "rvert": return "|"
            case "langle": return "⟨"
            case "rangle": return "⟩"
            case "lbrack": return "["
            case "rbrack": return "]"
            case "lfloor": return "⌊"
            case "rfloor": return "⌋"
            case "lceil": return "⌈"
            case "rceil": return "⌉"
            case "uparrow": return "↑"
            case "downarrow": return "↓"
            case "Uparrow": return "⇑"
            case "Downarrow": return "⇓"
            case "updownarrow": return "↕"
            case "backslash": return "\\"
            default: return nil
            }
        default:
            return nil
        }
    }
}
