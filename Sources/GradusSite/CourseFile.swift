import GradusLessons
import GradusPages
import Yams

/// `course.yaml`: `title:` and `language:` of the whole site.
enum CourseFile {
    static func parse(_ source: SourceFile) throws(Diagnostics) -> CourseInfo {
        let start = source.location(line: 1, column: 1)
        let node: Node?
        do {
            node = try Yams.compose(yaml: source.text)
        } catch {
            throw Diagnostics(start, "malformed YAML in course.yaml")
        }
        guard let mapping = node?.mapping else { throw Diagnostics(start, "course.yaml must map 'title' (and 'language') to text") }
        var title = "Gradus course"
        var language = "en"
        for (key, value) in mapping {
            let here = source.location(line: key.mark?.line ?? 1, column: key.mark?.column ?? 1)
            switch key.string {
            case "title": title = value.string ?? title
            case "language": language = value.string ?? language
            default: throw Diagnostics(here, "unknown key '\(key.string ?? "")' in course.yaml; expected title, language")
            }
        }
        return CourseInfo(title: title, language: language)
    }
}
