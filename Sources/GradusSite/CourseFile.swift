import Foundation
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
        var language = "en"
        var title: Node? = nil
        var source: Node? = nil
        var texts: [(key: String, node: Node)] = []
        var handouts: Node? = nil
        var glossary: Node? = nil
        for (key, value) in mapping {
            switch key.string {
            case "title": title = value
            case "source": source = value
            case "handouts": handouts = value
            case "glossary": glossary = value
            case "introduction", "audience", "prerequisites", "objectives": texts.append((key.string ?? "", value))
            case "language":
                guard let text = value.string, LanguageTag.isValid(text) else {
                    throw Diagnostics(reader.location(value), "'language' must be a language tag such as en or zh")
                }
                language = text
            default:
                throw Diagnostics(
                    reader.location(key),
                    "unknown key '\(key.string ?? "")' in course.yaml; expected title, language, source, introduction, audience, prerequisites, objectives, handouts, glossary"
                )
            }
        }
        let titles =
            try title.map { node throws(Diagnostics) in
                try perLanguage(node, "title", reader: reader, language: language, item: Self.text)
            } ?? [:]
        let others = titles.keys.filter { $0 != language }.sorted()
        var info = CourseInfo(
            titles: titles.isEmpty ? [language: "Gradus course"] : titles, languages: [language] + others)
        info.source = try source.map { node throws(Diagnostics) in
            try Self.source(node, reader: reader, language: language)
        }
        for (key, node) in texts {
            switch key {
            case "introduction":
                info.front.introduction = try perLanguage(
                    node, key, reader: reader, language: language, item: Self.text)
            case "audience":
                info.front.audience = try perLanguage(node, key, reader: reader, language: language, item: Self.text)
            case "prerequisites":
                info.front.prerequisites = try perLanguage(
                    node, key, reader: reader, language: language, item: Self.text)
            default:
                info.front.objectives = try perLanguage(node, key, reader: reader, language: language, item: Self.list)
            }
        }
        if let glossary { info.glossary = try Self.glossary(glossary, reader: reader, language: language) }
        if let handouts {
            guard let path = handouts.string, !path.isEmpty else {
                throw Diagnostics(
                    reader.location(handouts),
                    "'handouts' is the folder 'gradus handout' wrote, relative to course.yaml")
            }
            let folder = URL(fileURLWithPath: reader.source.path).deletingLastPathComponent().appendingPathComponent(
                path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
                throw Diagnostics(
                    reader.location(handouts),
                    "the handouts folder '\(path)' (relative to course.yaml) does not exist; write it with 'gradus handout --pdf' before building"
                )
            }
            info.handoutsFolder = folder.standardizedFileURL.path
        }
        return info
    }
}

extension CourseFile {
    /// `node` as one value in the course's main language, or as a mapping from language tags to values; each value
    /// read by `item` (nil when it is not what `key` takes).
    static func perLanguage<Value>(
        _ node: Node, _ key: String, reader: YAMLNodes, language: String, item: (Node) -> Value?
    ) throws(Diagnostics) -> [String: Value] {
        if let value = item(node) { return [language: value] }
        let what = key == "objectives" ? "a list of texts" : "a text"
        guard let mapping = node.mapping, !mapping.isEmpty else {
            throw Diagnostics(reader.location(node), "'\(key)' is \(what), or one per language ({en: …, zh: …})")
        }
        var values: [String: Value] = [:]
        for (tag, value) in mapping {
            guard let tag = tag.string, LanguageTag.isValid(tag) else {
                throw Diagnostics(reader.location(tag), "'\(key)' maps language tags such as en or zh to values")
            }
            guard let read = item(value) else {
                throw Diagnostics(reader.location(value), "'\(key)' in '\(tag)' must be \(what) that is not empty")
            }
            values[tag] = read
        }
        return values
    }

    /// `glossary:` a list of `{term: …, zh: …, definition: …}`: the English term, its Chinese term (optional) and
    /// its definition (a text, or one per language). A term given twice is a mistake.
    static func glossary(_ node: Node, reader: YAMLNodes, language: String) throws(Diagnostics) -> [GlossaryEntry] {
        guard let items = node.sequence, !items.isEmpty else {
            throw Diagnostics(reader.location(node), "'glossary' is a list of {term: …, zh: …, definition: …}")
        }
        var entries: [GlossaryEntry] = []
        for item in items {
            guard let mapping = item.mapping else {
                throw Diagnostics(reader.location(item), "a glossary entry maps term, zh and definition")
            }
            var term: String? = nil
            var chinese: String? = nil
            var definitions: [String: String] = [:]
            for (key, value) in mapping {
                switch key.string {
                case "term", "zh":
                    guard let text = text(value) else {
                        throw Diagnostics(
                            reader.location(value), "'\(key.string ?? "")' of a glossary entry must be a text")
                    }
                    if key.string == "term" { term = text } else { chinese = text }
                case "definition":
                    definitions = try perLanguage(
                        value, "definition", reader: reader, language: language, item: Self.text)
                default:
                    throw Diagnostics(
                        reader.location(key),
                        "unknown key '\(key.string ?? "")' in a glossary entry; expected term, zh, definition")
                }
            }
            guard let term, !definitions.isEmpty else {
                throw Diagnostics(reader.location(item), "a glossary entry needs a 'term' and a 'definition'")
            }
            let entry = GlossaryEntry(term: term, chinese: chinese, definitions: definitions)
            guard !entries.contains(where: { $0.anchor == entry.anchor }) else {
                throw Diagnostics(reader.location(item), "the term '\(term)' is already in the glossary")
            }
            entries.append(entry)
        }
        return entries
    }

    /// A text that is not blank.
    static func text(_ node: Node) -> String? {
        guard case .scalar = node, let text = node.string, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }

    /// A list of texts that are not blank, at least one.
    static func list(_ node: Node) -> [String]? {
        guard let items = node.sequence, !items.isEmpty else { return nil }
        let texts = items.compactMap(text)
        return texts.count == items.count ? texts : nil
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
