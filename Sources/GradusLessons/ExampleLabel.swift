/// What a page calls an example (`label:` in the example): one text for every language, or one per language
/// (`label: {en: …, zh: …}`). A page never shows the example's `name`; without a label it describes the method.
public struct ExampleLabel: Sendable, Equatable {
    /// The label for every language without its own.
    public var text: String? = nil
    /// Labels by language tag.
    public var byLanguage: [String: String] = [:]

    public init(text: String? = nil, byLanguage: [String: String] = [:]) {
        self.text = text
        self.byLanguage = byLanguage
    }

    /// The label for `language` (its own, then its primary tag's, then the label for every language), if any.
    public func text(in language: String) -> String? {
        byLanguage[language] ?? language.split(separator: "-").first.flatMap { byLanguage[String($0)] } ?? text
    }
}
