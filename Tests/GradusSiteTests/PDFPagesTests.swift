import GradusTestSupport
import Testing

@testable import GradusSite

/// Reading where a printed course's lessons landed, from a PDF written as Chromium writes one.
struct PDFPagesTests {
    /// A PDF of three pages in a nested page tree (leaves in the order 4, 5, 3) with two named destinations.
    static func pdf() -> [UInt8] {
        let objects = [
            (1, "<</Type /Catalog\n/Pages 2 0 R\n/Dests 6 0 R>>"),
            (2, "<</Type /Pages\n/Count 3\n/Kids [7 0 R 3 0 R]>>"),
            (3, "<</Type /Page\n/MediaBox [0 0 612 792]\n/Parent 2 0 R>>"),
            (4, "<</Type /Page\n/MediaBox [0 0 595.91998 841.91998]\n/Parent 7 0 R>>"),
            (5, "<</Type /Page\n/MediaBox [0 0 595.91998 841.91998]\n/Parent 7 0 R>>"),
            (6, "<</alpha [5 0 R /XYZ 15 700.91998 0]\n/b#2Dc [3 0 R /XYZ 15 792 0]>>"),
            (7, "<</Type /Pages\n/Count 2\n/Kids [4 0 R 5 0 R]\n/Parent 2 0 R>>"),
        ]
        var text = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (number, body) in objects {
            offsets.append(text.utf8.count)
            text += "\(number) 0 obj\n\(body)\nendobj\n"
        }
        let start = text.utf8.count
        text += "xref\n0 8\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            text += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        text += "trailer\n<</Size 8\n/Root 1 0 R>>\nstartxref\n\(start)\n%%EOF"
        return Array(text.utf8)
    }

    @Test func destinationsAreFoundOnTheirPagesInTreeOrder() {
        let places = PDFPages.destinations(Self.pdf())
        #expect(places["alpha"] == PDFPages.Place(page: 2, depth: 141))
        #expect(places["b-c"] == PDFPages.Place(page: 3, depth: 0))
        #expect(places.count == 2)
        #expect(PDFPages.count(Self.pdf()) == 3)
    }

    @Test func aPDFItCannotReadHasNoDestinations() {
        #expect(PDFPages.destinations([]).isEmpty)
        #expect(PDFPages.destinations(Array("%PDF-1.4\nstartxref\n99999\n%%EOF".utf8)).isEmpty)
        #expect(PDFPages.destinations(Array(Self.pdf().dropLast(40))).isEmpty)
    }
}
