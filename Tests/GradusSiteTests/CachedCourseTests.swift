import Foundation
import GradusLessons
import GradusPages
import GradusTestSupport
import Testing

@testable import GradusSite

/// Builds with a cache after each change to the content, and compares the site with a build from scratch.
struct CachedCourseTests {
    /// The CSV course (alpha, beta, gamma) and a Chinese translation of alpha that shares its examples.
    func content() throws -> (folder: URL, content: URL, build: SiteBuild) {
        let (folder, content) = try csvContent()
        try "---\ntitle: 阿尔法\norder: 1\n---\n最终损失 {{fit.final.loss}}。\n".write(
            to: content.appendingPathComponent("alpha.zh.md"), atomically: true, encoding: .utf8)
        let build = SiteBuild(
            content: content, output: folder.appendingPathComponent("output"),
            cache: folder.appendingPathComponent("cache"))
        return (folder, content, build)
    }

    /// Builds with the cache and checks the site is byte for byte the one a build without cache makes, at one job
    /// and at two.
    func expectSameAsFromScratch(_ build: SiteBuild, in folder: URL) throws -> SiteBuild.Summary {
        let summary = try build.run()
        let fresh = folder.appendingPathComponent("fresh")
        try? FileManager.default.removeItem(at: fresh)
        _ = try SiteBuild(content: build.content, output: fresh, jobs: 2).run()
        let built = try files(in: build.output)
        #expect(built.count > 10)
        #expect(built == (try files(in: fresh)))
        return summary
    }

    func cachedCourse(_ build: SiteBuild) throws -> CachedCourse {
        let cache = try #require(build.cache)
        return try #require(CachedCourse.load(content: build.content, cache: cache))
    }

    func edit(_ file: URL, _ change: (String) -> String) throws {
        try change(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func aLessonWhoseStampIsUnchangedIsNotReadAndAnEditKeepingSizeAndDatesIsSeen() throws {
        let (folder, content, build) = try content()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A stamp is kept only for a file last changed more than a second before the build began.
        Thread.sleep(forTimeInterval: 1.2)
        _ = try build.run()
        // Alpha and beta read data files, and alpha.zh.md shares alpha's examples: those are read and hashed at every
        // build. Gamma has no data file.
        #expect(try cachedCourse(build).unread == ["gamma.md"])
        // The same number of bytes, written into the same file, its modification time put back: only the change
        // time tells.
        let file = content.appendingPathComponent("gamma.md")
        let modified = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate])
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "Final loss", with: "Final lsos")
        #expect(edited != text && edited.utf8.count == text.utf8.count)
        let handle = try FileHandle(forWritingTo: file)
        try handle.write(contentsOf: Data(edited.utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file.path)
        #expect(try cachedCourse(build).unread.isEmpty)
        _ = try expectSameAsFromScratch(build, in: folder)
        let page = try String(contentsOf: build.output.appendingPathComponent("gamma.html"), encoding: .utf8)
        #expect(page.contains("Final lsos"))
    }

    @Test func onlyTheNamesTheCacheGivesAreEntries() {
        for name in ["0a1b-ff.lesson", "ABC-def.json", "1-2.lesson" + LessonCache.partialMark + "4242"] {
            #expect(LessonCache.isEntryName(name), "\(name)")
        }
        for name in [
            "course.index", "a-b-c.lesson", "-ab.lesson", "ab-.lesson", "ab.lesson", "ag-01.lesson", "ab-01.txt",
            "ab-01", "ab-01.lessons", "notes.md", "ab-01.json.bak",
        ] {
            #expect(!LessonCache.isEntryName(name), "\(name)")
        }
    }

    @Test func anUnchangedCourseIsTakenWholeFromTheCache() throws {
        let (folder, _, build) = try content()
        #expect(try expectSameAsFromScratch(build, in: folder).rerun.count == 4)
        let warm = try expectSameAsFromScratch(build, in: folder)
        #expect(warm.rerun.isEmpty && warm.reused.count == 4 && warm.lessons == 4 && warm.examples == 3)
        #expect(warm.examplesRun == 0)
    }

    @Test func anEditedLessonIsTheOnlyOneParsedAndRendered() throws {
        let (folder, content, build) = try content()
        _ = try build.run()
        try edit(content.appendingPathComponent("gamma.md")) { $0.replacingOccurrences(of: "Final", with: "The final") }
        let loaded = try cachedCourse(build)
        #expect(loaded.course.lessons.map(\.file.lastPathComponent) == ["gamma.md"])
        #expect(loaded.reused.count == 3)
        #expect(try expectSameAsFromScratch(build, in: folder).rerun == ["\(content.relativePath)/gamma.md"])
    }

    /// The entries a build leaves as they were are written again as the bytes they were read from; an entry whose
    /// lesson was kept but whose files were made again (a neighbour's new title) is written anew: the next build
    /// keeps every file.
    @Test func unchangedEntriesAreWrittenAsReadAndChangedOnesAnew() throws {
        let (folder, content, build) = try content()
        _ = try build.run()
        let cache = try #require(build.cache)
        let header = CourseIndex.header(content: content)
        #expect(CourseIndex.read(from: cache, header: header).entries.values.allSatisfy { $0.written != nil })
        try edit(content.appendingPathComponent("gamma.md")) {
            $0.replacingOccurrences(of: "title: gamma", with: "title: G")
        }
        #expect(try build.run().rerun == ["\(content.relativePath)/gamma.md"])
        let pages = ["alpha.html", "beta.html", "gamma.html", "zh/alpha.html"]
        let made = try pages.map { try inode(build.output.appendingPathComponent($0)) }
        _ = try expectSameAsFromScratch(build, in: folder)
        #expect(try pages.map { try inode(build.output.appendingPathComponent($0)) } == made)
        // The index as written is the one every entry written field by field makes.
        let written = try #require(FileBytes.read(cache.appendingPathComponent(CourseIndex.fileName).path))
        var fieldByField = CourseIndex.read(from: cache, header: header)
        for name in fieldByField.entries.keys { fieldByField.entries[name]?.written = nil }
        let again = folder.appendingPathComponent("again")
        fieldByField.write(to: again)
        #expect(FileBytes.read(again.appendingPathComponent(CourseIndex.fileName).path) == written)
    }

    @Test func aNewTitleReachesTheNeighboursOutlineAndIndex() throws {
        let (folder, content, build) = try content()
        _ = try build.run()
        try edit(content.appendingPathComponent("beta.md")) {
            $0.replacingOccurrences(of: "title: beta", with: "title: Bêta")
        }
        let summary = try expectSameAsFromScratch(build, in: folder)
        #expect(summary.rerun == ["\(content.relativePath)/beta.md"])
        let outline = try String(contentsOf: build.output.appendingPathComponent("outline.js"), encoding: .utf8)
        #expect(outline.contains("Bêta"))
    }

    @Test func editingALessonRerendersTheTranslationThatSharesItsExamples() throws {
        let (folder, content, build) = try content()
        _ = try build.run()
        try edit(content.appendingPathComponent("alpha.md")) {
            $0.replacingOccurrences(of: "lr: 0.05", with: "lr: 0.04")
        }
        let summary = try expectSameAsFromScratch(build, in: folder)
        #expect(summary.rerun == ["alpha.md", "alpha.zh.md"].map { "\(content.relativePath)/\($0)" })
        // The translation alone: its twin is parsed for its examples, and its page taken from the cache.
        try edit(content.appendingPathComponent("alpha.zh.md")) { $0 + "\n更多。\n" }
        let loaded = try cachedCourse(build)
        #expect(loaded.course.lessons.map(\.file.lastPathComponent) == ["alpha.md", "alpha.zh.md"])
        let again = try expectSameAsFromScratch(build, in: folder)
        #expect(again.rerun == ["\(content.relativePath)/alpha.zh.md"])
        #expect(again.examplesRun == 1)
    }

    @Test func deletingAndAddingLessonsGivesTheSiteOfABuildFromScratch() throws {
        let (folder, content, build) = try content()
        _ = try build.run()
        try FileManager.default.removeItem(at: content.appendingPathComponent("beta.md"))
        #expect(try expectSameAsFromScratch(build, in: folder).rerun.isEmpty)
        try "---\ntitle: Delta\norder: 0\n---\nA new first lesson.\n".write(
            to: content.appendingPathComponent("delta.md"), atomically: true, encoding: .utf8)
        #expect(try expectSameAsFromScratch(build, in: folder).rerun == ["\(content.relativePath)/delta.md"])
        // The translation loses its twin: it is parsed again, and fails as a build from scratch does.
        try FileManager.default.removeItem(at: content.appendingPathComponent("alpha.md"))
        let failure = #expect(throws: StageFailure.self) { try build.run() }
        #expect(failure?.stage == "load content")
        #expect(failure?.description.contains("has no twin") == true)
    }

    @Test func editingADataFileRerendersTheLessonsThatReadItThroughTheirTwin() throws {
        let (folder, content, build) = try content()
        _ = try build.run()
        try "x1,x2,y\n1,2,1\n2,3,2\n3,4,3.25\n".write(
            to: content.appendingPathComponent("data/a.csv"), atomically: true, encoding: .utf8)
        let summary = try expectSameAsFromScratch(build, in: folder)
        #expect(summary.rerun == ["alpha.md", "alpha.zh.md"].map { "\(content.relativePath)/\($0)" })
    }

    @Test func aBrokenEditIsReportedAsWithoutCacheAndLeavesTheSite() throws {
        let (folder, content, build) = try content()
        _ = try build.run()
        let before = try files(in: build.output)
        try brokenLesson.write(to: content.appendingPathComponent("beta.md"), atomically: true, encoding: .utf8)
        let cached = #expect(throws: StageFailure.self) { try build.run() }
        let fresh = #expect(throws: StageFailure.self) {
            try SiteBuild(content: content, output: folder.appendingPathComponent("o")).run()
        }
        #expect(cached?.description == fresh?.description)
        #expect(try files(in: build.output) == before)
    }

    @Test func aChangedCourseFileIgnoresTheIndex() throws {
        let (folder, content, build) = try content()
        _ = try build.run()
        try "title: Another course\nlanguage: en\n".write(
            to: content.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        let loaded = try cachedCourse(build)
        #expect(loaded.course.lessons.count == 4 && loaded.reused.isEmpty)
        #expect(try expectSameAsFromScratch(build, in: folder).rerun.isEmpty)
    }

    func inode(_ file: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int)
    }

    @Test func unchangedFilesAreKeptAndOnlyWhatChangedIsWrittenAgain() throws {
        let (folder, content, build) = try content()
        _ = try build.run()
        let output = build.output
        let files = ["alpha.html", "beta.html", "gamma.html", "outline.js", "index.html", "search-index.js"]
        let before = try files.map { try inode(output.appendingPathComponent($0)) }
        try edit(content.appendingPathComponent("gamma.md")) { $0.replacingOccurrences(of: "Final", with: "Last") }
        _ = try expectSameAsFromScratch(build, in: folder)
        let after = try files.map { try inode(output.appendingPathComponent($0)) }
        // alpha and beta are the previous build's files, and so are the outline and the index page (no title,
        // summary or reading time changed); gamma and the search index are new.
        #expect(after[0] == before[0] && after[1] == before[1] && after[3] == before[3] && after[4] == before[4])
        #expect(after[2] != before[2] && after[5] != before[5])
        // A new title: the outline and the index page are made again.
        try edit(content.appendingPathComponent("gamma.md")) {
            $0.replacingOccurrences(of: "title: gamma", with: "title: G")
        }
        _ = try expectSameAsFromScratch(build, in: folder)
        let retitled = try files.map { try inode(output.appendingPathComponent($0)) }
        #expect(retitled[3] != after[3] && retitled[4] != after[4])
    }

    @Test func aFileChangedInTheOutputIsMadeAgain() throws {
        let (folder, _, build) = try content()
        _ = try build.run()
        let pages = ["beta.html", "index.html", "outline.js"].map { build.output.appendingPathComponent($0) }
        for page in pages { try "changed by hand".write(to: page, atomically: false, encoding: .utf8) }
        _ = try expectSameAsFromScratch(build, in: folder)
        for page in pages { #expect(try String(contentsOf: page, encoding: .utf8) != "changed by hand") }
    }

    @Test func aDamagedEntryIsMadeAgainFromTheLesson() throws {
        let (folder, content, build) = try content()
        _ = try build.run()
        let cache = try #require(build.cache)
        // beta's page must be made again (its neighbour's title changes), and its entry is damaged.
        let index = CourseIndex.read(from: cache, header: CourseIndex.header(content: content))
        let beta = try #require(index.entries["beta.md"])
        try Data("damaged".utf8).write(to: cache.appendingPathComponent(beta.key + ".lesson"))
        try edit(content.appendingPathComponent("alpha.md")) {
            $0.replacingOccurrences(of: "title: alpha", with: "title: A")
        }
        _ = try expectSameAsFromScratch(build, in: folder)
    }

    @Test func anotherOutputFolderSharingTheCacheKeepsNothingOfTheFirst() throws {
        let (folder, _, build) = try content()
        _ = try build.run()
        let other = SiteBuild(
            content: build.content, output: folder.appendingPathComponent("other"), cache: build.cache)
        _ = try other.run()
        try "changed by hand".write(
            to: build.output.appendingPathComponent("beta.html"), atomically: false, encoding: .utf8)
        _ = try expectSameAsFromScratch(build, in: folder)
        #expect(try files(in: other.output) == (try files(in: build.output)))
    }
}
