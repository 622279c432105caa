import GradusCode
import GradusLessons
import GradusTestSupport
import Testing

/// The listings speak the lesson's language: every comment, docstring and printed sentence comes from the words
/// table of the request's language, and the code around them is the same in every language.
@Suite struct ListingLanguageTests {
    @Test func everyKeyHasATextInEveryLanguageWithTheSamePlaceholders() {
        #expect(Set(ListingWords.all.keys) == ["en", "zh"])
        for table in ListingWords.all.values {
            for key in ListingKey.allCases {
                let text = table.texts[key] ?? ""
                #expect(!text.isEmpty, "\(table.language): no text for \(key)")
                #expect(
                    table.placeholders(key) == ListingWords.english.placeholders(key),
                    "\(table.language): \(key) fills other placeholders than English")
                if table.language == "zh" {
                    #expect(PythonProse.isChinese(text), "zh: \(key) is not Chinese: \(text)")
                }
            }
        }
    }

    @Test func aLanguageTagFindsItsTable() {
        #expect(ListingWords.table(for: "zh").language == "zh")
        #expect(ListingWords.table(for: "zh-Hans").language == "zh")
        #expect(ListingWords.table(for: "fr").language == "en")
    }

    /// A value is put in as it is, never read for placeholders (a title may hold braces).
    @Test func valuesAreNotFilledIn() {
        #expect(ListingWords.english(.headerSource, ["title": "{file}", "file": "a.md"]) == "{file}, from a.md.")
        #expect(ListingWords.chinese(.outcomePast, [:]) == "发散：超过了 {bound}")
    }

    /// A label or symbol with a line break stays on its header comment line, in every language.
    @Test(arguments: ["en", "zh"])
    func thePagesWordsStayOnOneCommentLine(language: String) throws {
        let lesson = try #require(try CourseLessons.all().first)
        var request = ListingRequest(
            example: lesson.examples[0], title: "two\nlines", lessonFile: "a\rb.md", parameterNames: ["θ\n₁"])
        request.language = language
        let lines = PythonListing.listing(.numpy, request).code.split(separator: "\n").prefix(4)
        #expect(lines.allSatisfy { $0.hasPrefix("# ") })
        #expect(lines.first?.contains("two lines") == true && lines.first?.contains("a b.md") == true)
        #expect(lines.last?.contains("θ ₁") == true)
    }

    @Test func theProseScannerFindsCommentsDocstringsAndOutcomes() {
        let prose = PythonProse(
            """
            # a comment
            x = "#not a comment"  # trailing
                \"\"\"A docstring.\"\"\"
                outcome = f"failed in {n} trials"
            y = 1
            """)
        #expect(prose.sentences == ["a comment", "trailing", "A docstring.", "failed in {n} trials"])
        #expect(prose.code == ["x = \"#not a comment\"", "    \"\"\"\"\"\"", "    outcome = f\"\"", "y = 1"])
        #expect(PythonProse.isChinese("残差 Xθ − y"))
        #expect(PythonProse.isChinese("A(θ − c)"))
        #expect(!PythonProse.isChinese("the residuals Xθ − y"))
    }

    /// Every example of the course, in both flavours: the Chinese listing's every comment, docstring and outcome is
    /// Chinese (`PythonProse.isChinese`), the English listing has English ones, and without their prose the two are the
    /// same program — so the Chinese listings compute what CourseListingTests verifies for the English ones.
    @Test(arguments: Listing.Flavour.allCases)
    func aChineseListingHasChineseProseAroundTheEnglishListingsCode(flavour: Listing.Flavour) throws {
        var listings = 0
        var sentences = 0
        for lesson in try CourseLessons.all() {
            for example in lesson.examples {
                var request = ListingRequest(
                    example: example, title: example.name, lessonFile: lesson.source.path,
                    parameterNames: ["θ₁", "θ₂"])
                request.dataFile = "data.csv"
                let english = PythonListing.listing(flavour, request)
                request.language = "zh"
                let chinese = PythonListing.listing(flavour, request)
                let name = "\(lesson.slug).\(example.name)"
                let zh = PythonProse(chinese.code)
                let en = PythonProse(english.code)
                for sentence in zh.sentences {
                    #expect(PythonProse.isChinese(sentence), "\(name): an English line in the zh listing: \(sentence)")
                }
                #expect(en.sentences.contains { !PythonProse.isChinese($0) }, "\(name): no English prose in en")
                #expect(zh.code == en.code, "\(name): the zh listing's code differs from the en listing's")
                #expect((chinese.unsupported == nil) == (english.unsupported == nil))
                if let reason = chinese.unsupported { #expect(PythonProse.isChinese(reason)) }
                listings += 1
                sentences += zh.sentences.count
            }
        }
        #expect(listings == 68)
        print("\(flavour) zh listings checked: \(listings), \(sentences) comments, docstrings and outcomes in Chinese")
    }
}
