import Yams

/// Parses a lesson file: YAML front matter between `---` lines, then the Markdown body.
public enum LessonParser {
    static let keys = ["title", "order", "summary", "raw-html", "examples", "examples-from", "notation", "vary"]

    /// Parses `source`; `slug` names the page. Every problem found is reported, each at its place.
    public static func parse(
        _ source: SourceFile, slug: String, language: String = "en", dataFiles: any DataFiles = NoDataFiles(),
        overrides: ExampleOverrides = .none
    ) throws(Diagnostics) -> Lesson {
        let text = source.text
        let start = source.location(line: 1, column: 1)
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else {
            throw Diagnostics(
                start, "a lesson starts with YAML front matter: a line '---', the fields, and a line '---'")
        }
        let utf8 = Array(text.utf8)
        var lineStart = text.hasPrefix("---\r\n") ? 5 : 4
        let yamlStart = lineStart
        var yamlEnd: Int? = nil
        var bodyStart = utf8.count
        while lineStart < utf8.count {
            var lineEnd = lineStart
            while lineEnd < utf8.count, utf8[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let line = String(decoding: utf8[lineStart..<lineEnd], as: UTF8.self)
            if line == "---" || line == "---\r" {
                yamlEnd = lineStart
                bodyStart = min(lineEnd + 1, utf8.count)
                break
            }
            lineStart = lineEnd + 1
        }
        guard let yamlEnd else { throw Diagnostics(start, "the front matter is not closed by a line '---'") }
        let reader = YAMLReader(source: source, firstLine: 2)
        let yaml = String(decoding: utf8[yamlStart..<yamlEnd], as: UTF8.self)
        guard let composed = try reader.compose(yaml) else {
            throw Diagnostics(start, "the front matter is empty; it needs at least 'title' and 'order'")
        }
        let root = try overrides.apply(to: composed, reader: reader)
        var problems: [Diagnostic] = []
        var title: String? = nil
        var order: Int? = nil
        var summary = ""
        var rawHTML = false
        var examples: [Example] = []
        var declaresExamples = false
        var examplesFrom: (file: String, location: SourceLocation)? = nil
        var notation: Notation? = nil
        var varyNode: Node? = nil
        do throws(Diagnostics) {
            for pair in try reader.mapping(root, allowed: keys, what: "the front matter") {
                do throws(Diagnostics) {
                    switch pair.key {
                    case "title": title = try reader.string(pair.value, what: "'title'")
                    case "order": order = try reader.int(pair.value, what: "'order'")
                    case "summary": summary = try reader.string(pair.value, what: "'summary'")
                    case "notation": notation = try Self.notation(pair.value, reader: reader)
                    case "raw-html": rawHTML = try reader.bool(pair.value, what: "'raw-html'")
                    case "vary": varyNode = pair.value
                    case "examples":
                        declaresExamples = true
                        examples = try ExampleParser(reader: reader, files: dataFiles).examples(pair.value)
                    case "examples-from":
                        let file = try reader.string(pair.value, what: "'examples-from'")
                        guard file.hasSuffix(".md"), !file.contains("/") else {
                            throw Diagnostics(
                                reader.location(pair.value),
                                "'examples-from' names a lesson file beside this one, e.g. \(slug).md")
                        }
                        examplesFrom = (file, reader.location(pair.value))
                    default: break
                    }
                } catch {
                    problems += error.all
                }
            }
        } catch {
            problems += error.all
        }
        if declaresExamples, let examplesFrom, problems.isEmpty {
            problems.append(
                Diagnostic(
                    examplesFrom.location,
                    "a lesson either declares 'examples' or takes them with 'examples-from', not both"))
        }
        var variation: Variation? = nil
        if let varyNode, problems.isEmpty {
            do throws(Diagnostics) {
                guard declaresExamples else {
                    throw reader.fail(varyNode, "'vary' belongs to the lesson that declares the examples it changes")
                }
                variation = try Self.variation(varyNode, reader: reader, examples: examples)
            } catch {
                problems += error.all
            }
        }
        if title == nil, problems.isEmpty { problems.append(Diagnostic(start, "the front matter has no 'title'")) }
        if order == nil, problems.isEmpty { problems.append(Diagnostic(start, "the front matter has no 'order'")) }
        if let deep = NestingLimits.firstTooDeepMarkdown(utf8[bodyStart...]) {
            throw Diagnostics(
                source.location(atUTF8Offset: bodyStart + deep),
                "the Markdown is nested more than \(NestingLimits.markdown) levels deep (block quotes, lists, emphasis, links)"
            )
        }
        var scanner = BodyScanner(source: source, body: text.utf8.dropFirst(bodyStart), base: bodyStart)
        let body = scanner.scan()
        problems += scanner.problems
        var variants: [String: Example] = [:]
        if declaresExamples && problems.isEmpty {
            let found = exploreVariants(body, root: root, reader: reader, files: dataFiles)
            variants = found.variants
            problems += found.problems
        }
        // Two examples reading the same bad CSV file report the same problem once.
        var unique: [Diagnostic] = []
        for problem in problems where !unique.contains(problem) { unique.append(problem) }
        if !unique.isEmpty { throw Diagnostics(unique) }
        var lesson = Lesson(
            source: source, slug: slug, language: language, title: title ?? "", order: order ?? 0, summary: summary,
            allowsRawHTML: rawHTML, examples: examples, body: body)
        lesson.declaresExamples = declaresExamples
        lesson.exploreVariants = variants
        lesson.notation = notation
        lesson.variation = variation
        lesson.examplesFrom = examplesFrom.map { SharedExamples(file: $0.file, location: $0.location) }
        return lesson
    }
}
