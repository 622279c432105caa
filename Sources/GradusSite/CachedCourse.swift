import Foundation
import GradusLessons
import GradusPages

/// A course loaded for a build with a cache: the lessons that changed since the build that wrote the cache's
/// `CourseIndex` (and the lessons whose examples they may share) parsed into `course`; every other lesson's page read
/// from the cache's index without reading more of it than its file's bytes and its dependencies' (see
/// `CourseIndex`).
struct CachedCourse {
    /// The lessons to parse, with the course's info, theme and assets.
    let course: Course
    /// The lessons not in `course.lessons`, whose pages are in the cache, known by their entries in the index.
    let reused: [Reused]
    /// The index the previous build wrote.
    let index: CourseIndex
    /// The stamps of the lesson files, by name, that the next index may keep (see `SourceStamp`).
    let sources: [String: SourceStamp]
    /// The lessons taken as unchanged by their stamps and those of the lessons they depend on, without being read.
    let unread: Set<String>

    struct Reused {
        /// The lesson's file name in the content folder.
        let name: String
        let entry: CourseIndex.Entry
        let site: SiteLesson
    }

    /// The course as the cache in `cache` allows, or nil when the whole course must be loaded: when anything is
    /// wrong with it (the full load finds and reports every problem, as without a cache), or when a check that
    /// needs every lesson is near its limit.
    static func load(content: URL, cache: URL) -> CachedCourse? {
        // The index is read on a thread of its own while the content folder is looked at.
        let reading = Background { CourseIndex.read(from: cache, header: CourseIndex.header(content: content)) }
        let folder = ContentFolder(url: content)
        guard let names = try? folder.lessonNames(), let info = try? folder.course(),
            let theme = try? ThemeFolder.load(content: content)
        else { return nil }
        let known = Set(names)
        // Two files becoming one page, or a lesson named like the glossary or the index page: the full load says so.
        let pages = names.map { name in
            let split = LanguageTag.split(fileName: name)
            return info.folder(of: split.language ?? info.language) + split.slug
        }
        guard Set(pages).count == pages.count, info.glossary.isEmpty || !pages.contains("glossary"),
            !names.contains(where: { LanguageTag.split(fileName: $0).slug == "index" })
        else {
            return nil
        }
        let started = SourceStamp.now
        let folderPath = content.path
        let stamps = Dictionary(
            names.compactMap { name in SourceStamp(path: folderPath + "/" + name).map { (name, $0) } },
            uniquingKeysWith: { a, _ in a })
        let index = reading.wait()
        func isUnchanged(_ name: String) -> Bool {
            guard let stamp = stamps[name], let entry = index.entries[name] else { return false }
            return entry.source == stamp
        }
        // A lesson whose file, and the lesson files its page depends on, have the stamps the index keeps is not read
        // again; the others are read (and those they depend on) and hashed.
        var texts: [String: String] = [:]
        var unread: Set<String> = []
        for name in names {
            if let entry = index.entries[name], entry.data.isEmpty, isUnchanged(name),
                entry.lessons.allSatisfy(isUnchanged)
            {
                unread.insert(name)
                continue
            }
            for other in [name] + (index.entries[name]?.lessons ?? [])
            where known.contains(other) && texts[other] == nil {
                guard let text = folder.text(ofLesson: other, in: folderPath) else { return nil }
                texts[other] = text
            }
        }
        let data = ContentDataFiles(root: content, shownRoot: content.relativePath)
        var dataTexts: [String: String?] = [:]
        func dataText(_ path: String) -> String? {
            if let known = dataTexts[path] { return known }
            let text = try? data.read(path).text
            dataTexts[path] = text
            return text
        }
        var parse: Set<String> = []
        for name in names where !unread.contains(name) {
            guard let text = texts[name], let entry = index.entries[name],
                CourseIndex.state(
                    name: name, text: text, lessons: entry.lessons.map { ($0, texts[$0]) },
                    data: entry.data.map { ($0, dataText($0)) }) == entry.state
            else {
                parse.insert(name)
                continue
            }
        }
        // The lessons to parse, with those whose examples they may take; then the other pages, from the cache (a page
        // missing there is parsed too).
        let loader = CourseLoader(folder: folder, info: info)
        var parsed: [URL: Lesson] = [:]
        var reused: [String: SiteLesson] = [:]
        let cachePath = cache.path
        repeat {
            var pending = parse.subtracting(parsed.keys.map(\.lastPathComponent))
            while let name = pending.popFirst() {
                let file = content.appendingPathComponent(name)
                guard let lesson = try? loader.parse(file) else { return nil }
                parsed[file] = lesson
                for other in CourseIndex.lessonDependencies(name: name, twin: lesson.examplesFrom?.file)
                where known.contains(other) && !parse.contains(other) {
                    parse.insert(other)
                    pending.insert(other)
                }
            }
            for name in names where !parse.contains(name) && reused[name] == nil {
                guard let entry = index.entries[name], let site = entry.site, LessonCache.has(entry.key, in: cachePath)
                else {
                    parse.insert(name)
                    continue
                }
                reused[name] = site
            }
        } while parse.count > parsed.count
        let chosen = names.filter { parse.contains($0) }.map { content.appendingPathComponent($0) }
        guard let lessons = try? loader.load(chosen, parsed: parsed) else { return nil }
        let kept = names.compactMap { name -> Reused? in
            guard let site = reused[name], let entry = index.entries[name] else { return nil }
            return Reused(name: name, entry: entry, site: site)
        }
        // The work of the whole course, from the index for the lessons not parsed; near the limit, the full load
        // finds the example that passes it.
        let parsedWork = lessons.reduce(0) { $0 + CourseIndex.work(of: $1) }
        let total = kept.reduce(parsedWork) { $0 + $1.entry.work }
        guard total <= WorkLimits.perBuild * (1 - 1e-9) else { return nil }
        let course = Course(
            content: content, info: info, theme: theme,
            assets: Assets.load(content: content, handouts: info.handoutsFolder), lessons: lessons)
        return CachedCourse(
            course: course, reused: kept, index: index, sources: stamps.filter { $0.value.isSettled(before: started) },
            unread: unread)
    }
}
