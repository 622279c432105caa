import GradusTestSupport
import Testing

@testable import GradusPages

struct SiteAssemblyTests {
    /// A build that keeps unchanged lessons writes `search-index.js` from each lesson's lines: the result is the
    /// index of all their entries.
    @Test func theSearchIndexIsEveryLessonsLinesInTheEmptyIndexsFrame() {
        let a = [
            SearchIndex.Entry(lesson: "A", section: "s", url: "a.html#s", text: "x \"q\" <b> & é"),
            SearchIndex.Entry(lesson: "A", section: "t", url: "a.html#t", text: "y"),
        ]
        let c = [SearchIndex.Entry(lesson: "C", section: "", url: "c.html", text: "z\u{2028}</script>")]
        var whole = SearchIndex()
        whole.entries = a + c
        for language in ["en", "zh"] {
            let words = Localization(language: language)
            let lines = [a, [], c].map { ArraySlice(SiteLesson.search(of: $0, language: language).utf8) }
            #expect(lines[1].isEmpty && !lines[0].isEmpty)
            #expect(SearchIndexFrame(words).script(lines) == Array(whole.script(words).utf8))
            #expect(SearchIndexFrame(words).script([[], []]) == Array(SearchIndex().script(words).utf8))
        }
    }

    @Test func aStableHashDependsOnEveryFieldAndItsBoundaries() {
        func hex(_ fields: [String]) -> String {
            var hash = StableHash()
            for field in fields { hash.add(field) }
            return hash.hex
        }
        #expect(hex(["ab", "c"]) != hex(["a", "bc"]))
        #expect(hex(["ab", "c"]) == hex(["ab", "c"]))
        #expect(hex([""]) != hex([]))
    }
}
