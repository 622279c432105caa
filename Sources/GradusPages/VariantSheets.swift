import Foundation
import GradusLessons
import GradusRuns
import GradusText

/// One variant of a lesson: its number, which value of each key of `vary:` it takes, and the runs with those
/// settings of the lesson and of the translations that share its examples.
public struct LessonVariant: Sendable {
    public let number: Int
    public let choice: [Int]
    public let runs: [LessonRun]

    public init(number: Int, choice: [Int], runs: [LessonRun]) {
        self.number = number
        self.choice = choice
        self.runs = runs
    }
}

/// Numbered exercise sheets for students, one per variant, and one answer key with every variant's answers, per
/// language: `variants/SLUG/sheet-07.html` and `variants/SLUG/key.html` (under `LANG/` for other languages). They
/// are printed as the handouts are (`layout`): the paper, the course and the lesson in the header, page numbers.
public enum VariantSheets {
    public static func render(
        _ variants: [LessonVariant], variation: Variation, course: CourseInfo, assets: SiteAssets = SiteAssets(),
        theme: Theme = .standard, layout: PrintLayout = PrintLayout()
    ) throws(Diagnostics) -> [PageFile] {
        let style = Handouts.stylesheet(assets: assets, theme: theme)
        /// The stylesheet of a lesson's sheets and key: the handouts' and the page rules.
        func css(_ lesson: Lesson) -> String {
            style
                + layout.pageCSS(
                    course: course.title(in: lesson.language), lessons: [(lesson.slug, lesson.title)],
                    words: Localization(language: lesson.language))
        }
        let width = String(variants.count).count
        var files: [PageFile] = []
        var problems: [Diagnostic] = []
        var keys: [String: [(variant: LessonVariant, run: LessonRun, answers: [String])]] = [:]
        var order: [String] = []
        for variant in variants {
            for run in variant.runs {
                // The whole page is made as the site would make it, so every claim, binding and exercise is checked
                // for this variant; a failure names the variant.
                let named = "variant \(variant.number) (\(variation.describe(variant.choice)))"
                do throws(Diagnostics) {
                    var page = LessonPage(run)
                    _ = try page.render()
                    var sheet = LessonPage(run)
                    sheet.exercises = .student
                    let exercises = try sheet.exercisesOnly()
                    guard sheet.exerciseCount > 0 else {
                        throw Diagnostics(
                            variation.location, "'vary' makes exercise sheets, but this lesson has no exercise")
                    }
                    let words = sheet.words
                    var body = HTMLWriter()
                    body.open("header", [.init("class", "sheet")])
                    body.newline()
                    body.element("h1", run.lesson.title)
                    body.newline()
                    body.element("p", [.init("class", "subtitle")], words(.variantSheet, ["n": "\(variant.number)"]))
                    body.newline()
                    body.open("p", [.init("class", "name")])
                    body.text(words(.studentName) + " ")
                    body.element("span", [.init("class", "blank")], "")
                    body.close("p")
                    body.newline()
                    body.element(
                        "p", [.init("class", "variant-values")],
                        words(.variantValuesLine, ["values": values(variation, variant.choice, run, words)]))
                    body.newline()
                    body.close("header")
                    body.newline()
                    body.append(exercises)
                    let folder = course.folder(of: run.lesson.language) + "variants/" + run.lesson.slug + "/"
                    let number =
                        String(repeating: "0", count: width - String(variant.number).count)
                        + String(variant.number)
                    files.append(
                        PageFile(
                            path: folder + "sheet-\(number).html",
                            contents: Handouts.document(
                                title: "\(run.lesson.title) · \(words(.variantSheet, ["n": "\(variant.number)"]))",
                                language: run.lesson.language, css: css(run.lesson), theme: theme, body: body.html)))
                    if keys[folder] == nil { order.append(folder) }
                    keys[folder, default: []].append((variant, run, try sheet.answers()))
                } catch {
                    problems += error.all.map { Diagnostic($0.location, "\(named): \($0.message)") }
                }
            }
        }
        if !problems.isEmpty {
            var unique: [Diagnostic] = []
            for problem in problems where !unique.contains(problem) { unique.append(problem) }
            throw Diagnostics(unique)
        }
        for folder in order {
            guard let rows = keys[folder], let first = rows.first else { continue }
            files.append(
                PageFile(
                    path: folder + "key.html",
                    contents: key(
                        rows, variation: variation, css: css(first.run.lesson), theme: theme, first: first.run)))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The answer key: one row per variant with its numbers and the answer of each exercise.
    static func key(
        _ rows: [(variant: LessonVariant, run: LessonRun, answers: [String])], variation: Variation, css: String,
        theme: Theme, first: LessonRun
    ) -> String {
        let words = LessonPage(first).words
        var body = HTMLWriter()
        body.open("header", [.init("class", "sheet")])
        body.newline()
        body.element("h1", first.lesson.title)
        body.newline()
        body.element("p", [.init("class", "subtitle")], words(.variantKey))
        body.newline()
        body.close("header")
        body.newline()
        body.open("figure", [.init("class", "table key")])
        body.open("table")
        body.open("thead")
        body.open("tr")
        body.element("th", words(.variantColumn))
        body.element("th", words(.variantValues))
        for n in 1...max(1, rows[0].answers.count) { body.element("th", words(.exerciseTitle, ["n": "\(n)"])) }
        body.close("tr")
        body.close("thead")
        body.newline()
        body.open("tbody")
        body.newline()
        for row in rows {
            body.open("tr")
            body.element("th", "\(row.variant.number)")
            body.element("td", values(variation, row.variant.choice, row.run, words))
            for answer in row.answers { body.element("td", answer) }
            body.close("tr")
            body.newline()
        }
        body.close("tbody")
        body.close("table")
        body.close("figure")
        body.newline()
        return Handouts.document(
            title: "\(first.lesson.title) · \(words(.variantKey))", language: first.lesson.language, css: css,
            theme: theme, body: body.html)
    }

    /// A variant's values for readers, in the lesson's notation: `α = 0.05; θ⁽⁰⁾ = (1, −1)`.
    static func values(_ variation: Variation, _ choice: [Int], _ run: LessonRun, _ words: Localization) -> String {
        zip(variation.axes, choice).map { axis, i in
            let name: String
            switch axis.path {
            case ["optimizer", "lr"]: name = words.notation.learningRate
            case ["start"]: name = "θ⁽⁰⁾"
            default: name = axis.path.joined(separator: ".")
            }
            var value = axis.values[i].replacingOccurrences(of: "-", with: "−")
            if value.hasPrefix("[") { value = "(" + value.dropFirst().dropLast() + ")" }
            let example = run.run(named: axis.example).map { words.label($0.example) }
            let several = Set(variation.axes.map(\.example)).count > 1
            return (several ? (example ?? "") + ": " : "") + name + " = " + value
        }
        .joined(separator: words.listSeparator)
    }
}
