import GradusLessons
import GradusOptim
import Testing

@testable import GradusPages

struct LanguageTableTests {
    @Test(arguments: LanguageTable.all.keys.sorted())
    func everyKeyHasATextWithTheEnglishPlaceholders(language: String) throws {
        let table = try #require(LanguageTable.all[language])
        let english = LanguageTable.table(for: "en")
        for key in WordKey.allCases {
            #expect(table.words[key] != nil, "\(language) has no text for \(key)")
            #expect(table.placeholders(key) == english.placeholders(key), "\(language): the placeholders of \(key)")
        }
        #expect(table.words.count == WordKey.allCases.count)
    }

    @Test func placeholdersAreFilledAndOtherBracesKept() {
        let english = LanguageTable.table(for: "en")
        #expect(english.text(.outcomeDiverged, ["k": "7"]) == "diverged at iteration 7")
        #expect(
            LanguageTable.segments("a {b} {c d} {}") == [
                .text("a "), .placeholder("b"), .text(" {"), .text("c d} {"), .text("}"),
            ])
    }

    @Test func aTagFallsBackToItsPrimaryLanguageThenEnglish() {
        #expect(LanguageTable.table(for: "zh-Hans").language == "zh")
        #expect(LanguageTable.table(for: "fr").language == "en")
        #expect(Localization.name(of: "zh") == "中文")
        #expect(Localization.name(of: "fr") == "fr")
    }

    @Test func outcomesAreWordedPerLanguage() {
        #expect(
            Localization(language: "en").outcome(.reachedIterationLimit(1000))
                == Outcome.reachedIterationLimit(1000).description)
        #expect(Localization(language: "zh").outcome(.reachedIterationLimit(1000)) == "达到迭代上限 1000 次")
        #expect(
            Localization(language: "en").outcome(.converged(.lossChange, iteration: 3))
                == Outcome.converged(.lossChange, iteration: 3).description)
    }

    @Test func aLanguageMayWriteNumbersWithADecimalComma() {
        #expect(NumberStyle(decimalSeparator: ",").prose(-1.5) == "−1,5")
        #expect(NumberStyle().prose(-1.5) == "−1.5")
    }
}
