import ArgumentParser
import Foundation
import GradusSite

extension Gradus {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Build the site from the content folder.")

        @OptionGroup var options: CourseOptions
        @Option(help: "The folder the site is written to (replaced as a whole).") var output = "output"
        @Flag(help: "Run every lesson again instead of reusing unchanged ones from .gradus-cache.") var noCache = false

        func run() throws {
            do {
                let outputURL = URL(fileURLWithPath: output)
                let summary = try SiteBuild(
                    content: options.contentURL, output: outputURL,
                    cache: noCache ? nil : SiteBuild.defaultCache(for: outputURL), jobs: options.jobs
                ).run()
                print(
                    "built \(count(summary.lessons, "lesson")) (\(count(summary.examples, "example"))) into \(output)/: "
                        + "\(count(summary.files.count, "file")); \(summary.rerun.count) run, \(summary.reused.count) unchanged"
                )
            } catch {
                throw fail(error)
            }
        }
    }
}
