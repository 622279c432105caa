import Foundation
import GradusLessons
import GradusPages
import GradusRuns

/// The stages the commands compose: content → runs → pages → site → output folder.
extension Stage where Work == CourseWork {
    /// Takes from the cache every page whose key (the lesson, its twin if it shares examples, their data, Gradus
    /// itself) is there.
    public static func reuseCachedPages(cache: URL?) -> Stage {
        Stage("reuse cached pages") { (work: inout CourseWork) throws(Diagnostics) in
            let store = LessonCache(folder: cache)
            work.keys = work.course.lessons.map { store.key(for: $0, in: work.course) }
            for index in work.pages.indices where work.pages[index] == nil {
                work.pages[index] = store.load(work.keys[index])
            }
        }
    }

    /// Runs the examples of every lesson whose page is still to be made, on up to `jobs` threads (the runs are the
    /// same for any number). A lesson sharing another's examples gets that lesson's runs: each example runs once.
    /// With `example`, only the example of that name runs. With `explores` (and no `example`), the combinations of
    /// the explore blocks run too, for the pages that show them.
    public static func runExamples(jobs: Int, example: String? = nil, explores: Bool = true) -> Stage {
        Stage("run examples") { (work: inout CourseWork) throws(Diagnostics) in
            let lessons = work.course.lessons
            let needed = lessons.indices.filter { work.pages[$0] == nil && work.runs[$0] == nil }
            let owners = Set(needed.map { lessons[$0].twin ?? $0 }).sorted()
            let tasks = owners.flatMap { owner in
                lessons[owner].lesson.examples.filter { example == nil || $0.name == example }.map {
                    (owner: owner, example: $0)
                }
            }
            // Every combination of the explore blocks runs with them, once for a lesson and its translation.
            let explores = explores && example == nil ? Self.exploreTasks(lessons, needed) : []
            let results = Parallel.map(tasks.map(\.example) + explores.map(\.example), jobs: jobs) {
                Executor.run($0)
            }
            var byOwner: [Int: [ExampleRun]] = [:]
            for (task, run) in zip(tasks, results) { byOwner[task.owner, default: []].append(run) }
            var explored: [Int: [String: ExampleRun]] = [:]
            for (task, run) in zip(explores, results.dropFirst(tasks.count)) {
                explored[task.owner, default: [:]][task.key] = run
            }
            for index in needed {
                let owner = lessons[index].twin ?? index
                var run = LessonRun(lesson: lessons[index].lesson, runs: byOwner[owner] ?? [])
                run.explored = explored[owner] ?? [:]
                work.runs[index] = run
            }
            work.examplesRun += results.count
        }
    }

    /// The combinations the explore blocks of the lessons `needed` ask for, each once per owner of the examples.
    static func exploreTasks(_ lessons: [CourseLesson], _ needed: [Int]) -> [(
        owner: Int, key: String, example: Example
    )] {
        var tasks: [(owner: Int, key: String, example: Example)] = []
        var seen: Set<String> = []
        for index in needed {
            let owner = lessons[index].twin ?? index
            let lesson = lessons[index].lesson
            for block in lesson.blocks {
                guard let explore = block.explore else { continue }
                for run in 0..<explore.count {
                    let key = explore.key(example: block.example, run: run)
                    guard let example = lesson.exploreVariants[key], seen.insert("\(owner) \(key)").inserted else {
                        continue
                    }
                    tasks.append((owner, key, example))
                }
            }
        }
        return tasks
    }

    /// Renders the page of every lesson that has runs and no page yet, puts the pages into the site's frame
    /// (navigation, indexes, search, stylesheet, fonts) and writes each file into a staging folder beside `output` as
    /// soon as it is made; `writeOutput` swaps that folder in. The output folder is untouched until then, and the
    /// staging folder is removed if rendering or writing fails; every lesson's diagnostics are reported together.
    ///
    /// Pages are rendered on up to `jobs` threads, a batch at a time in the site's order, when the assembly comes to
    /// them, and stored in the cache (when there is one); once a lesson's files are written, its page, runs and parsed
    /// body are let go. A large course is so never held whole as parsed text, runs and pages at once.
    ///
    /// In a build with a cache, a lesson whose files would be made as the previous build made them keeps that build's
    /// files (hard links to the output folder's, see `OutputFolder.Staging.keep`); the others are read from the cache
    /// and made again. `keeping` names the folder the previous build wrote when it is not `output` (the preview's
    /// numbered folders).
    public static func renderSite(writingBeside output: URL, jobs: Int = 1, cache: URL? = nil, keeping: URL? = nil)
        -> Stage
    {
        Stage("render pages") { (work: inout CourseWork) throws(Diagnostics) in
            var staging = try OutputFolder(url: output, protected: [work.course.content]).begin()
            let cached = cache != nil && work.cacheHeader != nil
            staging.stamping = cached
            let store = LessonCache(folder: cache)
            var lessons: [SiteLesson] = []
            // Which lesson of the course a page to be made is, by its language and slug.
            var place: [String: Int] = [:]
            for index in work.course.lessons.indices {
                let identity = index < work.keys.count ? work.keys[index] : ""
                if let page = work.pages[index] {
                    // The pages move into the assembly, which lets go of each once it is written.
                    work.pages[index] = nil
                    let site = SiteLesson(page, identity: identity, marked: cached)
                    work.sites[index] = site.listed
                    lessons.append(site)
                } else if work.runs[index] != nil {
                    let listing = LessonListing(unrendered: work.course.lessons[index].lesson)
                    place[listing.language + "/" + listing.slug] = index
                    lessons.append(SiteLesson(pending: listing, identity: identity))
                }
            }
            lessons += work.cached
            // Not the course itself: a copy would keep every lesson's body.
            let (info, assets, theme) = (work.course.info, work.course.assets, work.course.theme)
            var problems: [Diagnostic] = []
            typealias Rendered = [Result<RenderedLesson, Diagnostics>]
            func render(_ indices: [Int]) -> @Sendable () -> Rendered {
                let runs = indices.compactMap { work.runs[$0] }
                return {
                    Parallel.map(runs, jobs: jobs) { run in
                        Result { () throws(Diagnostics) -> RenderedLesson in
                            try SitePages.renderLesson(run, course: info)
                        }
                    }
                }
            }
            // With more than one job, the next batch is rendered while this one is written.
            var ahead: (indices: [Int], pages: Background<Rendered>)? = nil
            defer { _ = ahead?.pages.wait() }
            func make(_ batch: [SiteLesson], next: [SiteLesson]) -> [SiteLesson?] {
                func places(of lessons: [SiteLesson]) -> [Int] {
                    lessons.compactMap { place[$0.listing.language + "/" + $0.listing.slug] }
                }
                let indices = places(of: batch)
                let results = ahead.flatMap { $0.indices == indices ? $0.pages.wait() : nil } ?? render(indices)()
                _ = ahead?.pages.wait()
                ahead = nil
                let following = places(of: next)
                if jobs > 1, !following.isEmpty { ahead = (following, Background(render(following))) }
                return zip(indices, results).map { index, result in
                    work.runs[index] = nil
                    work.course.lessons[index].lesson.forgetBody()
                    switch result {
                    case .success(let page):
                        work.rendered.append(index)
                        if index < work.keys.count { store.store(page, as: work.keys[index]) }
                        let site = SiteLesson(
                            page, identity: index < work.keys.count ? work.keys[index] : "", marked: cached)
                        work.sites[index] = site.listed
                        return site
                    case .failure(let error):
                        problems += error.all
                        return nil
                    }
                }
            }
            let batch = renderBatch * jobs
            do throws(Diagnostics) {
                if cached, let header = work.cacheHeader {
                    let old = OutputFolder.canonical(keeping ?? output)
                    let previous = work.previous.flatMap { $0.output == old ? $0 : nil }
                    let entries = previous.map { Array($0.entries.values) } ?? []
                    var stamps: [String: FileStamp] = [:]
                    for entry in entries {
                        for (file, stamp) in zip(entry.made?.files ?? [], entry.stamps) { stamps[file] = stamp }
                    }
                    let siteFiles = previous?.siteFiles ?? [:]
                    for (path, file) in siteFiles { stamps[path] = file.stamp }
                    let reuse = SiteReuse<Diagnostics>(
                        identity: siteIdentity(work.course, header: header),
                        previous: Dictionary(
                            entries.compactMap { entry in entry.made.map { (entry.page, $0) } }
                                + siteFiles.map { ($0.key, $0.value.made) },
                            uniquingKeysWith: { a, _ in a }),
                        keep: { paths in
                            staging.keep(
                                paths, stamps: paths.compactMap { stamps[$0] }, from: old)
                        },
                        load: { lesson throws(Diagnostics) in
                            guard let page = LessonCache(folder: cache).load(lesson.identity) else {
                                throw Diagnostics(
                                    SourceLocation(path: LessonCache.unreadable, line: 1, column: 1),
                                    LessonCache.unreadable)
                            }
                            return page
                        })
                    work.assembled = try SitePages.assemble(
                        consume lessons, course: info, assets: assets, theme: theme, reuse: reuse,
                        ahead: batch, make: { (lessons, next) throws(Diagnostics) in make(lessons, next: next) }
                    ) { (file: PageFile) throws(Diagnostics) in try staging.write(file) }
                } else {
                    _ = try SitePages.assemble(
                        consume lessons, course: info, assets: assets, theme: theme,
                        reuse: SiteReuse<Diagnostics>?.none, ahead: batch,
                        make: { (lessons, next) throws(Diagnostics) in make(lessons, next: next) }
                    ) { (file: PageFile) throws(Diagnostics) in try staging.write(file) }
                }
                if !problems.isEmpty { throw Diagnostics(problems) }
            } catch {
                staging.abandon()
                throw error
            }
            work.staging = staging
            work.rendered.sort()
            // Entries no lesson uses are removed, when an entry was added or the lessons' keys are not those of the
            // previous build (a lesson deleted or edited): the cache keeps one entry per lesson.
            let keys = Set(work.keys + work.cached.map(\.identity))
            let before = work.previous.map { Set($0.entries.values.map(\.key)) }
            if work.keys.count == work.course.lessons.count, !work.rendered.isEmpty || before != keys {
                work.tidying.append(Background { store.prune(keeping: keys) })
            }
        }
    }

    /// How many pages each job renders at a time, ahead of the assembly.
    static let renderBatch = 32

    /// What every page depends on besides its lessons, for a build with a cache: the cache's header (Gradus itself,
    /// the content folder, `course.yaml`), the theme's files and the assets the pages link to.
    static func siteIdentity(_ course: Course, header: String) -> String {
        var hash = StableHash()
        hash.add(header)
        for file in ["theme/layout.mustache", "theme/style.css"] {
            let bytes = FileManager.default.contents(atPath: course.content.appendingPathComponent(file).path)
            hash.add(bytes.map { "+" + String(decoding: $0, as: UTF8.self) } ?? "-")
        }
        hash.add(course.assets.mathFont == nil ? "no font" : "font")
        for file in course.assets.handouts { hash.add(file.path) }
        return hash.hex
    }

    /// Puts the pages into the site's frame, in memory: navigation, indexes, search, stylesheet, fonts.
    public static var assembleSite: Stage {
        Stage("assemble site") { (work: inout CourseWork) throws(Diagnostics) in
            work.files = SitePages.assemble(
                work.pages.compactMap { $0 }, course: work.course.info, assets: work.course.assets,
                theme: work.course.theme)
        }
    }

    /// Self-contained handouts from the runs: one per lesson and one per language for the course.
    public static var renderHandouts: Stage { renderHandouts(claims: false) }

    /// Handouts that keep the claims boxes, unfolded (with `claims`), laid out for `paper`; with `teacher`, also the
    /// teacher's edition of each.
    public static func renderHandouts(claims: Bool, teacher: Bool = false, paper: Paper = .a4) -> Stage {
        Stage("render handouts") { (work: inout CourseWork) throws(Diagnostics) in
            for edition in teacher ? [ExerciseMode.student, .teacher] : [.student] {
                work.files += try Handouts.render(
                    work.runs.compactMap { $0 }, course: work.course.info, assets: work.course.assets,
                    theme: work.course.theme, claims: claims, exercises: edition, layout: PrintLayout(paper: paper))
            }
            work.files.sort { $0.path < $1.path }
        }
    }

    /// Prints every HTML file to PDF beside it with headless Chromium. Each course handout is printed until the
    /// page numbers it shows (its table of contents, links between lessons, the lesson named in each page's header)
    /// are those it prints with, read from where the PDF's destination for each lesson's title stands.
    public static func printPDFs(claims: Bool = false, paper: Paper = .a4, jobs: Int = 1) -> Stage {
        Stage("print PDFs") { (work: inout CourseWork) throws(Diagnostics) in
            let browser = try Chromium.find()
            let staging = FileManager.default.temporaryDirectory.appendingPathComponent(
                "gradus-handouts-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: staging) }
            let runs = work.runs.compactMap { $0 }
            let info = work.course.info
            let folders = Set(runs.map(\.lesson.language)).map { info.folder(of: $0) }
            // The student's edition, and the teacher's when there is one, each printed until its numbers settle; the
            // variants' sheets have no table of contents.
            let editions: [(mode: ExerciseMode, name: String)] =
                [(.student, "course")]
                + (work.files.contains { $0.path.hasSuffix("course.teacher.html") }
                    ? [(.teacher, "course.teacher")] : [])
            var layouts = editions.map { _ in PrintLayout(paper: paper) }
            var unsettled = Set(editions.indices)
            var pdfs: [String: [UInt8]] = [:]
            for pass in 0..<4 {
                try OutputFolder(url: staging).replace(with: work.files)
                let courses = Set(unsettled.flatMap { index in folders.map { $0 + editions[index].name + ".html" } })
                let pages = work.files.map(\.path).filter {
                    $0.hasSuffix(".html") && (pass == 0 || courses.contains($0))
                }
                let printed = Parallel.map(pages, jobs: jobs) { page in
                    let path = String(page.dropLast(5)) + ".pdf"
                    return Result { () throws(Diagnostics) -> [UInt8] in
                        try browser.printToPDF(staging.appendingPathComponent(page), shown: path)
                    }
                }
                for (page, result) in zip(pages, printed) { pdfs[String(page.dropLast(5)) + ".pdf"] = try result.get() }
                for index in unsettled.sorted() {
                    let next = courseLayout(runs, info: info, pdfs: pdfs, paper: paper, name: editions[index].name)
                    if next == layouts[index] {
                        unsettled.remove(index)
                        continue
                    }
                    guard pass < 3 else {
                        throw Diagnostics(
                            SourceLocation(path: editions[index].name + ".pdf", line: 1, column: 1),
                            "the page numbers of the table of contents did not settle after 4 printings")
                    }
                    layouts[index] = next
                    // This edition with the new page numbers.
                    let renumbered = try Handouts.render(
                        runs, course: info, assets: work.course.assets, theme: work.course.theme, claims: claims,
                        exercises: editions[index].mode, layout: next)
                    let byPath = Dictionary(renumbered.map { ($0.path, $0) }) { first, _ in first }
                    work.files = work.files.map { byPath[$0.path] ?? $0 }
                }
                if unsettled.isEmpty { break }
            }
            work.files += pdfs.sorted { $0.key < $1.key }.map { PageFile(path: $0.key, bytes: $0.value) }
        }
    }

    /// Where each lesson starts in its language's course PDF, `name`.pdf (the student's or the teacher's edition): the
    /// page of the destination Chromium writes for its title, which the table of contents links to; and which lesson
    /// each page belongs to: the last to start before it, or on it within `topOfPage` points of the top of its type
    /// area.
    static func courseLayout(
        _ runs: [LessonRun], info: CourseInfo, pdfs: [String: [UInt8]], paper: Paper, name: String = "course"
    ) -> PrintLayout {
        var layout = PrintLayout(paper: paper)
        for language in Set(runs.map(\.lesson.language)) {
            let pdf = pdfs[info.folder(of: language) + name + ".pdf"] ?? []
            let places = PDFPages.destinations(pdf)
            let lessons = Handouts.inOrder(runs, language: language).map(\.lesson.slug)
            let starts = lessons.compactMap { places[$0] }
            guard starts.count == lessons.count else { continue }
            layout.startPages[language] = Dictionary(zip(lessons, starts.map(\.page))) { first, _ in first }
            layout.running[language] = (1...max(1, PDFPages.count(pdf))).map { page in
                let current = starts.lastIndex { start in
                    start.page < page || (start.page == page && start.depth < topOfPage)
                }
                return current.map { lessons[$0] } ?? ""
            }
        }
        return layout
    }

    /// How far below the top of a page's type area a lesson's title may start and still head that page, in points:
    /// the title's own top margin (1.5rem, 18 pt) is below it; a line of the lesson before and the gap between
    /// lessons (2.5rem) are above it.
    static let topOfPage = 24.0

    /// Replaces the output folder with the files, as a whole and in one step (see `OutputFolder`): the staging folder
    /// that `assembleSite(writingBeside:)` filled, or the files held in memory.
    public static func writeOutput(to output: URL) -> Stage {
        Stage("write output") { (work: inout CourseWork) throws(Diagnostics) in
            // The work keeps its copy of the staging folder: the paths of the site, without the marker.
            if var staging = work.staging {
                if let removal = try staging.commit() { work.tidying.append(removal) }
            } else {
                try OutputFolder(url: output, protected: [work.course.content]).replace(with: work.files)
            }
        }
    }

    /// Compares the runs with the golden files beside the lessons or, with `update`, rewrites them.
    public static func checkGolden(update: Bool) -> Stage {
        Stage(update ? "update golden files" : "check golden files") { (work: inout CourseWork) throws(Diagnostics) in
            work.checks = try GoldenFolder(content: work.course.content).check(work, update: update)
        }
    }
}
