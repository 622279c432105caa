import Foundation
import GradusLessons
import Synchronization
import Testing

@testable import GradusSite

/// Counts how often each data file is read.
final class CountingDataFiles: DataFiles {
    let counts = Mutex<[String: Int]>([:])

    func read(_ path: String) throws(DataFileError) -> SourceFile {
        counts.withLock { $0[path, default: 0] += 1 }
        return SourceFile(path: "content/" + path, text: "x1,x2,y\n1,2,1\n2,3,2\n")
    }
}

/// The loader every command starts from: `build`, `check`, `handout` and `serve` load the content folder with
/// `Course.load(content:)`, `run` one lesson file with `Course.load(lessonFile:)`; each command's behaviour on shared
/// examples is tested end to end in SharedExamplesTests, GradusServeTests and below.
struct CourseTests {
    @Test func loadsTheCourseOnceWithLanguagesTwinsAndDataFiles() throws {
        let (_, content) = try sharedExampleContent()
        let course = try Course.load(content: content)
        #expect(course.info.languages == ["en", "zh"])
        #expect(course.lessons.map(\.file.lastPathComponent) == ["descent.md", "descent.zh.md"])
        #expect(course.lessons.map(\.lesson.language) == ["en", "zh"])
        #expect(course.lessons.map(\.twin) == [nil, 0])
        #expect(course.owners == [0])
        #expect(course.exampleCount == 2)
        let zh = course.lessons[1]
        #expect(zh.lesson.examples.map(\.name) == ["seed", "fit"])
        #expect(zh.lesson.examplesFrom == SharedExamples(file: "\(content.relativePath)/descent.md", location: nil))
        #expect(zh.dataFiles.map(\.path) == ["\(content.relativePath)/data/points.csv"])
        #expect(zh.dataFiles.first?.text == "x1,x2,y\n1,2,1\n2,3,2\n3,4,3\n4,5,4\n")
    }

    @Test func aDataFileNamedByManyExamplesIsReadOnce() throws {
        let source = SourceFile(path: "content/a.md", text: "---\ntitle: A\norder: 1\n\(sharedExamples)---\n")
        let reads = DataFileReads(CountingDataFiles())
        _ = try LessonParser.parse(source, slug: "a", dataFiles: reads)
        _ = try LessonParser.parse(source, slug: "a", dataFiles: reads)
        let counter = try #require(reads.reader as? CountingDataFiles)
        #expect(counter.counts.withLock { $0 } == ["data/points.csv": 1])
        #expect(reads.files(["data/points.csv", "data/none.csv"]).map(\.path) == ["content/data/points.csv"])
    }

    @Test func aLessonFileAloneTakesItsCoursesLanguageAndTwin() throws {
        let (_, content) = try sharedExampleContent()
        let zh = try Course.load(lessonFile: content.appendingPathComponent("descent.zh.md"))
        #expect(zh.lessons.map(\.file.lastPathComponent) == ["descent.zh.md", "descent.md"])
        #expect(zh.lessons[0].twin == 1)
        #expect(zh.lessons[0].lesson.language == "zh")

        // A course written in Chinese: its NAME.md is Chinese.
        try "language: zh\ntitle: 课程\n".write(
            to: content.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        let main = try Course.load(lessonFile: content.appendingPathComponent("descent.md"))
        #expect(main.lessons.count == 1)
        #expect(main.lessons[0].lesson.language == "zh")
    }

    @Test func aSharedExampleRunsOnceForTheTwinAndItsTranslation() throws {
        let (_, content) = try sharedExampleContent()
        let work = try Pipeline([.runExamples(jobs: 2)]).run(CourseWork(Course.load(content: content)))
        #expect(work.examplesRun == 2)
        let english = try #require(work.runs[0])
        let chinese = try #require(work.runs[1])
        #expect(chinese.lesson.language == "zh")
        #expect(chinese.runs.map(\.trace.final.loss) == english.runs.map(\.trace.final.loss))
    }
}

struct PipelineTests {
    @Test func runsTheStagesInOrderAndNamesTheOneThatFails() throws {
        let place = SourceLocation(path: "content/a.md", line: 3, column: 7)
        let pipeline = Pipeline<[String]>([
            Stage("first") { $0.append("first") },
            Stage("second") { (work: inout [String]) throws(Diagnostics) in
                work.append("second")
                throw Diagnostics(place, "no such value")
            },
            Stage("third") { $0.append("third") },
        ])
        var work: [String] = []
        var progress: [String] = []
        let failure = #expect(throws: StageFailure.self) { try pipeline.run(&work) { progress.append($0) } }
        #expect(work == ["first", "second"])
        #expect(progress == ["[1/3] first", "[2/3] second"])
        #expect(failure?.stage == "second")
        // Printed as the diagnostic alone, in the compiler's form.
        #expect(failure?.description == "content/a.md:3:7: error: no such value")
        #expect(try Pipeline<[String]>([Stage("only") { $0.append("done") }]).run([]) == ["done"])
    }

    @Test func aBuildIsTheNamedStagesOfSiteBuild() {
        let build = SiteBuild(content: URL(fileURLWithPath: "content"), output: URL(fileURLWithPath: "output"))
        #expect(
            build.stages.map(\.name) == [
                "reuse cached pages", "run examples", "render pages", "write output",
            ])
        let handouts = SiteHandouts(content: URL(fileURLWithPath: "content"), output: URL(fileURLWithPath: "handouts"))
        #expect(
            handouts.stages(pdf: true).map(\.name) == ["run examples", "render handouts", "print PDFs", "write output"])
        #expect(
            SiteCheck(content: URL(fileURLWithPath: "content")).stages(update: false).map(\.name) == [
                "run examples", "check golden files",
            ])
    }
}
