import Foundation
import GradusLessons
import GradusPages
import GradusRuns

/// `gradus check`: the course, then the stages run examples → check (or update) golden files beside the lessons.
public struct SiteCheck: Sendable {
    public let content: URL
    /// How many examples may run at once (the results are the same for any number).
    public var jobs: Int

    public init(content: URL, jobs: Int = 1) {
        self.content = content
        self.jobs = max(1, jobs)
    }

    /// What one lesson's check found.
    public struct LessonResult: Sendable {
        public let lesson: String
        public let examples: [String]
        public let golden: String
        /// Nil when the golden file is missing.
        public let differences: [GoldenDifference]?
        /// For `--update`: the lines that changed (`- old`, `+ new`), empty when nothing did.
        public let changes: [String]
        /// The lesson whose examples this one shares, when it has no golden file of its own: its examples are
        /// checked with that lesson's golden file.
        public var sharedWith: String? = nil

        public var passed: Bool { differences?.isEmpty == true }

        /// What `gradus check` prints for this lesson: lines for standard output, and diagnostics for standard error.
        public func report(update: Bool) -> (lines: [String], problems: [String]) {
            if let sharedWith {
                return (["\(lesson): ok (examples of \(sharedWith), checked with its golden file)"], [])
            }
            if update {
                return (
                    [changes.isEmpty ? "\(golden): unchanged" : "\(golden): updated"] + changes.map { "  \($0)" }, []
                )
            }
            guard let differences else {
                return ([], ["\(lesson):1:1: error: no golden file \(golden); run 'gradus check --update'"])
            }
            if differences.isEmpty { return (["\(lesson): ok (\(examples.joined(separator: ", ")))"], []) }
            return ([], differences.map(\.description))
        }
    }

    /// The stages, in order.
    public func stages(update: Bool) -> [Stage<CourseWork>] {
        [.runExamples(jobs: jobs, explores: false), .checkGolden(update: update)]
    }

    /// Checks (or, with `update`, rewrites) the golden files of a loaded course.
    public func run(_ course: Course, update: Bool) throws(StageFailure) -> [LessonResult] {
        try Pipeline(stages(update: update)).run(CourseWork(course)).checks
    }

    /// Loads the course and checks it. Lesson errors are diagnostics, as in a build.
    public func run(update: Bool) throws(StageFailure) -> [LessonResult] {
        try run(Course.loading(content), update: update)
    }

    static func changes(from old: GoldenFile?, to new: GoldenFile) -> [String] {
        let before = Dictionary((old?.entries ?? []).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        var lines: [String] = []
        for entry in old?.entries ?? [] where after[entry.key] != entry.value {
            lines.append("- \(entry.key) = \(GoldenFile.show(entry.value))")
            if let now = after[entry.key] { lines.append("+ \(entry.key) = \(GoldenFile.show(now))") }
        }
        for entry in new.entries where before[entry.key] == nil {
            lines.append("+ \(entry.key) = \(GoldenFile.show(entry.value))")
        }
        return lines
    }

    /// A JUnit XML report: one test case per lesson.
    public static func junit(_ results: [LessonResult]) -> String {
        func escape(_ text: String) -> String { HTML.escape(text) }  // also right for XML text and attributes
        let failures = results.filter { !$0.passed }.count
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"gradus check\" tests=\"\(results.count)\" failures=\"\(failures)\">\n"
        xml += "<testsuite name=\"golden values\" tests=\"\(results.count)\" failures=\"\(failures)\">\n"
        for result in results {
            xml += "<testcase classname=\"gradus.check\" name=\"\(escape(result.lesson))\""
            if result.passed {
                xml += "/>\n"
                continue
            }
            xml += ">\n"
            if let differences = result.differences {
                let message = "\(differences.count) value(s) differ from \(result.golden)"
                xml +=
                    "<failure message=\"\(escape(message))\">\(escape(differences.map(\.description).joined(separator: "\n")))</failure>\n"
            } else {
                xml +=
                    "<failure message=\"no golden file \(escape(result.golden))\">run gradus check --update</failure>\n"
            }
            xml += "</testcase>\n"
        }
        xml += "</testsuite>\n</testsuites>\n"
        return xml
    }

    /// Writes a text file (for `--junit`).
    public static func write(_ text: String, to path: String) throws(Diagnostics) {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Diagnostics(SourceLocation(path: path, line: 1, column: 1), "cannot write the file")
        }
    }
}

/// The golden files beside the lessons: `NAME.golden` for `NAME.md`, `NAME.zh.golden` for `NAME.zh.md`. A lesson that
/// shares another's examples needs none (its examples are checked with the other's); when it has one, it is checked
/// and updated as any other.
struct GoldenFolder {
    let content: URL

    func check(_ work: CourseWork, update: Bool) throws(Diagnostics) -> [SiteCheck.LessonResult] {
        let folder = ContentFolder(url: content)
        var results: [SiteCheck.LessonResult] = []
        for (index, entry) in work.course.lessons.enumerated() {
            guard let run = work.runs[index] else { continue }
            let lesson = entry.lesson
            let file = entry.file.deletingPathExtension().appendingPathExtension("golden")
            let shown = folder.displayPath(file)
            let existing: GoldenFile?
            if FileManager.default.fileExists(atPath: file.path) {
                existing = try GoldenFile(parsing: folder.source(of: file))
            } else {
                existing = nil
            }
            let examples = lesson.examples.map(\.name)
            if existing == nil, let twin = entry.twin {
                var result = SiteCheck.LessonResult(
                    lesson: lesson.source.path, examples: examples, golden: shown, differences: [], changes: [])
                result.sharedWith = work.course.lessons[twin].lesson.source.path
                results.append(result)
            } else if update {
                let now = Golden.record(run)
                let changes = SiteCheck.changes(from: existing, to: now)
                if existing != now {
                    do {
                        try Data(now.text.utf8).write(to: file, options: .atomic)
                    } catch {
                        throw Diagnostics(
                            SourceLocation(path: shown, line: 1, column: 1), "cannot write the golden file")
                    }
                }
                results.append(
                    SiteCheck.LessonResult(
                        lesson: lesson.source.path, examples: examples, golden: shown, differences: [], changes: changes
                    ))
            } else {
                let differences = existing.map { Golden.compare($0, with: run) }
                results.append(
                    SiteCheck.LessonResult(
                        lesson: lesson.source.path, examples: examples, golden: shown, differences: differences,
                        changes: []))
            }
        }
        return results
    }
}
