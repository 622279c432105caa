import GradusLessons
import GradusPages
import Yams

extension CourseFile {
    static let sourceKeys = ["title", "author", "publisher", "date", "url"]

    /// `source: {title, author, publisher, date, url}`: the article the course is built from. `title` is required
    /// (one text, or one per language); the others are texts and may be left out.
    static func source(_ node: Node, reader: YAMLNodes, language: String) throws(Diagnostics) -> SourceCitation {
        guard let mapping = node.mapping else {
            throw Diagnostics(reader.location(node), "'source' maps title, author, publisher, date and url to texts")
        }
        var citation = SourceCitation(titles: [:])
        for (key, value) in mapping {
            guard let name = key.string, sourceKeys.contains(name) else {
                throw Diagnostics(
                    reader.location(key),
                    "unknown key '\(key.string ?? "")' in 'source'; expected one of: \(sourceKeys.joined(separator: ", "))"
                )
            }
            if name == "title", let perLanguage = value.mapping {
                for (tag, text) in perLanguage {
                    guard let tag = tag.string, LanguageTag.isValid(tag), let text = text.string, !text.isEmpty else {
                        throw Diagnostics(reader.location(tag), "'title' of 'source' maps language tags to texts")
                    }
                    citation.titles[tag] = text
                }
                continue
            }
            guard case .scalar = value, let text = value.string, !text.allSatisfy(\.isWhitespace) else {
                throw Diagnostics(reader.location(value), "'\(name)' of 'source' must be a text that is not empty")
            }
            switch name {
            case "title": citation.titles[language] = text
            case "author": citation.author = text
            case "publisher": citation.publisher = text
            case "date": citation.date = text
            default:
                guard text.hasPrefix("https://") || text.hasPrefix("http://") else {
                    throw Diagnostics(reader.location(value), "'url' of 'source' must start with https:// or http://")
                }
                citation.url = text
            }
        }
        guard !citation.titles.isEmpty else { throw Diagnostics(reader.location(node), "'source' needs a 'title'") }
        return citation
    }
}
