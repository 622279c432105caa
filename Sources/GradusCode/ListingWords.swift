/// The words of the listings and notebooks — every comment, docstring and printed sentence — in one language. Code
/// identifiers and torch/NumPy names are not words: they stay as they are in every language. Adding a language is
/// adding one table to `ListingWords.all`.
public struct ListingWords: Sendable {
    /// The language tag, as in a lesson's file name (`NAME.zh.md`).
    public let language: String
    /// The text of every key, with `{name}` placeholders.
    public let texts: [ListingKey: String]

    /// The tables Gradus has; a lesson in any other language gets English listings.
    public static let all: [String: ListingWords] = [english.language: english, chinese.language: chinese]

    /// The table for a language tag: the tag itself, then its primary language (`zh-Hans` → `zh`), else English.
    public static func table(for language: String) -> ListingWords {
        all[language] ?? language.split(separator: "-").first.flatMap { all[String($0)] } ?? english
    }

    /// The text of `key` with its `{name}` placeholders filled in from `values` in one pass (a value is never read
    /// for placeholders); a placeholder without a value stays as it is.
    public func callAsFunction(_ key: ListingKey, _ values: [String: String] = [:]) -> String {
        var out = ""
        var rest = Substring(texts[key] ?? "")
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                out += value
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }

    /// The placeholder names in `key`'s text, for checking that every table fills the same ones.
    public func placeholders(_ key: ListingKey) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(texts[key] ?? "")
        while let open = rest.firstIndex(of: "{") {
            rest = rest[rest.index(after: open)...]
            guard let close = rest.firstIndex(of: "}") else { break }
            if rest[..<close].allSatisfy({ $0.isASCII && $0.isLetter }) { names.insert(String(rest[..<close])) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

/// Every text of a listing or notebook that is written in the lesson's language.
public enum ListingKey: String, CaseIterable, Sendable {
    // The header and the end of every listing.
    case headerSource
    case headerGenerated
    case headerPrints
    case headerNames
    case nameIs
    case nameSeparator
    case tableRows
    case history

    // Why there is no listing.
    case newtonNeedsHessian
    case torchHasNoNewton

    // Outcomes, printed at the end.
    case outcomeNotFinite
    case outcomePast
    case outcomeGradient
    case outcomeLossChange
    case outcomeLimit
    case outcomeIndefinite
    case outcomeLineSearch

    // Objectives and data.
    case dataColumns
    case oneRowPerSample
    case sumNote
    case halfMSEDoc
    case mseDoc
    case residuals
    case logisticDoc
    case probabilities
    case quadraticDoc
    case centredDoc
    case leastAt
    case rosenbrockDoc
    case himmelblauDoc
    case boothDoc
    case bealeDoc
    case yPower
    case wavyDoc
    case formulaDoc

    // Methods.
    case stepFactor
    case armijo
    case positiveDefinite
    case fallBackToGradient
    case newtonAnyway
    case momentumBuffer
    case firstMoment
    case secondMoment
    case squaredGradients
    case gradientClipping
    case clipNorm
    case maximize
    case nesterov
    case stepsTaken
    case decoupledDecay
    case schedule
    case scheduleClosedForm
    case backIntoBox

    // Mini-batches.
    case samplerNote
    case splitmixDoc
    case shuffledDoc
    case batchesDoc
    case miniBatch
}
