import GradusTestSupport
import Testing

@testable import GradusPages

/// A heading's id from ASCII words, made on bytes, is the id its definition on characters gives.
struct SectionSlugTests {
    @Test func asciiSlugsAreCharacterSlugs() {
        let pieces = ["Why", " ", "the", "STEP", "-", "size", "2", "k+1", "  ", "#", ":", "_", "é", "Ab9", "!", "\t"]
        var ascii = 0
        for text in generatedTexts(from: pieces, count: 5_000, most: 8, seed: 3) {
            #expect(Section.slug(text) == Section.characterSlug(text), "\(text.debugDescription)")
            if text.utf8.allSatisfy({ $0 < 0x80 }) { ascii += 1 }
        }
        #expect(ascii > 1_000)
        #expect(Section.slug("Why the step size matters") == "why-the-step-size-matters")
        #expect(Section.slug("--") == "section")
    }
}
