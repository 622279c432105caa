import Foundation
import GradusLessons
import GradusPages
import GradusRuns

/// `gradus check`: reruns every lesson's examples and compares them with the golden files beside the lessons.
public struct SiteCheck {
    public let content: URL

    public init(content: URL) { self.content = content }

    /// What one lesson's check found.
    public struct LessonResult: Sendable {
        public let lesson: String
        public let examples: [String]
        public let golden: String
        /// Nil when the golden file is missing.
        public let differences: [GoldenDifference]?
        /// For `--update`: the lines that changed (`- old`, `+ new`), empty when nothing did.
        public let changes: [String]

        public var passed: Bool { differences?.isEmpty == true }

        /// What `gradus check` prints for this lesson: lines for standard output, and diagnostics for standard error.
        public func report(update: Bool) -> (lines: [String], problems: [String]) {
            if update {
                return ([changes.isEmpty ? "\(golden): unchanged" : "\(golden): updated"] + changes.map { "  \($0)" }, [])
            }
            guard let differences else {
                return ([], ["\(lesson):1:1: error: no golden file \(golden); run 'gradus check --update'"])
            }
            if differences.isEmpty { return (["\(lesson): ok (\(examples.joined(separator: ", ")))"], []) }
            return ([], differences.map(\.description))
        }
    }

    /// Checks (or, with `update`, rewrites) the golden files. Lesson errors are diagnostics, as in a build.
    public func run(update: Bool) throws(Diagnostics) -> [LessonResult] {
        let folder = ContentFolder(url: content)
        let lessons = try SiteBuild(content: content, output: content).parseLessons(in: folder, course: folder.course())
        var results: [LessonResult] = []
        for (lessonFile, lesson) in lessons {
            let run = Executor.run(lesson)
            let file = lessonFile.deletingPathExtension().appendingPathExtension("golden")
            let shown = folder.displayPath(file)
            let existing: GoldenFile?
            if FileManager.default.fileExists(atPath: file.path) {
                existing = try GoldenFile(parsing: folder.source(of: file))
            } else {
                existing = nil
            }
            let examples = lesson.examples.map(\.name)
            if update {
                let now = Golden.record(run)
                let changes = Self.changes(from: existing, to: now)
                if existing != now {
                    do {
                        try Data(now.text.utf8).write(to: file, options: .atomic)
                    } catch {
                        throw Diagnostics(SourceLocation(path: shown, line: 1, column: 1), "cannot write the golden file")
                    }
                }
                results.append(LessonResult(lesson: lesson.source.path, examples: examples, golden: shown, differences: [], changes: changes))
            } else {
                let differences = existing.map { Golden.compare($0, with: run) }
                results.append(LessonResult(lesson: lesson.source.path, examples: examples, golden: shown, differences: differences, changes: []))
            }
        }
        return results
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
                xml += "<failure message=\"\(escape(message))\">\(escape(differences.map(\.description).joined(separator: "\n")))</failure>\n"
            } else {
                xml += "<failure message=\"no golden file \(escape(result.golden))\">run gradus check --update</failure>\n"
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
