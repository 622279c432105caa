import Foundation
import GradusLessons
import GradusPages
import GradusRuns

/// `gradus handout --variants N --seed S`: N numbered exercise sheets of every lesson that declares `vary:`, and one
/// answer key; the same seed gives the same sheets, byte for byte.
public struct Variants: Sendable {
    public let count: Int
    public let seed: UInt64

    /// The most sheets one command writes.
    public static let limit = 1000

    public init(count: Int, seed: UInt64) {
        self.count = count
        self.seed = seed
    }
}

extension Stage where Work == CourseWork {
    /// Runs every variant of each lesson that declares `vary:` (the lesson read again with the variant's settings, as
    /// `gradus run --set` reads it) and writes its sheets and key beside the handouts, laid out for `paper`. A claim,
    /// binding or exercise that fails for a variant stops the command, naming the variant.
    public static func renderVariants(_ variants: Variants, jobs: Int, paper: Paper = .a4) -> Stage {
        Stage("render variants") { (work: inout CourseWork) throws(Diagnostics) in
            let course = work.course
            let owners = course.owners.filter { course.lessons[$0].lesson.variation != nil }
            guard !owners.isEmpty else {
                throw Diagnostics(
                    SourceLocation(path: course.content.relativePath, line: 1, column: 1),
                    "--variants: no lesson of this course declares 'vary:' (see docs/authoring.md, Variants)")
            }
            var problems: [Diagnostic] = []
            for owner in owners {
                guard let variation = course.lessons[owner].lesson.variation else { continue }
                let files =
                    [course.lessons[owner].file]
                    + course.lessons.indices.filter { course.lessons[$0].twin == owner }.map { course.lessons[$0].file }
                let made = Parallel.map(Array(1...variants.count), jobs: jobs) {
                    number -> Result<LessonVariant, Diagnostics> in
                    Result { () throws(Diagnostics) -> LessonVariant in
                        let loader = CourseLoader(
                            folder: ContentFolder(url: course.content), info: course.info,
                            overrides: variation.overrides(variant: number, seed: variants.seed))
                        do throws(Diagnostics) {
                            let lessons = try loader.load(files)
                            let runs = lessons[0].lesson.examples.map { Executor.run($0) }
                            return LessonVariant(
                                number: number, choice: variation.choice(variant: number, seed: variants.seed),
                                runs: lessons.map { LessonRun(lesson: $0.lesson, runs: runs) })
                        } catch {
                            let named =
                                "variant \(number) (\(variation.describe(variation.choice(variant: number, seed: variants.seed))))"
                            throw Diagnostics(error.all.map { Diagnostic($0.location, "\(named): \($0.message)") })
                        }
                    }
                }
                var ready: [LessonVariant] = []
                for result in made {
                    switch result {
                    case .success(let variant): ready.append(variant)
                    case .failure(let error): problems += error.all
                    }
                }
                guard problems.isEmpty else { continue }
                do throws(Diagnostics) {
                    work.files += try VariantSheets.render(
                        ready, variation: variation, course: course.info, assets: course.assets, theme: course.theme,
                        layout: PrintLayout(paper: paper))
                } catch {
                    problems += error.all
                }
            }
            if !problems.isEmpty { throw Diagnostics(problems) }
            work.files.sort { $0.path < $1.path }
        }
    }
}
