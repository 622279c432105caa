import Foundation
import GradusLessons
import GradusPages
import GradusRuns
import GradusTestSupport
import Testing

@testable import GradusSite

/// The shipped course: its pages call examples by their labels, never by their internal names.
struct ExampleLabelTests {
    /// Every lesson page of the shipped course (en and zh), with the runs it shows.
    static func shippedPages() throws -> [(run: LessonRun, html: String)] {
        let work = try Pipeline([.runExamples(jobs: 2)])
            .run(CourseWork(Course.load(content: repositoryRoot.appendingPathComponent("content"))))
        let runs = work.runs.compactMap { $0 }
        let files = try SitePages.render(runs, course: work.course.info)
        return try runs.map { run in
            let path = (run.lesson.language == "en" ? "" : run.lesson.language + "/") + run.lesson.slug + ".html"
            let file = try #require(files.first { $0.path == path })
            return (run, String(decoding: file.bytes, as: UTF8.self))
        }
    }

    /// What a reader sees: the page without scripts, styles, code, tags and attributes, entities decoded.
    static func visibleText(_ html: String) -> String {
        var text = html
        for pattern in [
            "(?s)<script[^>]*>.*?</script>", "(?s)<style[^>]*>.*?</style>", "(?s)<code[^>]*>.*?</code>", "<[^>]+>",
        ] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: [.regularExpression, .caseInsensitive])
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        // One space between words, as a reader sees them: a label that a phone plot's legend wraps onto two lines
        // of SVG text reads as the label again.
        return text.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    }

    /// The parts of a page only Gradus writes: captions, table headers, the claims' evidence and the downloads.
    static func generatedParts(_ html: String) -> String {
        let pattern =
            #"<figcaption.*?</figcaption>|<th[ >].*?</th>|<span class="evidence".*?</span>|<section class="downloads".*?</section>"#
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).map { String(html[Range($0.range, in: html)!]) }.joined(
            separator: "\n")
    }

    /// The text of every inline `<code>` element of a page (not the listings' `<pre><code>`), trimmed.
    static func codeSpans(_ html: String) -> Set<String> {
        let regex = try! NSRegularExpression(pattern: #"(?<!<pre>)<code>([^<]*)</code>"#)
        let range = NSRange(html.startIndex..., in: html)
        return Set(
            regex.matches(in: html, range: range).map {
                String(html[Range($0.range(at: 1), in: html)!]).trimmingCharacters(in: .whitespaces)
            })
    }

    /// Whether `name` stands in `text` as a word of its own (not inside a longer name).
    static func contains(_ text: String, word name: String) -> Bool {
        text.range(
            of: "(?<![A-Za-z0-9_])" + NSRegularExpression.escapedPattern(for: name) + "(?![A-Za-z0-9_])",
            options: .regularExpression)
            != nil
    }

    /// The words the lesson's author chose: its body, titles and claim texts included, without bindings, code spans
    /// and the lines of generated blocks that name examples.
    static func prose(_ lesson: Lesson) -> String {
        let parts = lesson.source.text.components(separatedBy: "\n---\n")
        var text = parts.dropFirst().joined(separator: "\n")
        for pattern in ["(?m)^\\s*(- )?(claim|example|examples):.*$", "`[^`\n]*`", "\\{\\{.*?\\}\\}"] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: [.regularExpression])
        }
        return text
    }

    @Test func noPageShowsAnExamplesInternalName() throws {
        let pages = try Self.shippedPages()
        #expect(pages.count == 14)
        var checked = 0
        var shown: [String] = []
        for (run, html) in pages {
            // The labels are words chosen to be shown ("Gradient descent on raw features"), so they are taken out first.
            let words = Localization(language: run.lesson.language)
            func withoutLabels(_ text: String) -> String {
                run.runs.map { words.label($0.example) }.sorted { $0.count > $1.count }
                    .reduce(text) { $0.replacingOccurrences(of: $1, with: " ") }
            }
            let generated = withoutLabels(Self.visibleText(Self.generatedParts(html)))
            let page = withoutLabels(Self.visibleText(html))
            let prose = Self.prose(run.lesson)
            let codeSpans = Self.codeSpans(html)
            for name in run.runs.map(\.example.name) {
                // Code is left out of the visible text above (listings, commands); a code span that is nothing but
                // the name is the name shown to the reader ("seed (`edge` below)").
                if codeSpans.contains(name) { shown.append("\(run.lesson.source.path): '\(name)' in code") }
                if Self.contains(generated, word: name) {
                    shown.append("\(run.lesson.source.path): '\(name)' in Gradus's own text")
                }
                // A name that is also an ordinary word of the author's ("left", "batch") is only looked for above.
                if !Self.contains(prose, word: name), Self.contains(page, word: name) {
                    shown.append("\(run.lesson.source.path): '\(name)'")
                }
                checked += 1
            }
        }
        #expect(shown == [])
        // Nor do Gradus's own names for optimizer states that torch.optim does not have (torch's own names, such as
        // exp_avg_sq, are given in brackets so that a student can find them in `optimizer.state`).
        for (run, html) in pages {
            let generated = Self.visibleText(Self.generatedParts(html))
            for name in ["newton_direction", "line_search_trials", "velocity", "clip_coef"] {
                #expect(!Self.contains(generated, word: name), "\(run.lesson.source.path): '\(name)'")
            }
        }
        // Every example declared in an English lesson is looked for on its page and on its Chinese twin's.
        let content = repositoryRoot.appendingPathComponent("content")
        let declared = try FileManager.default.contentsOfDirectory(atPath: content.path)
            .filter { $0.hasSuffix(".md") && !$0.hasSuffix(".zh.md") }
            .map { try String(contentsOf: content.appendingPathComponent($0), encoding: .utf8) }
            .reduce(0) { $0 + $1.components(separatedBy: "\n  - name: ").count - 1 }
        #expect(checked == 2 * declared)
    }

    @Test func theLabelsOfALessonTellItsExamplesApart() throws {
        for (run, _) in try Self.shippedPages() {
            let words = Localization(language: run.lesson.language)
            let labels = run.runs.map { words.label($0.example) }
            #expect(Set(labels).count == labels.count, "\(run.lesson.source.path): \(labels)")
        }
    }

    @Test func theRerunHintKeepsTheNameInsideCode() throws {
        let (_, html) = try #require(try Self.shippedPages().first { $0.run.lesson.slug == "gradient-descent" })
        #expect(
            html.contains("<code>gradus run gradient-descent.md --example seed</code>")
                || html.contains("--example seed</code>"))
    }
}

/// `source:` in course.yaml.
struct CourseSourceTests {
    func parse(_ yaml: String) throws(Diagnostics) -> CourseInfo {
        try CourseFile.parse(SourceFile(path: "course.yaml", text: yaml))
    }

    @Test func theSourceArticleIsRead() throws {
        let info = try parse("title: C\nsource:\n  title: {zh: 原题, en: The title}\n  author: Someone\n")
        #expect(info.source == SourceCitation(titles: ["zh": "原题", "en": "The title"], author: "Someone"))
        #expect(try parse("title: C\n").source == nil)
    }

    @Test(arguments: [
        (
            "title: C\nsource: An article\n",
            "course.yaml:2:9: error: 'source' maps title, author, publisher, date and url to texts"
        ),
        ("title: C\nsource: {author: X}\n", "course.yaml:2:9: error: 'source' needs a 'title'"),
        (
            "title: C\nsource: {title: T, year: 2020}\n",
            "course.yaml:2:20: error: unknown key 'year' in 'source'; expected one of: title, author, publisher, date, url"
        ),
        (
            "title: C\nsource: {title: T, url: example.org}\n",
            "course.yaml:2:25: error: 'url' of 'source' must start with https:// or http://"
        ),
        (
            "title: C\nsource: {title: T, author: [a, b]}\n",
            "course.yaml:2:28: error: 'author' of 'source' must be a text that is not empty"
        ),
    ])
    func mistakesAreReportedAtTheirPlace(yaml: String, expected: String) {
        #expect(throws: Diagnostics.self) { try self.parse(yaml) }
        do {
            _ = try parse(yaml)
        } catch {
            #expect(error.description == expected)
        }
    }
}
