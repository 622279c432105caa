import GradusTestSupport
import Testing

@testable import GradusLessons

func parse(_ text: String) throws(Diagnostics) -> Lesson {
    try LessonParser.parse(SourceFile(path: "lesson.md", text: text), slug: "lesson")
}

/// The single diagnostic parsing `text` gives, as printed.
func diagnostic(_ text: String) -> String? {
    do {
        _ = try parse(text)
        return nil
    } catch {
        return error.description
    }
}
