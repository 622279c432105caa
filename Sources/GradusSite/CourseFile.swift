import GradusLessons
import GradusPages
import Yams

/// `course.yaml`: the course's main `language` and its `title`, one text or one per language
/// (`title: {en: …, zh: …}`), and the `source` article it is built from.
enum CourseFile {
    static func parse(_ source: SourceFile) throws(Diagnostics) -> CourseInfo {
        let reader = YAMLNodes(source: source)
        let start = source.location(line: 1, column: 1)
        let node = try composeYAML(source)
        guard let mapping = node?.mapping else {
            throw Diagnostics(start, "course.yaml must map 'title' and 'language'")
        }
        var titles: [String: String] = [:]
        var language = "en"
        var title: Node? = nil
        var source: Node? = nil
        for (key, value) in mapping {
            switch key.string {
            case "title": title = value
            case "source": source = value
            case "language":
                guard let text = value.string, LanguageTag.isValid(text) else {
                    throw Diagnostics(reader.location(value), "'language' must be a language tag such as en or zh")
                }
                language = text
            default:
                throw Diagnostics(
                    reader.location(key),
                    "unknown key '\(key.string ?? "")' in course.yaml; expected title, language, source")
            }
        }
        if let title {
            if let text = title.string {
                titles[language] = text
            } else if let perLanguage = title.mapping {
                for (key, value) in perLanguage {
                    guard let tag = key.string, LanguageTag.isValid(tag), let text = value.string else {
                        throw Diagnostics(reader.location(key), "'title' maps language tags to texts")
                    }
                    titles[tag] = text
                }
            } else {
                throw Diagnostics(reader.location(title), "'title' is a text, or one text per language")
            }
        }
        let others = titles.keys.filter { $0 != language }.sorted()
        var info = CourseInfo(
            titles: titles.isEmpty ? [language: "Gradus course"] : titles, languages: [language] + others)
        info.source = try source.map { node throws(Diagnostics) in
            try Self.source(node, reader: reader, language: language)
        }
        return info
    }
}

/// Locations of YAML nodes in a file.
struct YAMLNodes {
    let source: SourceFile
    func location(_ node: Node) -> SourceLocation {
        source.location(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }
}

/// Language tags as lesson file names carry them: `en`, `zh`, `pt-BR`.
enum LanguageTag {
    static func isValid(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase })
        else {
            return false
        }
        return parts.count == 1
            || (parts.count == 2 && parts[1].count == 2 && parts[1].allSatisfy { $0.isASCII && $0.isUppercase })
    }

    /// `gradient-descent.zh.md` → ("gradient-descent", "zh"); `gradient-descent.md` → ("gradient-descent", nil).
    static func split(fileName: String) -> (slug: String, language: String?) {
        let stem = String(fileName.dropLast(3))
        if let dot = stem.lastIndex(of: "."), isValid(String(stem[stem.index(after: dot)...])) {
            return (String(stem[..<dot]), String(stem[stem.index(after: dot)...]))
        }
        return (stem, nil)
    }
}
