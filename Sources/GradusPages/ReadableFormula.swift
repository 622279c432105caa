/// A formula as an author types it (`1 - beta^t`, `x^2/8 + sin(3*x)`) written for a reader of a legend or caption:
/// Greek names as letters, a minus sign, a centred dot for `*`, and a one-character power as a superscript where
/// Unicode has one (`1 − βᵗ`). Anything else is kept as typed.
enum ReadableFormula {
    static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "eta": "η", "theta": "θ",
        "kappa": "κ", "lambda": "λ", "mu": "μ", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ", "omega": "ω",
    ]
    static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "i": "ⁱ", "k": "ᵏ", "n": "ⁿ", "t": "ᵗ", "x": "ˣ",
    ]

    static func text(_ formula: String) -> String {
        let characters = Array(formula)
        var out = ""
        var i = 0
        func isNameCharacter(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "_") }
        while i < characters.count {
            let c = characters[i]
            if c.isASCII, c.isLetter || c == "_" {
                var j = i
                while j < characters.count, isNameCharacter(characters[j]) { j += 1 }
                let name = String(characters[i..<j])
                out += greek[name] ?? name
                i = j
            } else if c == "^", i + 1 < characters.count, let raised = superscripts[characters[i + 1]],
                i + 2 == characters.count || !isNameCharacter(characters[i + 2])
            {
                out.append(raised)
                i += 2
            } else if c == "^", i + 1 < characters.count, let name = greekName(at: i + 1, in: characters) {
                // A Greek power has no superscript letter: kept as a power, with its letter.
                out += "^" + (greek[name] ?? name)
                i += 1 + name.count
            } else {
                out += c == "-" ? "−" : c == "*" ? "·" : String(c)
                i += 1
            }
        }
        return out
    }

    /// The Greek name that starts at `index`, when the whole name there is one.
    static func greekName(at index: Int, in characters: [Character]) -> String? {
        var j = index
        while j < characters.count, characters[j].isASCII, characters[j].isLetter { j += 1 }
        let name = String(characters[index..<j])
        return greek[name] == nil ? nil : name
    }
}
