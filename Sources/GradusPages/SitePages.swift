import GradusLessons
import GradusRuns

/// What the whole course is called, from the content folder's `course.yaml`.
public struct CourseInfo: Sendable, Equatable {
    /// The main language first; lessons in it are at the top of the site, the others in `LANG/`.
    public let languages: [String]
    /// The course title in each language.
    public let titles: [String: String]

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

    public init(mathFont: [UInt8]? = nil, mathFontLicense: String? = nil) {
        self.mathFont = mathFont
        self.mathFontLicense = mathFontLicense
    }

    static let fontFile = "fonts/latinmodern-math.otf"
}

/// Renders every page of the site from the lessons' runs.
public enum SitePages {
    /// One page per lesson, an index per language and the stylesheet, in a stable order; every diagnostic of every lesson.
    public static func render(_ runs: [LessonRun], course: CourseInfo, assets: SiteAssets = SiteAssets()) throws(Diagnostics)
        -> [PageFile]
    {
        var files: [PageFile] = []
        var problems: [Diagnostic] = []
        let languages = course.languages + Set(runs.map(\.lesson.language)).subtracting(course.languages).sorted()
        let slugsByLanguage = Dictionary(grouping: runs, by: \.lesson.language).mapValues { Set($0.map(\.lesson.slug)) }
        for language in languages {
            let ordered = runs.filter { $0.lesson.language == language }
                .sorted { ($0.lesson.order, $0.lesson.slug) < ($1.lesson.order, $1.lesson.slug) }
            guard !ordered.isEmpty else { continue }
            let site = SiteContext(course: course, language: language, languages: languages, slugs: slugsByLanguage)
            var search = SearchIndex()
            for (i, run) in ordered.enumerated() {
                var page = LessonPage(run)
                do {
                    let body = try page.renderWithSections()
                    search.add(run.lesson, html: body.html, sections: body.sections)
                    var downloads: [Download] = []
                    for example in run.runs {
                        let base = "data/\(run.lesson.slug).\(example.example.name)"
                        files.append(PageFile(path: site.folder + base + ".csv", contents: TraceExport.csv(example)))
                        files.append(PageFile(path: site.folder + base + ".json", contents: TraceExport.json(example)))
                        downloads.append(Download(example: example.example.name, base: base))
                    }
                    let html = Layout.lesson(
                        LessonLayout(
                            lesson: run.lesson, body: body.html, sections: body.sections, downloads: downloads,
                            lessons: ordered.map(\.lesson)),
                        site: site, previous: i > 0 ? ordered[i - 1].lesson : nil,
                        next: i + 1 < ordered.count ? ordered[i + 1].lesson : nil)
                    files.append(PageFile(path: site.folder + run.lesson.slug + ".html", contents: html))
                } catch {
                    problems += error.all
                }
            }
            files.append(PageFile(path: site.folder + "index.html", contents: Layout.index(ordered.map(\.lesson), site: site)))
            files.append(PageFile(path: site.folder + "search-index.js", contents: search.script))
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        var css = Stylesheet.css
        if let font = assets.mathFont {
            files.append(PageFile(path: SiteAssets.fontFile, bytes: font))
            css = Stylesheet.fontFace(url: SiteAssets.fontFile) + css
        }
        if let license = assets.mathFontLicense {
            files.append(PageFile(path: "fonts/GUST-FONT-LICENSE.txt", contents: license))
        }
        files.append(PageFile(path: "style.css", contents: css))
        files.append(PageFile(path: "search.js", contents: SearchScript.js))
        return files.sorted { $0.path < $1.path }
    }
}

/// Where a page stands in the site: its language and the other languages' versions.
struct SiteContext {
    let course: CourseInfo
    let language: String
    let languages: [String]
    /// The lesson slugs present in each language.
    let slugs: [String: Set<String>]

    var words: Localization { Localization(language: language) }
    var folder: String { course.folder(of: language) }
    /// From a page of this language back to the site root.
    var root: String { folder.isEmpty ? "" : "../" }
    var title: String { course.title(in: language) }

    /// Links to the same page in the other languages: (language, href), for a lesson slug or the index (nil).
    func alternates(of slug: String?) -> [(language: String, href: String)] {
        languages.filter { $0 != language }.compactMap { other in
            if let slug, slugs[other]?.contains(slug) != true { return nil }
            return (other, root + course.folder(of: other) + (slug ?? "index") + ".html")
        }
    }
}
