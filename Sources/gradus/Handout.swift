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
        @Flag(help: "Also write the teacher's edition of each handout (SLUG.teacher.html): exercises with answers.")
        var teacher = false
        @Option(
            help: "Write this many numbered exercise sheets of each lesson that declares 'vary:', and an answer key.")
        var variants: Int?
        @Option(help: "The seed that draws the variants (the same seed gives the same sheets).") var seed: UInt64 = 1

        func validate() throws {
            if let variants, !(1...GradusSite.Variants.limit).contains(variants) {
                throw ValidationError("--variants must be between 1 and \(GradusSite.Variants.limit)")
            }
        }
        @Option(help: "The paper the handouts are laid out for: a4 or letter.") var paper: Paper = .a4

        func run() throws {
            do {
                var handouts = SiteHandouts(
                    content: options.contentURL, output: URL(fileURLWithPath: output), jobs: options.jobs,
                    claims: claims, teacher: teacher, paper: paper)
                handouts.variants = variants.map { GradusSite.Variants(count: $0, seed: seed) }
                let files = try handouts.run(pdf: pdf)
                print("wrote \(files.count) handout files into \(output)/")
            } catch {
                throw fail(error)
            }
        }
    }
}

extension Paper: ExpressibleByArgument {}
