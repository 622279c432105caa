import Foundation
import GradusLessons
import GradusPages
import GradusSite
import GradusTestSupport
import Testing

/// A small course with exercises of every kind and variants, built end to end.
struct ExerciseTests {
    static let lesson = """
        ---
        title: Steps
        order: 1
        vary:
          seed.optimizer.lr: [0.1, 0.2, 0.3, 0.4]
          seed.start: [[1], [2], [-3]]
        examples:
          - name: seed
            objective: {name: quadratic, A: [[2]]}
            start: [1]
            optimizer: {method: gd, lr: 0.1}
            stop: {max-iterations: 200, gradient-tolerance: 1e-8}
          - name: slow
            objective: {name: quadratic, A: [[2]]}
            start: [1]
            optimizer: {method: gd, lr: 0.01}
            stop: {max-iterations: 2000, gradient-tolerance: 1e-8}
        ---

        The run starts at {{ seed.start[0] }}.

        ```gradus exercise
        question: |
          With $\\alpha = {{ seed.lr }}$, what is $J$ after one step?
        answer: seed.iter[1].loss
        digits: 3
        solution: Take the step, then square.
        ```

        ```gradus exercise
        question: Which run converges first?
        choices: [seed, slow]
        answer: fewest-iterations
        expect: seed
        ```

        ```gradus exercise
        question: Compute the first update by hand.
        step: {example: seed, iteration: 0}
        ```

        ```gradus claims
        - claim: seed converges
        ```

        """

    static let chinese = """
        ---
        title: 步骤
        order: 1
        ---

        ```gradus exercise
        question: 走一步之后 $J$ 是多少？
        answer: seed.iter[1].loss
        ```

        """

    func course(_ text: String = lesson, chinese: Bool = false) throws -> (folder: URL, content: URL) {
        let folder = try temporaryFolder()
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try text.write(to: content.appendingPathComponent("steps.md"), atomically: true, encoding: .utf8)
        if chinese {
            try Self.chinese.write(to: content.appendingPathComponent("steps.zh.md"), atomically: true, encoding: .utf8)
        }
        return (folder, content)
    }

    func read(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func thePageNumbersExercisesAndFoldsTheirAnswers() throws {
        let (folder, content) = try course(chinese: true)
        let output = folder.appendingPathComponent("site")
        _ = try SiteBuild(content: content, output: output).run()
        let html = try read(output, "steps.html")
        #expect(html.contains("<p class=\"exercise-title\">Exercise 1</p>"))
        #expect(html.contains("<p class=\"exercise-title\">Exercise 3</p>"))
        #expect(html.components(separatedBy: "<summary>Show answer</summary>").count == 4)
        // J = x² after x ← x − 0.1·2x from 1: 0.8² = 0.64.
        #expect(html.contains("<p class=\"answer-value\"><strong>Answer:</strong> 0.64</p>"))
        #expect(html.contains("<strong>Answer:</strong> A: Gradient descent (learning rate 0.1)"))
        #expect(html.contains("<strong>Answer:</strong> θ = 0.8</p>"))
        #expect(html.contains("<figure class=\"step\">"))
        #expect(!html.contains("{{"))
        let zh = try read(output, "zh/steps.html")
        #expect(zh.contains("<p class=\"exercise-title\">练习 1</p>"))
        #expect(zh.contains("<summary>查看答案</summary>"))
    }

    @Test func aStudentHandoutHasNoAnswersAndTheTeachersHasThem() throws {
        let (folder, content) = try course()
        let output = folder.appendingPathComponent("handouts")
        let written = try SiteHandouts(content: content, output: output, teacher: true).run(pdf: false)
        #expect(written.contains("steps.teacher.html") && written.contains("course.teacher.html"))
        let student = try read(output, "steps.html")
        #expect(!student.contains("class=\"answer-value\""))
        #expect(student.contains("class=\"answer-space\""))
        let teacher = try read(output, "steps.teacher.html")
        #expect(teacher.contains("<div class=\"answer\">"))
        #expect(teacher.contains("<strong>Answer:</strong> 0.64</p>"))
        #expect(teacher.contains("Take the step, then square."))
        #expect(!teacher.contains("<details class=\"answer\">"))
    }

    @Test func anAnswerThatNoLongerMatchesFailsTheBuild() throws {
        let (folder, content) = try course(Self.lesson.replacingOccurrences(of: "expect: seed", with: "expect: slow"))
        #expect {
            try SiteBuild(content: content, output: folder.appendingPathComponent("site")).run()
        } throws: { error in
            "\(error)".contains("content/steps.md:34:9: error: 'expect' says slow, but the runs make seed the answer")
        }
        let (gone, goneContent) = try course(
            Self.lesson.replacingOccurrences(of: "answer: seed.iter[1].loss", with: "answer: seed.iter[1].los"))
        #expect {
            try SiteBuild(content: goneContent, output: gone.appendingPathComponent("site")).run()
        } throws: { error in
            "\(error)".contains("content/steps.md:25:9: error: 'los' is not a value of an iteration")
        }
    }

    @Test func variantsAreByteIdenticalForASeedAndDifferAcrossVariants() throws {
        let (folder, content) = try course(chinese: true)
        func sheets(_ name: String, seed: UInt64) throws -> URL {
            let output = folder.appendingPathComponent(name)
            var handouts = SiteHandouts(content: content, output: output)
            handouts.variants = Variants(count: 12, seed: seed)
            let written = try handouts.run(pdf: false)
            #expect(written.contains("variants/steps/sheet-01.html"))
            #expect(written.contains("variants/steps/sheet-12.html"))
            #expect(written.contains("variants/steps/key.html"))
            #expect(written.contains("zh/variants/steps/key.html"))
            return output
        }
        let first = try sheets("a", seed: 5)
        let second = try sheets("b", seed: 5)
        let other = try sheets("c", seed: 6)
        var pages: Set<String> = []
        for n in 1...12 {
            let path = "variants/steps/sheet-\(n < 10 ? "0" : "")\(n).html"
            let sheet = try read(first, path)
            #expect(sheet == (try read(second, path)))
            #expect(!sheet.contains("class=\"answer-value\""))
            pages.insert(sheet.replacingOccurrences(of: "variant \(n)", with: ""))
        }
        // Twelve of the twelve combinations: every sheet has other numbers.
        #expect(pages.count == 12)
        let key = try read(first, "variants/steps/key.html")
        #expect(key == (try read(second, "variants/steps/key.html")))
        #expect(key != (try read(other, "variants/steps/key.html")))
        // A header row and twelve variants.
        #expect(key.components(separatedBy: "<tr><th>").count == 14)
        #expect(key.contains("<td>α = 0.4; θ⁽⁰⁾ = (−3)</td>") || key.contains("α = 0.4"))
    }

    @Test func variantSheetsAndKeysArePrintedLikeTheHandouts() throws {
        let (folder, content) = try course(chinese: true)
        for paper in [Paper.a4, .letter] {
            let output = folder.appendingPathComponent(paper.rawValue)
            var handouts = SiteHandouts(content: content, output: output, paper: paper)
            handouts.variants = Variants(count: 2, seed: 1)
            _ = try handouts.run(pdf: false)
            for path in ["variants/steps/sheet-1.html", "variants/steps/key.html"] {
                let page = try read(output, path)
                // The paper, the lesson in the header's right corner, "page / pages" at the foot.
                #expect(page.contains("@page { size: \(paper == .a4 ? "A4" : "letter"); margin:"), "\(path)")
                #expect(page.contains("@top-right { content: \"Steps\";"), "\(path)")
                #expect(page.contains("@bottom-center { content: counter(page) \" / \" counter(pages);"), "\(path)")
            }
            let chinese = try read(output, "zh/variants/steps/key.html")
            #expect(chinese.contains("@top-right { content: \"步骤\";"))
            #expect(chinese.contains("content: \"第 \" counter(page) \" 页，共 \" counter(pages) \" 页\";"))
        }
    }

    @Test func aClaimThatFailsForAVariantNamesIt() throws {
        // With lr = 1, x ← x − 2x oscillates between ±x and never converges.
        let (folder, content) = try course(
            Self.lesson.replacingOccurrences(of: "[0.1, 0.2, 0.3, 0.4]", with: "[0.1, 1]").replacingOccurrences(
                of: "expect: seed\n", with: ""))
        var handouts = SiteHandouts(content: content, output: folder.appendingPathComponent("out"))
        handouts.variants = Variants(count: 6, seed: 1)
        #expect {
            _ = try handouts.run(pdf: false)
        } throws: { error in
            let text = "\(error)"
            return text.contains("content/steps.md:42:10: error: variant ")
                && text.contains("(seed.optimizer.lr = 1, seed.start = ")
                && text.contains("the claim 'seed converges' does not hold")
        }
    }

    @Test func theShippedCourseHasThreeExercisesPerLessonInBothLanguagesAndAVariantSheet() throws {
        let folder = try temporaryFolder()
        let content = try copyShippedContent(into: folder)
        let course = try Course.load(content: content)
        #expect(course.lessons.count == 14)
        for lesson in course.lessons {
            let exercises = lesson.lesson.blocks.filter { $0.kind == .exercise }
            #expect(exercises.count >= 3, "\(lesson.lesson.slug) (\(lesson.lesson.language))")
        }
        var handouts = SiteHandouts(content: content, output: folder.appendingPathComponent("out"), teacher: true)
        handouts.variants = Variants(count: 2, seed: 2026)
        let written = try handouts.run(pdf: false)
        for path in [
            "variants/gradient-descent/sheet-1.html", "variants/gradient-descent/key.html",
            "zh/variants/gradient-descent/sheet-2.html", "gradient-descent.teacher.html", "zh/course.teacher.html",
        ] {
            #expect(written.contains(path), "\(path)")
        }
        let key = try read(folder.appendingPathComponent("out"), "zh/variants/gradient-descent/key.html")
        #expect(key.contains("<th>练习 3</th>"))
    }
}
