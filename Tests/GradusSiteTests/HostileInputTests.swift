import Foundation
import GradusLessons
import GradusSite
import GradusTestSupport
import Testing

/// Input written to break a build (issue #13): each is one diagnostic at its place, exit 1 and no output, never a crash,
/// a hang, a lost file or a script.
struct HostileInputTests {
    static let header = "---\ntitle: T\norder: 1\n---\n"

    /// A new temporary folder holding an empty folder `content`.
    static func emptyContent() throws -> (folder: URL, content: URL) {
        let folder = try temporaryFolder()
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        return (folder, content)
    }

    /// Seven anchors, each a list of ten aliases of the one before: 10⁷ values in 300 bytes.
    static let aliasBomb: String = {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g"]
        for i in 1..<names.count {
            text +=
                "\(names[i]): &\(names[i]) [" + Array(repeating: "*" + names[i - 1], count: 10).joined(separator: ", ")
                + "]\n"
        }
        return text
    }()

    static let cases: [(name: String, lesson: String, expected: String)] = [
        (
            "12 000 nested subscripts",
            header + "$" + String(repeating: "x_{", count: 12_000) + "x" + String(repeating: "}", count: 12_000)
                + "$\n",
            "l.md:5:304: error: in this formula: the formula is nested more than 100 levels deep"
        ),
        (
            "20 000 displaystyle", header + "$$" + String(repeating: "\\displaystyle ", count: 20_000) + "x$$\n",
            "l.md:5:1403: error: in this formula: the formula is nested more than 100 levels deep"
        ),
        (
            "100 000 block quotes", header + String(repeating: ">", count: 100_000) + " x\n",
            "l.md:5:101: error: the Markdown is nested more than 100 levels deep (block quotes, lists, emphasis, links)"
        ),
        (
            "50 000 emphasis",
            header + String(repeating: "*", count: 50_000) + "x" + String(repeating: "*", count: 50_000) + "\n",
            "l.md:5:1: error: the Markdown is nested more than 100 levels deep (block quotes, lists, emphasis, links)"
        ),
        (
            "50 000 links",
            header + String(repeating: "[", count: 50_000) + "x" + String(repeating: "](u)", count: 50_000) + "\n",
            "l.md:5:101: error: the Markdown is nested more than 100 levels deep (block quotes, lists, emphasis, links)"
        ),
        (
            "300 nested lists", header + (0..<300).map { String(repeating: "  ", count: $0) + "- x\n" }.joined(),
            "l.md:105:201: error: the Markdown is nested more than 100 levels deep (block quotes, lists, emphasis, links)"
        ),
        (
            "100 000 brackets in YAML",
            "---\ntitle: T\norder: 1\nsummary: " + String(repeating: "[", count: 100_000)
                + String(repeating: "]", count: 100_000) + "\n---\nx\n",
            "l.md:4:110: error: the YAML is nested more than 100 levels deep (brackets, braces, '- ' and indentation)"
        ),
        (
            "YAML alias bomb as a key", "---\ntitle: T\norder: 1\n" + aliasBomb + "? *g\n: x\n---\nx\n",
            "l.md:11:1: error: a key must be plain text, not an alias, a list or a mapping (write 'key: value')"
        ),
        (
            "YAML alias as an implicit key", "---\ntitle: T\norder: 1\nsummary: &s hi\n*s : x\n---\nx\n",
            "l.md:5:1: error: a key must be plain text, not an alias, a list or a mapping (write 'key: value')"
        ),
        (
            "YAML list as a key", "---\ntitle: T\norder: 1\nsummary: &s hi\n[*s, *s]: x\n---\nx\n",
            "l.md:5:1: error: a key must be plain text, not an alias, a list or a mapping (write 'key: value')"
        ),
        (
            "YAML alias bomb as a value", "---\ntitle: T\norder: 1\n" + aliasBomb + "summary: *g\n---\nx\n",
            "l.md:4:11: error: the YAML stands for more than 1000000 values once its aliases (*name) are expanded"
        ),
        (
            "undefined YAML alias", "---\ntitle: T\norder: 1\nsummary: *s\n---\nx\n",
            "l.md:4:10: error: malformed YAML: found undefined alias"
        ),
        (
            "key with a line break", "---\ntitle: T\norder: 1\n\"bad\\nkey\": 1\n---\nx\n",
            "l.md:4:1: error: unknown key 'bad\\nkey' in the front matter; expected one of: title, order, summary, raw-html, examples, examples-from, notation, vary"
        ),
        (
            "negative gradient tolerance", example("booth", stop: "{max-iterations: 3, gradient-tolerance: -1}"),
            "l.md:9:51: error: 'gradient-tolerance' must be ≥ 0, got -1.0"
        ),
        (
            "negative loss-change tolerance",
            example("booth", stop: "{max-iterations: 3, loss-change-tolerance: -0.5}"),
            "l.md:9:54: error: 'loss-change-tolerance' must be ≥ 0, got -0.5"
        ),
        (
            "negative condition number", example("{name: quadratic, condition_number: -1}"),
            "l.md:6:52: error: invalid value for condition_number: must be finite and ≥ 1"
        ),
        (
            "zero condition number", example("{name: quadratic, condition_number: 0}"),
            "l.md:6:52: error: invalid value for condition_number: must be finite and ≥ 1"
        ),
        (
            "center of the wrong size", example("{name: quadratic, center: [1, 2, 3]}"),
            "l.md:6:42: error: dimension mismatch: center has 3 coordinates, not 2"
        ),
        (
            "schedule step_size zero",
            example("booth", optimizer: "{method: gd, lr: 0.1, schedule: {name: step, step_size: 0}}"),
            "l.md:8:72: error: invalid value for step_size: must be a positive integer"
        ),
        (
            "unclosed flow list", "---\ntitle: [unclosed\norder: 1\n---\nx\n",
            "l.md:2:8: error: malformed YAML: this [ is not closed (did not find expected ',' or ']')"
        ),
        (
            "unclosed flow mapping", "---\ntitle: T\norder: 1\nsummary: {a: 1\n---\nx\n",
            "l.md:4:10: error: malformed YAML: this { is not closed (did not find expected ',' or '}')"
        ),
        (
            "example name with a line break", example("booth", name: "\"s\\nt\""),
            "l.md:5:11: error: an example's name is letters, digits and '_', starting with a letter: 's\\nt'"
        ),
        (
            "generated data too large",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: s\n    objective: linear-regression\n    data: {generate: linear, samples: 1000000, weights: ["
                + (1...21).map(String.init).joined(separator: ", ")
                + "]}\n    start: [1]\n    optimizer: {method: gd, lr: 0.1}\n    stop: {max-iterations: 3}\n---\nx\n",
            "l.md:7:39: error: 1000000 samples × 21 weights is 21000000 values; generated data may have at most 20000000"
        ),
        (
            "one example's work",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: s\n    objective: linear-regression\n    data: {generate: linear, samples: 100000, weights: [1, 2]}\n    start: [1, 1]\n    optimizer: {method: gd, lr: 0.1}\n    stop: {max-iterations: 10000000}\n---\nx\n",
            "l.md:10:11: error: example 's' would take up to 2.0e12 units of work (values per iteration × 'max-iterations'); the limit is 5.0e10: use fewer iterations or less data"
        ),
        (
            "Newton on a large quadratic",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: s\n    objective: {name: quadratic, dimension: 1000}\n    start: ["
                + Array(repeating: "1", count: 1000).joined(separator: ", ")
                + "]\n    optimizer: {method: newton}\n    stop: {max-iterations: 10}\n---\nx\n",
            "l.md:9:11: error: example 's' would take up to 1.0e13 units of work (values per iteration × 'max-iterations'); the limit is 5.0e10: use fewer iterations or less data"
        ),
        (
            "the build's work",
            "---\ntitle: T\norder: 1\nexamples:\n"
                + (1...5).map {
                    "  - name: s\($0)\n    objective: linear-regression\n    data: {generate: linear, samples: 100000, weights: [1, 2]}\n    start: [1, 1]\n    optimizer: {method: gd, lr: 0.1}\n    stop: {max-iterations: 240000}\n"
                }.joined() + "---\nx\n",
            "l.md:29:5: error: with example 's5' the examples of the course would take up to 2.4e+11 units of work; the limit for one build is 2.0e+11"
        ),
        (
            "unclosed quote", "---\ntitle: T\norder: 1\nsummary: \"unclosed\n---\nx\n",
            "l.md:4:10: error: malformed YAML: this quote is not closed (found unexpected end of stream)"
        ),
        ("duplicate order", "---\ntitle: T\norder: 1\norder: 2\n---\nx\n", "l.md:3:1: error: duplicate key 'order'"),
        (
            "examples-from outside the folder", "---\ntitle: T\norder: 1\nexamples-from: ../x.md\n---\nx\n",
            "l.md:4:16: error: 'examples-from' names a lesson file beside this one, e.g. l.md"
        ),
        (
            "frac without its second argument", header + "$\\frac{1}$\n",
            "l.md:5:2: error: in this formula: missing argument for \\frac"
        ),
        ("unclosed group in math", header + "$x^{$\n", "l.md:5:4: error: in this formula: missing } to match {"),
        (
            "order too large", "---\ntitle: T\norder: 99999999999999999999999\n---\nx\n",
            "l.md:3:8: error: 'order' must be a whole number"
        ),
        (
            "summary a list", "---\ntitle: T\norder: 1\nsummary: [a, b]\n---\nx\n",
            "l.md:4:10: error: 'summary' must be text"
        ),
        (
            "infinite diverge-above", example("booth", stop: "{max-iterations: 3, diverge-above: .inf}"),
            "l.md:9:46: error: 'diverge-above' must be finite, not .inf"
        ),
        (
            "NaN in start", example("booth").replacingOccurrences(of: "start: [1, 1]", with: "start: [1, .nan]"),
            "l.md:7:16: error: each entry of 'start' must be finite, not .nan"
        ),
        (
            "formula missing operand", example("{formula: \"x^\"}"),
            "l.md:6:29: error: in the formula: missing operand after '^'"
        ),
        (
            "negative max-iterations", example("booth", stop: "{max-iterations: -3}"),
            "l.md:9:28: error: 'max-iterations' must be between 0 and 10000000"
        ),
        (
            "alias to a huge value inside a list",
            "---\ntitle: T\norder: 1\n" + aliasBomb + "summary: [*g, *g]\n---\nx\n",
            "l.md:4:14: error: the YAML stands for more than 1000000 values once its aliases (*name) are expanded"
        ),
        (
            "deep braces in an example",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: s\n    objective: " + String(repeating: "{a: ", count: 200)
                + "1" + String(repeating: "}", count: 200) + "\n---\nx\n",
            "l.md:6:400: error: the YAML is nested more than 100 levels deep (brackets, braces, '- ' and indentation)"
        ),
        (
            "deep nested list markers", header + String(repeating: "- ", count: 5000) + "x\n",
            "l.md:5:135: error: the Markdown is nested more than 100 levels deep (block quotes, lists, emphasis, links)"
        ),
        (
            "deep images",
            header + String(repeating: "![", count: 5000) + "x" + String(repeating: "](u)", count: 5000) + "\n",
            "l.md:5:202: error: the Markdown is nested more than 100 levels deep (block quotes, lists, emphasis, links)"
        ),
        (
            "deep sqrt chain", header + "$" + String(repeating: "\\sqrt", count: 5000) + " x$\n",
            "l.md:5:502: error: in this formula: the formula is nested more than 100 levels deep"
        ),
        (
            "deep left-right",
            header + "$" + String(repeating: "\\left(", count: 3000) + "x" + String(repeating: "\\right)", count: 3000)
                + "$\n",
            "l.md:5:602: error: in this formula: the formula is nested more than 100 levels deep"
        ),
        (
            "deep environments",
            header + "$$" + String(repeating: "\\begin{matrix}", count: 3000) + "x"
                + String(repeating: "\\end{matrix}", count: 3000) + "$$\n",
            "l.md:5:1403: error: in this formula: the formula is nested more than 100 levels deep"
        ),
    ]

    @Test(arguments: cases.map(\.name))
    func eachIsOneDiagnosticAtItsPlace(name: String) throws {
        let testCase = try #require(Self.cases.first { $0.name == name })
        try expectOneDiagnostic(building: testCase.lesson, named: name, expected: testCase.expected)
    }

    /// A lesson with one example of these settings.
    static func example(
        _ objective: String, name: String = "s", optimizer: String = "{method: gd, lr: 0.1}",
        stop: String = "{max-iterations: 3}"
    ) -> String {
        "---\ntitle: T\norder: 1\nexamples:\n  - name: \(name)\n    objective: \(objective)\n    start: [1, 1]\n"
            + "    optimizer: \(optimizer)\n    stop: \(stop)\n---\nx\n"
    }

    static let csvLesson = """
        ---
        title: T
        order: 1
        examples:
          - name: s
            objective: linear-regression
            data: {csv: data/a.csv}
            start: [1]
            optimizer: {method: gd, lr: 0.1}
            stop: {max-iterations: 3}
        ---
        x

        """

    /// CSV files: CRLF line ends are lines; only decimal numbers are numbers; control characters in a cell are escaped.
    @Test(
        arguments: [
            ("a,b\r\n1,2\r\n3,4\r\n", nil),
            ("a,b\n1,2\n3,4", nil),
            ("a,b\n0x10,2\n3,4\n", "data/a.csv:2:1: error: '0x10' is not a decimal number"),
            ("a,b\n1,2\n1_000,4\n", "data/a.csv:3:1: error: '1_000' is not a number"),
            ("a,b\n1,2\n3,nan\n", "data/a.csv:3:3: error: 'nan' is not finite"),
            ("a,b\n1,2\n3,4\rx\n", "data/a.csv:3:3: error: '4\\rx' is not a number"),
            ("a,b\n1,2\n3,\u{1B}[31m\n", "data/a.csv:3:3: error: '\\u{1B}[31m' is not a number"),
        ] as [(String, String?)])
    func csvFiles(csv: String, expected: String?) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(
            at: content.appendingPathComponent("data"), withIntermediateDirectories: true)
        try Self.csvLesson.write(to: content.appendingPathComponent("l.md"), atomically: true, encoding: .utf8)
        try Data(csv.utf8).write(to: content.appendingPathComponent("data/a.csv"))
        let output = folder.appendingPathComponent("output")
        do {
            _ = try SiteBuild(content: content, output: output).run()
            #expect(expected == nil)
        } catch {
            #expect(error.description.replacingOccurrences(of: content.relativePath + "/", with: "") == expected)
        }
        #expect(FileManager.default.fileExists(atPath: output.path) == (expected == nil))
    }

    /// An unclosed section of a theme is reported where it opens, by name.
    @Test func anUnclosedThemeSectionIsReportedWhereItOpens() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(
            at: content.appendingPathComponent("theme"), withIntermediateDirectories: true)
        try (Self.header + "x\n").write(to: content.appendingPathComponent("l.md"), atomically: true, encoding: .utf8)
        try "<html>\n{{#handout}}<p>{{title}}</p>\n  {{^lang}}x{{/lang}}\n{{{body_html}}}\n</html>\n".write(
            to: content.appendingPathComponent("theme/layout.mustache"), atomically: true, encoding: .utf8)
        do {
            _ = try SiteBuild(content: content, output: folder.appendingPathComponent("output")).run()
            Issue.record("the build succeeded")
        } catch {
            #expect(
                error.description.replacingOccurrences(of: content.relativePath + "/", with: "")
                    == "theme/layout.mustache:2:1: error: the layout template does not parse: the section 'handout' opened here is never closed by {{/handout}}"
            )
        }
    }

    /// The cache keeps one entry per lesson of the last build, and its index; files it did not write are left alone.
    @Test func theCacheIsPruned() throws {
        let (folder, content) = try Self.emptyContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("output")
        let cache = SiteBuild.defaultCache(for: output)
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        try "mine".write(to: cache.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        try "partial".write(
            to: cache.appendingPathComponent("0abc-0def.json.partial-1"), atomically: true, encoding: .utf8)
        for version in 1...5 {
            try (Self.header + "Version \(version).\n").write(
                to: content.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
            _ = try SiteBuild(content: content, output: output, cache: cache).run()
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.path).sorted()
        #expect(names.count == 3)
        #expect(names.contains("notes.txt") && names.contains("course.index"))
        #expect(names.filter { $0.hasSuffix(".lesson") }.count == 1)
    }

    /// A lesson file whose name would make a `javascript:` link is refused by name, before it becomes any href.
    @Test func aLessonFileNameThatIsNotASlugIsRefused() throws {
        let (folder, content) = try Self.emptyContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = "javascript:document.title='x';[].md"
        try (Self.header + "Text.\n").write(to: content.appendingPathComponent(name), atomically: true, encoding: .utf8)
        #expect(throws: (any Error).self) {
            _ = try SiteBuild(content: content, output: folder.appendingPathComponent("output")).run()
        }
        do {
            _ = try SiteBuild(content: content, output: folder.appendingPathComponent("output")).run()
        } catch {
            #expect(
                error.description.replacingOccurrences(of: content.relativePath + "/", with: "")
                    == "\(name):1:1: error: a lesson file name may hold only letters, digits, '-', '_' and '.' (it becomes the page's address); rename the file"
            )
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("output").path))
    }

    @Test func aLessonFileLargerThanTheLimitIsRefusedUnread() throws {
        let (folder, content) = try Self.emptyContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = content.appendingPathComponent("huge.md")
        try (Self.header + "Text.\n").write(to: file, atomically: true, encoding: .utf8)
        // Sparse: the file is as long as the limit and one more byte without filling the disk.
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(WorkLimits.lessonBytes + 1))
        try handle.close()
        let output = folder.appendingPathComponent("output")
        do {
            _ = try SiteBuild(content: content, output: output).run()
            Issue.record("a lesson over the limit was built")
        } catch {
            #expect(
                error.description.replacingOccurrences(of: content.relativePath + "/", with: "")
                    == "huge.md:1:1: error: the lesson file holds 16777217 bytes, more than a lesson file may hold (16 MB)"
            )
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test(arguments: ["a b.md", "x?y.md", "q\"uote.md", "-dash.md", "semi;colon.md", "line\nbreak.md"])
    func unsafeLessonFileNamesAreRefused(name: String) throws {
        let (folder, content) = try Self.emptyContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        try (Self.header + "Text.\n").write(to: content.appendingPathComponent(name), atomically: true, encoding: .utf8)
        do {
            _ = try SiteBuild(content: content, output: folder.appendingPathComponent("output")).run()
            Issue.record("the build succeeded")
        } catch {
            #expect(error.diagnostics.all.count == 1)
            #expect(error.description.contains("a lesson file name may hold only letters"))
            #expect(!error.description.contains("\n"))
        }
    }

    /// `intro.md` and `intro.en.md` in a course whose language is `en` would both be `intro.html`.
    @Test func twoLessonsOfOnePageAreAnErrorNamingBoth() throws {
        let (folder, content) = try Self.emptyContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "title: C\nlanguage: en\n".write(
            to: content.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        try (Self.header + "One.\n").write(
            to: content.appendingPathComponent("intro.md"), atomically: true, encoding: .utf8)
        try (Self.header + "Two.\n").write(
            to: content.appendingPathComponent("intro.en.md"), atomically: true, encoding: .utf8)
        do {
            _ = try SiteBuild(content: content, output: folder.appendingPathComponent("output")).run()
            Issue.record("the build succeeded")
        } catch {
            let shown = content.relativePath + "/"
            #expect(
                error.description
                    == "\(shown)intro.md:1:1: error: this lesson and \(shown)intro.en.md both become the page intro.html; rename one of them"
            )
        }
    }

    /// A folder holding someone's `index.html`, `style.css`, `search-index.js` and `notes.txt` is not an earlier site.
    @Test func aFolderThatLooksLikeASiteButHoldsOtherFilesIsKept() throws {
        let (folder, content) = try Self.emptyContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        try (Self.header + "Text.\n").write(
            to: content.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let mine = folder.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        for name in ["index.html", "style.css", "search-index.js", "notes.txt"] {
            try "mine".write(to: mine.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let before = try files(in: mine)
        do {
            _ = try SiteBuild(content: content, output: mine).run()
            Issue.record("the build replaced the folder")
        } catch {
            #expect(error.diagnostics.all.count == 1)
            #expect(error.description.contains("holds 'notes.txt', which gradus does not write"))
        }
        #expect(try files(in: mine) == before)
        // Without notes.txt, the three files are those of an earlier site, which the build replaces.
        try FileManager.default.removeItem(at: mine.appendingPathComponent("notes.txt"))
        _ = try SiteBuild(content: content, output: mine).run()
        #expect(FileManager.default.fileExists(atPath: mine.appendingPathComponent(".gradus-output").path))
    }

    /// `--output link` where `link` is a symbolic link to a folder: the link stays and names the new site.
    @Test func aSymbolicLinkToTheOutputFolderIsKept() throws {
        let (folder, content) = try Self.emptyContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        try (Self.header + "Text.\n").write(
            to: content.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let real = folder.appendingPathComponent("real")
        let link = folder.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        _ = try SiteBuild(content: content, output: real).run()
        _ = try SiteBuild(content: content, output: link).run()
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
        #expect(FileManager.default.fileExists(atPath: real.appendingPathComponent("a.html").path))
        #expect(FileManager.default.fileExists(atPath: link.appendingPathComponent("a.html").path))
        // A second build through the link replaces the folder again.
        _ = try SiteBuild(content: content, output: link).run()
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
    }

    /// Private-use characters that once marked slots are text like any other (placeholder forgery).
    @Test func privateUseCharactersInALessonAreText() throws {
        let (folder, content) = try Self.emptyContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = """
            ---
            title: T
            order: 1
            examples:
              - name: seed
                objective: wavy
                start: [1]
                optimizer: {method: gd, lr: 0.1}
                stop: {max-iterations: 3}
            ---
            Forged \u{E000}0\u{E001} and \u{E001}1\u{E002}, [l](/u "\u{E000}0\u{E001}"), then {{ seed.iterations }}.

            """
        try lesson.write(to: content.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("output")
        _ = try SiteBuild(content: content, output: output).run()
        let html = try String(contentsOf: output.appendingPathComponent("a.html"), encoding: .utf8)
        #expect(html.contains("Forged \u{E000}0\u{E001} and \u{E001}1\u{E002}"))
        #expect(html.contains("title=\"\u{E000}0\u{E001}\""))
        #expect(html.contains("then 3."))
    }
}
