import GradusCode
import GradusLessons
import GradusRuns

/// What the whole course is called, from the content folder's `course.yaml`.
public struct CourseInfo: Sendable, Equatable {
    /// The main language first; lessons in it are at the top of the site, the others in `LANG/`.
    public let languages: [String]
    /// The course title in each language.
    public let titles: [String: String]
    /// The article the course is built from, cited on the index and on the lessons that mention it.
    public var source: SourceCitation? = nil
    /// The front page's introduction, audience, prerequisites and objectives.
    public var front = CourseFront()
    /// The glossary's terms, in the order `course.yaml` gives them.
    public var glossary: [GlossaryEntry] = []
    /// The folder of printed handouts the site links to and ships (`handouts:`), as an absolute path.
    public var handoutsFolder: String? = nil

    public init(title: String, language: String = "en") {
        self.languages = [language]
        self.titles = [language: title]
    }

    public init(titles: [String: String], languages: [String]) {
        self.languages = languages
        self.titles = titles
    }

    public var language: String { languages.first ?? "en" }
    public var title: String { title(in: language) }

    public func title(in language: String) -> String { titles[language] ?? titles[self.language] ?? "Gradus course" }

    /// The folder of a language's pages, relative to the site root: "" for the main language, "zh/" for Chinese.
    public func folder(of language: String) -> String { language == self.language ? "" : language + "/" }
}

/// A file of the generated site: a path relative to the output folder and its bytes.
public struct PageFile: Sendable, Equatable {
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, contents: String) {
        self.path = path
        self.bytes = Array(contents.utf8)
    }

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The bytes as UTF-8 text.
    public var contents: String { String(decoding: bytes, as: UTF8.self) }
}

/// Files the site ships besides its pages, read from the content folder or the system by the caller.
public struct SiteAssets: Sendable, Equatable {
    /// An OpenType math font (Latin Modern Math) and its licence, shipped in `fonts/`.
    public var mathFont: [UInt8]?
    public var mathFontLicense: String?
    /// The printed handouts the site links to, from the folder `course.yaml` names in `handouts:` (paths relative to
    /// it: `course.pdf`, `course.html`, `SLUG.pdf`, `zh/course.pdf`…); shipped in `handouts/`.
    public var handouts: [PageFile]

    public init(mathFont: [UInt8]? = nil, mathFontLicense: String? = nil, handouts: [PageFile] = []) {
        self.mathFont = mathFont
        self.mathFontLicense = mathFontLicense
        self.handouts = handouts
    }

    static let fontFile = "fonts/latinmodern-math.otf"
    /// Where the site ships the printed handouts.
    static let handoutsFolder = "handouts/"
}

/// A lesson rendered on its own: everything its page needs that does not depend on the other lessons.
/// Building this is the expensive part (running the examples, rendering); the site caches it.
public struct RenderedLesson: Sendable, Codable, Equatable {
    public struct Rerun: Sendable, Codable, Equatable {
        public let example: String
        public let setting: String
    }

    public struct TraceFiles: Sendable, Codable, Equatable {
        public let example: String
        /// What the page calls the example.
        public var label: String = ""
        public let csv: String
        public let json: String
    }

    public let slug: String
    public let language: String
    public let title: String
    public let order: Int
    public let summary: String
    public let readingMinutes: Int
    public let body: String
    /// The lesson file as a reader runs it from the course's folder: the content folder's name and the file's name,
    /// e.g. `content/gradient-descent.md` (never the machine's absolute path).
    public let sourceFile: String
    /// The example the page suggests re-running, and a `--set` that suits it (half its learning rate, or half its
    /// iterations for Newton's method).
    public let rerun: Rerun?
    let sections: [Section]
    let search: [SearchIndex.Entry]
    public let traces: [TraceFiles]
    /// Each example's Python listings, in the lesson's order.
    public var code: [ExampleCode] = []
    /// The lesson's notebook (nbformat 4 JSON).
    public var notebook: String = ""
    /// Whether the lesson's prose mentions the source article ("the source article", "原文"), so the page cites it.
    public var citesSource: Bool? = nil
}

/// Renders every page of the site from the lessons' runs.
public enum SitePages {
    /// Downloadable traces on the site keep at most this many iterations, evenly spread (the final one
    /// included); `gradus run FILE --format csv|json` prints every iteration.
    public static let downloadRows = 1000

    /// Renders one lesson's body, search entries and trace files; every diagnostic of the lesson.
    public static func renderLesson(_ run: LessonRun, course: CourseInfo? = nil) throws(Diagnostics) -> RenderedLesson {
        var page = LessonPage(run)
        page.showsCode = true
        if let course { page.use(course) }
        page.exploresLive = true
        // A page printed from the browser shows a web link's short address after it, unless its text is the address.
        page.printedLinks = PrintedLinks()
        let body = try page.renderWithSections()
        // Every example has its listings, whether or not the page shows it in a table.
        let dataFiles = page.dataFiles
        let code = run.runs.map {
            page.code[$0.example.name]
                ?? ExampleCode($0, lesson: run.lesson, words: page.words, data: dataFiles[$0.example.name])
        }
        var search = SearchIndex()
        search.add(run.lesson, text: body.text, cuts: body.cuts)
        var rendered = RenderedLesson(
            slug: run.lesson.slug, language: run.lesson.language, title: run.lesson.title, order: run.lesson.order,
            summary: run.lesson.summary, readingMinutes: ReadingTime.minutes(run.lesson), body: body.html,
            sourceFile: run.lesson.source.path.split(separator: "/").suffix(2).joined(separator: "/"),
            rerun: run.runs.first.map { first in
                let example = first.example
                let setting =
                    if case .firstOrder = example.method {
                        "optimizer.lr=\(example.method.learningRate / 2)"
                    } else {
                        "stop.max-iterations=\(max(1, example.stopping.maxIterations / 2))"
                    }
                return RenderedLesson.Rerun(example: example.name, setting: setting)
            },
            sections: body.sections, search: search.entries,
            traces: run.runs.map {
                RenderedLesson.TraceFiles(
                    example: $0.example.name, label: page.words.label($0.example),
                    // Written once per run: the translation's page shares the run and its files.
                    csv: $0.memo.value("csv") { [run = $0] in TraceExport.csv(run, limit: downloadRows) },
                    json: $0.memo.value("json") { [run = $0] in TraceExport.json(run, limit: downloadRows) })
            })
        rendered.code = code
        rendered.notebook = notebook(run.lesson, code: code).json
        rendered.citesSource = mentions(run.lesson.source.text.lowercased(), page.words(.sourcePhrase).lowercased())
        return rendered
    }

    /// Whether `text` contains `phrase` as Foundation's search finds it (characters compared as canonically
    /// equivalent); compared byte by byte when both are ASCII and the phrase has no line break, where that is the same.
    static func mentions(_ text: String, _ phrase: String) -> Bool {
        let needle = Array(phrase.utf8)
        guard text.utf8.allSatisfy({ $0 < 0x80 }),
            needle.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") })
        else { return text.contains(phrase) }
        guard let first = needle.first else { return false }  // as Foundation: no range for an empty phrase
        let haystack = Array(text.utf8)
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == first, haystack[i..<i + needle.count].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// The lesson's notebook: its title and summary, then each example's label and NumPy listing.
    static func notebook(_ lesson: Lesson, code: [ExampleCode]) -> Notebook {
        var cells: [Notebook.Cell] = [.markdown("# \(lesson.title)\n\n\(lesson.summary)")]
        for listing in code {
            cells.append(.markdown("## \(listing.label)"))
            cells.append(.code(listing.numpy))
        }
        return Notebook(cells: cells)
    }

    /// One page per lesson, an index per language and the stylesheet, in a stable order; every diagnostic of every lesson.
    public static func render(
        _ runs: [LessonRun], course: CourseInfo, assets: SiteAssets = SiteAssets(), theme: Theme = .standard
    ) throws(Diagnostics) -> [PageFile] {
        var rendered: [RenderedLesson] = []
        var problems: [Diagnostic] = []
        for run in runs {
            do {
                rendered.append(try renderLesson(run, course: course))
            } catch {
                problems += error.all
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return assemble(rendered, course: course, assets: assets, theme: theme)
    }

    /// Puts rendered lessons into the site's frame: navigation, indexes, search, stylesheet, fonts; sorted by path.
    public static func assemble(
        _ lessons: [RenderedLesson], course: CourseInfo, assets: SiteAssets = SiteAssets(), theme: Theme = .standard
    ) -> [PageFile] {
        var files: [PageFile] = []
        assemble(lessons, course: course, assets: assets, theme: theme) { files.append($0) }
        return files.sorted { $0.path < $1.path }
    }

    /// Puts rendered lessons into the site's frame and hands each file to `write` as soon as it is made, so that no
    /// more than one page is held at a time (the order is the same on every run, but not sorted).
    public static func assemble<Failure: Error>(
        _ lessons: [RenderedLesson], course: CourseInfo, assets: SiteAssets = SiteAssets(), theme: Theme = .standard,
        write: (PageFile) throws(Failure) -> Void
    ) throws(Failure) {
        _ = try assemble(
            lessons.map { SiteLesson($0) }, course: course, assets: assets, theme: theme, reuse: nil, write: write)
    }
}

/// Where a page stands in the site: its language and the other languages' versions.
struct SiteContext {
    let course: CourseInfo
    let theme: Theme
    let language: String
    let languages: [String]
    /// The lesson slugs present in each language.
    let slugs: [String: Set<String>]
    /// The printed handouts the site ships, relative to its `handouts/` folder.
    var handouts: Set<String> = []

    var words: Localization { Localization(language: language) }
    var folder: String { course.folder(of: language) }
    /// From a page of this language back to the site root.
    var root: String { folder.isEmpty ? "" : "../" }
    var title: String { course.title(in: language) }

    /// The link to this language's handout `name` (`course.pdf`, `SLUG.pdf`), when the site ships it.
    func handout(_ name: String) -> String? {
        handouts.contains(folder + name) ? root + SiteAssets.handoutsFolder + folder + name : nil
    }

    /// Links to the same page in the other languages: (language, href), for a lesson slug or the index (nil).
    func alternates(of slug: String?) -> [(language: String, href: String)] {
        languages.filter { $0 != language }.compactMap { other in
            if let slug, slug != "glossary", slugs[other]?.contains(slug) != true { return nil }
            return (other, root + course.folder(of: other) + (slug ?? "index") + ".html")
        }
    }
}
