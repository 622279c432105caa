import ArgumentParser
import Foundation
import GradusSite

extension Gradus {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rerun every example and compare with the golden values beside the lessons.",
            discussion: "Exits 0 when everything matches, 1 when anything differs.")

        @OptionGroup var options: CourseOptions
        @Flag(help: "Rewrite the golden files with the values of this run and print what changed.") var update = false
        @Option(help: "Also write a JUnit XML report to this file.") var junit: String?

        func run() throws {
            let results: [SiteCheck.LessonResult]
            do {
                results = try SiteCheck(content: options.contentURL, jobs: options.jobs).run(update: update)
            } catch {
                throw fail(error)
            }
            do {
                if let junit { try SiteCheck.write(SiteCheck.junit(results), to: junit) }
            } catch {
                throw fail(error)
            }
            for result in results {
                let report = result.report(update: update)
                for line in report.lines { print(line) }
                for problem in report.problems { printError(problem) }
            }
            if !update && !results.allSatisfy(\.passed) { throw ExitCode(1) }
        }
    }
}
