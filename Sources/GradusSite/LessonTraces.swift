import Foundation
import GradusLessons
import GradusPages
import GradusRuns

/// `gradus run FILE`: the course of FILE's folder holding that lesson (and its twin when it shares the twin's
/// examples), then the stage run examples; the traces are worded in the lesson's language.
public struct LessonTraces: Sendable {
    public let course: Course

    /// Loads `file` as `Course.load(lessonFile:overrides:)` does.
    public init(file: URL, overrides: ExampleOverrides = .none) throws(Diagnostics) {
        course = try Course.load(lessonFile: file, overrides: overrides)
    }

    /// The lesson of the file.
    public var lesson: Lesson { course.lessons[0].lesson }

    /// Runs the lesson's examples, or only the one named `example`; a shared example runs once.
    public func run(example: String? = nil) throws(StageFailure) -> [ExampleRun] {
        let work = try Pipeline([.runExamples(jobs: 1, example: example, explores: false)]).run(CourseWork(course))
        return work.runs[0]?.runs ?? []
    }

    /// A run as a table for a terminal, its outcome in the lesson's language (English words stay as the trace says
    /// them).
    public func table(_ run: ExampleRun) -> String {
        let outcome = run.trace.outcome
        let words = Localization(language: lesson.language).outcome(outcome)
        return TraceExport.table(run, outcome: words == Localization(language: "en").outcome(outcome) ? nil : words)
    }
}
