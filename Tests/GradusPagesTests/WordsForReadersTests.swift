import GradusLessons
import GradusOptim
import Testing

@testable import GradusPages
@testable import GradusRuns

/// Examples by their labels, symbols in the lesson's notation, the claims folded, the source cited (#12).
struct WordsForReadersTests {
    /// A lesson with one example whose optimizer is `optimizer` (and `extra` keys), parsed.
    func example(_ optimizer: String, objective: String = "booth", start: String = "[0, 0]", extra: String = "") throws
        -> Example
    {
        let text = """
            ---
            title: T
            order: 1
            examples:
              - name: run
                objective: \(objective)
                start: \(start)
                optimizer: \(optimizer)
                stop: {max-iterations: 5}
            \(extra)---
            Text.

            """
        let lesson = try LessonParser.parse(SourceFile(path: "l.md", text: text), slug: "l")
        return try #require(lesson.examples.first)
    }

    static let generated: [(optimizer: String, en: String, zh: String)] = [
        ("{method: gd, lr: 0.01}", "Gradient descent (learning rate 0.01)", "梯度下降（学习率 0.01）"),
        (
            "{method: sgd, lr: 0.01, momentum: 0.9, nesterov: true}",
            "SGD with Nesterov momentum 0.9 (learning rate 0.01)", "带 Nesterov 动量 0.9 的 SGD（学习率 0.01）"
        ),
        (
            "{method: sgd, lr: 0.1, momentum: 0.5}", "SGD with momentum 0.5 (learning rate 0.1)",
            "带动量 0.5 的 SGD（学习率 0.1）"
        ),
        ("{method: adam, lr: 0.001}", "Adam (learning rate 0.001)", "Adam（学习率 0.001）"),
        (
            "{method: adamw, lr: 0.1, weight_decay: 0.1}", "AdamW (learning rate 0.1, weight decay 0.1)",
            "AdamW（学习率 0.1，权重衰减 0.1）"
        ),
        ("{method: newton, step: pure}", "Newton's method", "牛顿法"),
        (
            "{method: newton, step: armijo, lr: 0.5}", "Newton's method with backtracking (step factor 0.5)",
            "带回溯线搜索的牛顿法（步长因子 0.5）"
        ),
        ("{method: sgd, lr: 0.01, maximize: true}", "SGD (learning rate 0.01, maximising)", "SGD（学习率 0.01，求最大值）"),
    ]

    @Test(arguments: generated)
    func anExampleWithoutALabelIsCalledByItsMethod(optimizer: String, en: String, zh: String) throws {
        let example = try self.example(optimizer)
        #expect(Localization(language: "en").label(example) == en)
        #expect(Localization(language: "zh").label(example) == zh)
    }

    @Test func miniBatchesAreNamedByTheirSize() throws {
        let data = "{x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}"
        let single = try example(
            "{method: sgd, lr: 0.1, batch_size: 1, seed: 3}", objective: "linear-regression",
            extra: "    data: \(data)\n")
        let batches = try example(
            "{method: sgd, lr: 0.1, batch_size: 2, seed: 3}", objective: "linear-regression",
            extra: "    data: \(data)\n")
        #expect(Localization(language: "en").label(single) == "Stochastic gradient descent (learning rate 0.1)")
        #expect(
            Localization(language: "en").label(batches)
                == "Mini-batch gradient descent (learning rate 0.1, batches of 2)")
        #expect(Localization(language: "zh").label(batches) == "小批量梯度下降（学习率 0.1，批量 2）")
    }

    @Test func aLabelIsOneTextOrOnePerLanguage() throws {
        let one = try example("{method: gd, lr: 0.1}", extra: "    label: \"Slow, α = 0.1\"\n")
        #expect(one.label == ExampleLabel(text: "Slow, α = 0.1"))
        #expect(Localization(language: "zh").label(one) == "Slow, α = 0.1")
        let two = try example("{method: gd, lr: 0.1}", extra: "    label: {en: From the left, zh: 从左边出发}\n")
        #expect(Localization(language: "en").label(two) == "From the left")
        #expect(Localization(language: "zh-Hans").label(two) == "从左边出发")
        // A language the label does not cover gets the generated words.
        #expect(Localization(language: "fr").label(two) == "Gradient descent (learning rate 0.1)")
    }

    @Test func theNotationNamesParametersAndSymbols() throws {
        let text = seedFrontMatter.replacingOccurrences(
            of: "order: 1\n", with: "order: 1\nnotation: {parameters: [θ₀, θ₁], lr: η, objective: f}\n")
        let lesson = try LessonParser.parse(
            SourceFile(
                path: "l.md",
                text: text + "```gradus table\nexample: seed\n```\n\n```gradus step\nexample: seed\niteration: 0\n```\n"
            ), slug: "l")
        #expect(lesson.notation == Notation(parameters: ["θ₀", "θ₁"], learningRate: "η", objective: "f"))
        var page = LessonPage(try Executor.run(lesson))
        let html = try page.render()
        #expect(
            html.contains(
                "<th scope=\"col\">k</th><th scope=\"col\">θ₀</th><th scope=\"col\">θ₁</th><th scope=\"col\">f(θ)</th><th scope=\"col\">∂f/∂θ₀</th>"
            ))
        #expect(html.contains("- \\eta \\nabla f(\\theta^{(0)})"))
        #expect(html.contains("f goes from 5.125 to 3.20347"))
    }

    @Test func anExampleMayNameItsOwnParameters() throws {
        // The lesson writes θ₁, θ₂ (the default); the example with an intercept column writes θ₀, θ₁.
        let text = seedFrontMatter.replacingOccurrences(
            of: "  - name: wild\n", with: "  - name: wild\n    notation: {parameters: [θ₀, θ₁]}\n")
        let lesson = try LessonParser.parse(
            SourceFile(
                path: "l.md",
                text: text + "```gradus table\nexample: wild\n```\n\n```gradus table\nexample: seed\n```\n"),
            slug: "l")
        #expect(lesson.examples.map(\.parameterNames) == [nil, ["θ₀", "θ₁"]])
        var page = LessonPage(try Executor.run(lesson))
        page.showsCode = true
        let html = try page.render()
        #expect(html.contains("<th scope=\"col\">θ₀</th><th scope=\"col\">θ₁</th><th scope=\"col\">J(θ)</th>"))
        #expect(html.contains("<th scope=\"col\">θ₁</th><th scope=\"col\">θ₂</th><th scope=\"col\">J(θ)</th>"))
        // The code beside the page names them too.
        #expect(html.contains("On the page, theta[0] is θ₀, theta[1] is θ₁."))

        func error(_ notation: String) -> String {
            let text = seedFrontMatter.replacingOccurrences(
                of: "  - name: wild\n", with: "  - name: wild\n    notation: \(notation)\n")
            do {
                _ = try LessonParser.parse(SourceFile(path: "l.md", text: text), slug: "l")
                return ""
            } catch { return error.description }
        }
        #expect(
            error("{parameters: [a, b, c]}")
                == "l.md:13:15: error: 'notation' names 3 parameters, but the example has 2 (one per value of 'start')")
        #expect(
            error("{lr: η}")
                == "l.md:13:16: error: unknown key 'lr' in 'notation'; expected one of: parameters")
    }

    @Test func theDefaultNotationCountsFromOneAsTheProseDoes() throws {
        let html = try render("```gradus table\nexample: seed\n```\n")
        #expect(
            html.contains(
                "<th scope=\"col\">θ₁</th><th scope=\"col\">θ₂</th><th scope=\"col\">J(θ)</th><th scope=\"col\">∂J/∂θ₁</th>"
            ))
        #expect(!html.contains("θ[0]"))
        #expect(Notation().parameterNames(dimension: 1, formulaNames: nil) == ["θ"])
        #expect(Notation().parameterNames(dimension: 2, formulaNames: ["x1", "x2"]) == ["x1", "x2"])
    }

    @Test func handoutsLeaveTheClaimsOutUnlessAsked() throws {
        let text = seedFrontMatter + "```gradus claims\n- seed reaches the iteration limit\n```\n"
        let lesson = try LessonParser.parse(SourceFile(path: "l.md", text: text), slug: "l")
        let run = try Executor.run(lesson)
        func page(_ claims: Bool) throws -> String {
            let files = try Handouts.render([run], course: CourseInfo(title: "C"), claims: claims)
            return String(decoding: try #require(files.first { $0.path == "l.html" }).bytes, as: UTF8.self)
        }
        #expect(try !page(false).contains("class=\"claims\""))
        #expect(
            try page(true).contains(
                "<details class=\"claims\" open>\n<summary>How these numbers were checked</summary>"))
    }

    @Test func theSourceIsCitedOnTheIndexAndOnLessonsThatMentionIt() throws {
        var course = CourseInfo(title: "C")
        course.source = SourceCitation(
            titles: ["en": "On <descent>"], author: "A. Author", date: "2024", url: "https://example.org/a?b=1&c=2")
        let mentions = try LessonParser.parse(
            SourceFile(path: "a.md", text: seedFrontMatter + "As the source article says.\n"), slug: "a")
        let silent = try LessonParser.parse(
            SourceFile(
                path: "b.md", text: seedFrontMatter.replacingOccurrences(of: "order: 1", with: "order: 2") + "Plain.\n"),
            slug: "b")
        let files = try SitePages.render([Executor.run(mentions), Executor.run(silent)], course: course)
        func file(_ path: String) throws -> String {
            String(decoding: try #require(files.first { $0.path == path }).bytes, as: UTF8.self)
        }
        let line =
            "<p class=\"source\">Source article: <cite>On &lt;descent&gt;</cite>, A. Author, 2024, <a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>.</p>"
        #expect(try file("index.html").contains(line))
        #expect(try file("a.html").contains(line))
        #expect(try !file("b.html").contains("class=\"source\""))
    }
}
