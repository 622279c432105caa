import Foundation
import GradusLessons
import GradusPages
import Synchronization

extension Course {
    /// Loads a content folder: `course.yaml`, the theme, the assets and every lesson, each data file read once.
    /// Every problem of every lesson is reported together.
    /// The lesson files are parsed on up to `jobs` threads.
    public static func load(content: URL, jobs: Int = 1) throws(Diagnostics) -> Course {
        let folder = ContentFolder(url: content)
        let files = try folder.lessonFiles()
        let info = try folder.course()
        let theme = try ThemeFolder.load(content: content)
        var loader = CourseLoader(folder: folder, info: info)
        loader.jobs = jobs
        let lessons = try loader.load(files)
        try checkWork(lessons)
        if !info.glossary.isEmpty, let clash = lessons.first(where: { $0.lesson.slug == "glossary" }) {
            throw Diagnostics(
                clash.lesson.source.location(line: 1, column: 1),
                "a course with a glossary (course.yaml) has its glossary page at glossary.html; rename this lesson")
        }
        if let clash = lessons.first(where: { $0.lesson.slug == "index" }) {
            throw Diagnostics(
                clash.lesson.source.location(line: 1, column: 1),
                "the list of lessons is the page index.html; rename this lesson")
        }
        return Course(
            content: content, info: info, theme: theme,
            assets: Assets.load(content: content, handouts: info.handoutsFolder),
            lessons: lessons)
    }

    /// Refuses a course whose examples together would take more than `WorkLimits.perBuild` units of work, at the
    /// example that passes the limit (a shared example counts once).
    static func checkWork(_ lessons: [CourseLesson]) throws(Diagnostics) {
        var total = 0.0
        for lesson in lessons where lesson.twin == nil {
            // An explore block's combinations are examples too, each counted once (sorted: the same example
            // passes the limit in every build).
            let explored = lesson.lesson.exploreVariants.sorted { $0.key < $1.key }.map(\.value)
            for example in lesson.lesson.examples + explored {
                total += example.work
                if total > WorkLimits.perBuild {
                    throw Diagnostics(
                        example.location,
                        "with example '\(example.name)' the examples of the course would take up to \(Self.shown(total)) units of work; the limit for one build is \(Self.shown(WorkLimits.perBuild))"
                    )
                }
            }
        }
    }

    static func shown(_ work: Double) -> String { String(format: "%.1e", work) }

    /// Loads one lesson file for `gradus run`: the course of its folder (for `course.yaml`'s language) and the lesson,
    /// with its twin when it shares the twin's examples. `overrides` change the examples before they are read
    /// (`--set`); for a lesson sharing its twin's examples they change the twin's. The theme and assets are not read.
    public static func load(lessonFile file: URL, overrides: ExampleOverrides = .none) throws(Diagnostics) -> Course {
        let folder = ContentFolder(url: file.deletingLastPathComponent())
        let info = try folder.course()
        let loader = CourseLoader(folder: folder, info: info, overrides: overrides)
        var files = [file]
        let name = LanguageTag.split(fileName: file.lastPathComponent)
        let lesson = try loader.parse(file)
        if let explicit = lesson.examplesFrom {
            files.append(folder.url.appendingPathComponent(explicit.file))
        } else if !lesson.declaresExamples, name.language != nil {
            files.append(folder.url.appendingPathComponent(name.slug + ".md"))
        }
        let present = files.prefix(1) + files.dropFirst().filter { FileManager.default.fileExists(atPath: $0.path) }
        let lessons = try loader.load(Array(present), parsed: [file: lesson])
        return Course(content: folder.url, info: info, theme: .standard, assets: SiteAssets(), lessons: lessons)
    }
}

/// Parses lesson files and links each translation to the twin whose examples it shares.
struct CourseLoader {
    let folder: ContentFolder
    let info: CourseInfo
    var overrides: ExampleOverrides = .none
    /// Every data file is read once, whichever lessons name it.
    let data: DataFileReads
    /// How many threads parse the lesson files.
    var jobs = 1

    init(folder: ContentFolder, info: CourseInfo, overrides: ExampleOverrides = .none) {
        self.folder = folder
        self.info = info
        self.overrides = overrides
        self.data = DataFileReads(ContentDataFiles(root: folder.url, shownRoot: folder.url.relativePath))
    }

    func parse(_ file: URL) throws(Diagnostics) -> Lesson {
        let source = try folder.source(of: file)
        let name = LanguageTag.split(fileName: file.lastPathComponent)
        return try LessonParser.parse(
            source, slug: name.slug, language: name.language ?? info.language, dataFiles: data, overrides: overrides)
    }

    /// Parses `files` (those in `parsed` already are not read again) and resolves shared examples.
    func load(_ files: [URL], parsed: [URL: Lesson] = [:]) throws(Diagnostics) -> [CourseLesson] {
        var lessons: [(file: URL, lesson: Lesson)] = []
        var problems: [Diagnostic] = []
        // Parsed on `jobs` threads; the lessons and their problems keep the files' order.
        let results = Parallel.map(files, jobs: jobs) { [self] file in
            if let known = parsed[file] { return Result<Lesson, Diagnostics>.success(known) }
            return Result { () throws(Diagnostics) -> Lesson in try parse(file) }
        }
        for (file, result) in zip(files, results) {
            switch result {
            case .success(let lesson): lessons.append((file, lesson))
            case .failure(let error): problems += error.all
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        try refuseSamePage(lessons)
        let byName = Dictionary(
            lessons.indices.map { (lessons[$0].file.lastPathComponent, $0) }, uniquingKeysWith: { a, _ in a })
        // Made once: a copy per lesson made loading a course quadratic in its lessons.
        let all = lessons.map(\.lesson)
        var result: [CourseLesson] = []
        for (file, lesson) in lessons {
            do throws(Diagnostics) {
                let twin = try twin(of: lesson, file: file, in: all, byName: byName)
                let shared = twin.map {
                    lesson.sharingExamples(of: lessons[$0].lesson, location: lesson.examplesFrom?.location)
                }
                let owner = shared ?? lesson
                result.append(
                    CourseLesson(file: file, lesson: owner, dataFiles: data.files(owner.dataFiles), twin: twin))
            } catch {
                problems += error.all
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return result
    }

    /// Two lesson files that would become the same page (`intro.md` and `intro.en.md` in a course whose language is
    /// `en`) are an error naming both, instead of one page silently replacing the other.
    func refuseSamePage(_ lessons: [(file: URL, lesson: Lesson)]) throws(Diagnostics) {
        var first: [String: URL] = [:]
        var problems: [Diagnostic] = []
        for (file, lesson) in lessons {
            let page = info.folder(of: lesson.language) + lesson.slug + ".html"
            if let earlier = first[page] {
                problems.append(
                    Diagnostic(
                        lesson.source.location(line: 1, column: 1),
                        "this lesson and \(folder.displayPath(earlier)) both become the page \(page); rename one of them"
                    ))
            } else {
                first[page] = file
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
    }

    /// The lesson whose examples `lesson` takes: the one `examples-from:` names, or by default, for a translation
    /// `NAME.LANG.md` without an `examples:` key, its twin `NAME.md` when that declares examples.
    func twin(of lesson: Lesson, file: URL, in lessons: [Lesson], byName: [String: Int]) throws(Diagnostics) -> Int? {
        if let explicit = lesson.examplesFrom {
            let at = explicit.location ?? lesson.source.location(line: 1, column: 1)
            let shown = (folder.url.relativePath as NSString).appendingPathComponent(explicit.file)
            guard let index = byName[explicit.file] else {
                throw Diagnostics(
                    at, "'examples-from' names \(shown), which is not a lesson file of the content folder")
            }
            guard explicit.file != file.lastPathComponent else {
                throw Diagnostics(at, "a lesson cannot take its examples from itself")
            }
            guard lessons[index].declaresExamples else {
                throw Diagnostics(at, "\(shown) declares no examples of its own; name the lesson that declares them")
            }
            return index
        }
        let name = LanguageTag.split(fileName: file.lastPathComponent)
        guard !lesson.declaresExamples, name.language != nil else { return nil }
        let twinName = name.slug + ".md"
        if let index = byName[twinName], lessons[index].declaresExamples { return index }
        // A translation that names examples but has neither its own nor a twin to take them from.
        let references = lesson.bindings.map(\.location) + lesson.blocks.flatMap(\.examples).map(\.location)
        if let first = references.min(), byName[twinName] == nil {
            let shown = (folder.url.relativePath as NSString).appendingPathComponent(twinName)
            throw Diagnostics(
                first,
                "this translation declares no examples and has no twin \(shown) to take them from; add 'examples:' or the twin"
            )
        }
        return nil
    }
}

/// Data files read through the lesson parser, each once, kept with their text for the cache keys.
final class DataFileReads: DataFiles {
    let reader: any DataFiles
    private let read = Mutex<[String: Result<SourceFile, DataFileError>]>([:])

    init(_ reader: any DataFiles) { self.reader = reader }

    func read(_ path: String) throws(DataFileError) -> SourceFile {
        let result = read.withLock { read in
            if let known = read[path] { return known }
            let result = Result { () throws(DataFileError) -> SourceFile in try reader.read(path) }
            read[path] = result
            return result
        }
        return try result.get()
    }

    /// The files at `paths` that were read, in the order given.
    func files(_ paths: [String]) -> [SourceFile] {
        read.withLock { read in paths.compactMap { try? read[$0]?.get() } }
    }
}
