import ArgumentParser
import Foundation
import GradusPages
import GradusSite

extension Gradus {
    struct Handout: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write self-contained handouts: one HTML file per lesson and one for the whole course.",
            discussion: "Each file carries its stylesheet, math font and figures inline and makes no external request.")

        @OptionGroup var options: CourseOptions
        @Option(help: "The folder the handouts are written to (replaced as a whole).") var output = "handouts"
        @Flag(help: "Also print each handout to PDF with headless Chromium.") var pdf = false
        @Flag(help: "Keep the checked claims (\"How these numbers were checked\") in the handouts, unfolded.")
        var claims = false
        @Option(help: "The paper the handouts are laid out for: a4 or letter.") var paper: Paper = .a4

        func run() throws {
            do {
                let files = try SiteHandouts(
                    content: options.contentURL, output: URL(fileURLWithPath: output), jobs: options.jobs,
                    claims: claims, paper: paper
                )
                .run(pdf: pdf)
                print("wrote \(files.count) handout files into \(output)/")
            } catch {
                throw fail(error)
            }
        }
    }
}

extension Paper: ExpressibleByArgument {}
