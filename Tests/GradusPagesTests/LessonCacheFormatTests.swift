import GradusLessons
import GradusRuns
import GradusTestSupport
import Testing

@testable import GradusPages

/// The lesson cache's binary entry: a rendered lesson reads back equal, and anything short of a whole entry does not
/// read at all.
struct LessonCacheFormatTests {
    static func rendered() throws -> RenderedLesson {
        let text = seedFrontMatter + "## Steps ✓\n\nThe loss \"falls\" from {{seed.iter[0].loss}}.\n\n## 步骤\n\nText.\n"
        let lesson = try LessonParser.parse(SourceFile(path: "l.md", text: text), slug: "l")
        return try SitePages.renderLesson(Executor.run(lesson))
    }

    @Test func aRenderedLessonReadsBackEqual() throws {
        var lesson = try Self.rendered()
        #expect(!lesson.traces.isEmpty && !lesson.search.isEmpty && lesson.sections.count == 2)
        #expect(RenderedLesson(cacheBytes: lesson.cacheBytes) == lesson)
        lesson.citesSource = nil
        #expect(RenderedLesson(cacheBytes: lesson.cacheBytes) == lesson)
    }

    @Test func aTruncatedOrForeignEntryIsNotRead() throws {
        let bytes = try Self.rendered().cacheBytes
        for cut in [0, 10, bytes.count / 2, bytes.count - 1] {
            #expect(RenderedLesson(cacheBytes: Array(bytes.prefix(cut))) == nil)
        }
        #expect(RenderedLesson(cacheBytes: bytes + [0]) == nil)
        #expect(RenderedLesson(cacheBytes: Array("{\"slug\": \"l\"}".utf8)) == nil)
    }
}
