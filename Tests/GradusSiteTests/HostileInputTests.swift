import Foundation
import GradusLessons
import GradusSite
import Testing

/// Input written to break a build (issue #13): each is one diagnostic at its place, exit 1 and no output, never a crash,
/// a hang, a lost file or a script.
struct HostileInputTests {
    static let header = "---\ntitle: T\norder: 1\n---\n"

    /// Seven anchors, each a list of ten aliases of the one before: 10⁷ values in 300 bytes.
    static let aliasBomb: String = {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g"]
        for i in 1..<names.count {
            text += "\(names[i]): &\(names[i]) [" + Array(repeating: "*" + names[i - 1], count: 10).joined(separator: ", ") + "]\n"
        }
        return text
    }()

    static let cases: [(name: String, lesson: String, expected: String)] = [
        ("12 000 nested subscripts", header + "$" + String(repeating: "x_{", count: 12_000) + "x" + String(repeating: "}", count: 12_000) + "$\n",
         "l.md:5:304: error: in this formula: the formula is nested more than 100 levels deep"),
        ("20 000 displaystyle", header + "$$" + String(repeating: "\\displaystyle ", count: 20_000) + "x$$\n",
         "l.md:5:1403: error: in this formula: the formula is nested more than 100 levels deep"),
        ("100 000 block quotes", header + String(repeating: ">", count: 100_000) + " x\n",
         "l.md:5:101: error: the Markdown is nested more than 100 levels deep (block quotes, lists, emphasis, links)"),
        ("50 000 emphasis", header + String(repeating: "*", count: 50_000) + "x" + String(repeating: "*", count: 50_000) + "\n",
         "l.md:5:1: error: the Markdown is nested more than 100 levels deep (block quotes, lists, emphasis, links)"),
        ("50 000 links", header + String(repeating: "[", count: 50_000) + "x" + String(repeating: "](u)", count: 50_000) + "\n",
         "l.md:5:101: error: the Markdown is nested more than 100 levels deep (block quotes, lists, emphasis, links)"),
        ("300 nested lists", header + (0..<300).map { String(repeating: "  ", count: $0) + "- x\n" }.joined(),
         "l.md:105:201: error: the Markdown is nested more than 100 levels deep (block quotes, lists, emphasis, links)"),
        ("100 000 brackets in YAML", "---\ntitle: T\norder: 1\nsummary: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n---\nx\n",
         "l.md:4:110: error: the YAML is nested more than 100 levels deep (brackets, braces, '- ' and indentation)"),
        ("YAML alias bomb as a key", "---\ntitle: T\norder: 1\n" + aliasBomb + "? *g\n: x\n---\nx\n",
         "l.md:11:1: error: a key must be plain text, not an alias, a list or a mapping (write 'key: value')"),
        ("YAML alias as an implicit key", "---\ntitle: T\norder: 1\nsummary: &s hi\n*s : x\n---\nx\n",
         "l.md:5:1: error: a key must be plain text, not an alias, a list or a mapping (write 'key: value')"),
        ("YAML list as a key", "---\ntitle: T\norder: 1\nsummary: &s hi\n[*s, *s]: x\n---\nx\n",
         "l.md:5:1: error: a key must be plain text, not an alias, a list or a mapping (write 'key: value')"),
        ("YAML alias bomb as a value", "---\ntitle: T\norder: 1\n" + aliasBomb + "summary: *g\n---\nx\n",
         "l.md:4:11: error: the YAML stands for more than 1000000 values once its aliases (*name) are expanded"),
        ("undefined YAML alias", "---\ntitle: T\norder: 1\nsummary: *s\n---\nx\n",
         "l.md:4:10: error: malformed YAML: found undefined alias"),
        ("key with a line break", "---\ntitle: T\norder: 1\n\"bad\\nkey\": 1\n---\nx\n",
         "l.md:4:1: error: unknown key 'bad\\nkey' in the front matter; expected one of: title, order, summary, raw-html, examples, examples-from"),
    ]

    @Test(arguments: cases.map(\.name))
    func eachIsOneDiagnosticAtItsPlace(name: String) throws {
        let testCase = try #require(Self.cases.first { $0.name == name })
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try testCase.lesson.write(to: content.appendingPathComponent("l.md"), atomically: true, encoding: .utf8)
        let started = Date()
        do {
            _ = try SiteBuild(content: content, output: folder.appendingPathComponent("output")).run()
            Issue.record("\(name): the build succeeded")
        } catch {
            let message = error.description.replacingOccurrences(of: content.relativePath + "/", with: "")
            #expect(message == testCase.expected)
            #expect(error.diagnostics.all.count == 1)
            #expect(!error.description.contains("\n"))
        }
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("output").path))
    }

    /// A lesson file whose name would make a `javascript:` link is refused by name, before it becomes any href.
    @Test func aLessonFileNameThatIsNotASlugIsRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
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
                    == "\(name):1:1: error: a lesson file name may hold only letters, digits, '-', '_' and '.' (it becomes the page's address); rename the file")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("output").path))
    }

    @Test(arguments: ["a b.md", "x?y.md", "q\"uote.md", "-dash.md", "semi;colon.md", "line\nbreak.md"])
    func unsafeLessonFileNamesAreRefused(name: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
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
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try "title: C\nlanguage: en\n".write(to: content.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        try (Self.header + "One.\n").write(to: content.appendingPathComponent("intro.md"), atomically: true, encoding: .utf8)
        try (Self.header + "Two.\n").write(to: content.appendingPathComponent("intro.en.md"), atomically: true, encoding: .utf8)
        do {
            _ = try SiteBuild(content: content, output: folder.appendingPathComponent("output")).run()
            Issue.record("the build succeeded")
        } catch {
            let shown = content.relativePath + "/"
            #expect(
                error.description
                    == "\(shown)intro.md:1:1: error: this lesson and \(shown)intro.en.md both become the page intro.html; rename one of them")
        }
    }

    /// A folder holding someone's `index.html`, `style.css`, `search-index.js` and `notes.txt` is not an earlier site.
    @Test func aFolderThatLooksLikeASiteButHoldsOtherFilesIsKept() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try (Self.header + "Text.\n").write(to: content.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
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
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try (Self.header + "Text.\n").write(to: content.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
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
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
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
