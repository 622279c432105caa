@testable import GradusLessons
import Testing

/// A lesson file with the given front-matter lines and body.
func lessonText(examples: String = seedExample, body: String = "Text.\n") -> String {
    "---\ntitle: T\norder: 1\nexamples:\n\(examples)---\n\(body)"
}

let seedExample = """
      - name: seed
        objective: linear-regression
        data:
          x: [[1, 2], [2, 3], [3, 4], [4, 5]]
          y: [1, 2, 3, 4]
        start: [0.5, -0.5]
        optimizer: {method: gd, lr: 0.01}
        stop: {max-iterations: 10}

    """

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
