/// Lesson sources for tests: front matter with examples, then a body.
public enum LessonText {
    /// A lesson file titled T, first in order, with the given `examples:` lines (indented list items) and body.
    public static func lesson(examples: String = seedExample, body: String = "Text.\n") -> String {
        "---\ntitle: T\norder: 1\nexamples:\n\(examples)---\n\(body)"
    }

    /// The course's seed regression (four samples, two features), ten gradient steps of 0.01.
    public static let seedExample = """
          - name: seed
            objective: linear-regression
            data:
              x: [[1, 2], [2, 3], [3, 4], [4, 5]]
              y: [1, 2, 3, 4]
            start: [0.5, -0.5]
            optimizer: {method: gd, lr: 0.01}
            stop: {max-iterations: 10}

        """
}
