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

/// The caption of a figure of several runs groups their outcomes, the converged runs fastest first.
struct RunsOverviewTests {
    let runs: [(label: String, outcome: Outcome, finalLoss: Double)] = [
        ("slow", .converged(.gradientNorm, iteration: 900), 1e-9),
        ("wild", .diverged(iteration: 12), .infinity),
        ("tiny", .reachedIterationLimit(100), 0.03125),
        ("fast", .converged(.lossChange, iteration: 40), 2e-9),
    ]

    @Test func englishGroupsByOutcomeFastestFirst() {
        #expect(
            Localization(language: "en").runsOverview(runs)
                == "Converged, fastest first: ‘fast’ after 40 iterations; ‘slow’ after 900 iterations. "
                + "Diverged: ‘wild’ at iteration 12. Stopped at the iteration limit: ‘tiny’ with J = 0.03125.")
    }

    @Test func chineseUsesItsOwnPunctuationAndNotation() {
        var notation = Notation()
        notation.objective = "f"
        #expect(
            Localization(language: "zh", notation: notation).runsOverview(Array(runs.prefix(3)))
                == "收敛（由快到慢）：“slow”用了 900 次迭代。发散：“wild”在第 12 次迭代。达到迭代上限：“tiny”，f = 0.03125。")
    }
}
