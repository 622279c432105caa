import Foundation
import GradusTestSupport
import Testing

/// Whether Poppler's pdftotext and pdftoppm are on this machine (CI installs poppler-utils).
let popplerInstalled = ["/usr/bin/pdftotext", "/usr/bin/pdftoppm"].allSatisfy {
    FileManager.default.isExecutableFile(atPath: $0)
}

/// The printed course: one `gradus handout --pdf --paper a4` of the shipped course, read back with Poppler.
struct PrintedPDFTests {
    @Test(.enabled(if: chromiumInstalled && popplerInstalled)) func theCoursePDFIsReadyToHandOut() throws {
        let folder = try temporaryFolder()
        _ = try copyShippedContent(into: folder)
        let result = try gradus(["handout", "--pdf", "--paper", "a4"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let handouts = folder.appendingPathComponent("handouts")
        let pdf = handouts.appendingPathComponent("course.pdf")
        let bytes = try Data(contentsOf: pdf)
        #expect(bytes.starts(with: Array("%PDF-".utf8)))
        // Bookmarks: Chromium's document outline, from the headings.
        #expect(bytes.range(of: Data("/Outlines".utf8)) != nil, "no bookmarks")
        let pages = try pageTexts(pdf)
        let html = try String(contentsOf: handouts.appendingPathComponent("course.html"), encoding: .utf8)
        let starts = html.ranges(of: "<span class=\"page\">").compactMap { range in
            Int(html[range.upperBound...].prefix { $0.isNumber })
        }
        let titles = html.ranges(of: "<li><a href=\"#").compactMap { range -> String? in
            let rest = html[range.upperBound...]
            guard let open = rest.firstIndex(of: ">"), let close = rest.firstIndex(of: "<") else { return nil }
            return String(rest[rest.index(after: open)..<close]).replacingOccurrences(of: "&#39;", with: "'")
        }
        #expect(titles.count == 7 && starts.count == 7, "\(titles) \(starts)")
        for (index, text) in pages.enumerated() {
            // The running header (the course title) and the page number on every page.
            #expect(text.contains("Optimisation for machine learning"), "page \(index + 1) has no running header")
            #expect(text.contains("\(index + 1) / \(pages.count)"), "page \(index + 1) has no page number")
        }
        // The table of contents gives the page each lesson starts on: its title heads that page and not the one
        // before (which belongs to the lesson before).
        for (title, start) in zip(titles, starts) where start <= pages.count {
            #expect(pages[start - 1].contains(title), "'\(title)' does not start on page \(start)")
            if start > starts[0] { #expect(!pages[start - 2].contains(title), "'\(title)' starts before \(start)") }
        }
        // A4: 595 × 842 points.
        let info = try runProcess("/usr/bin/pdfinfo", [pdf.path]).stdout
        #expect(info.contains("(A4)"), "\(info)")
        // Blank paper: on every page that the same lesson continues after, the part of the type area below the last
        // inked row. The last page of each lesson and the front matter end where their text ends, and do not count.
        let blank = try blankBelowContent(pdf)
        #expect(blank.count == pages.count)
        var continued: [Double] = []
        for (index, fraction) in blank.enumerated() {
            let page = index + 1
            let lastOfLesson = starts.contains(page + 1) || page == blank.count
            if page >= starts[0], !lastOfLesson { continued.append(fraction) }
        }
        let waste = continued.reduce(0, +) / Double(max(1, continued.count))
        #expect(waste <= 0.15, "pages that continue a lesson are \(Int(waste * 100)) % blank")
    }

    /// Each page's text, from pdftotext (pages are separated by form feeds).
    func pageTexts(_ pdf: URL) throws -> [String] {
        let text = try runProcess("/usr/bin/pdftotext", ["-enc", "UTF-8", pdf.path, "-"]).stdout
        var pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        if pages.last?.allSatisfy(\.isWhitespace) == true { pages.removeLast() }
        return pages
    }

    /// For each page, rasterised at 30 dpi in grey: the fraction of the type area (inside the 16 mm top and 15 mm
    /// bottom margins the handout's `@page` sets) below the lowest row with a pixel darker than 200 of 255.
    func blankBelowContent(_ pdf: URL) throws -> [Double] {
        let folder = try temporaryFolder()
        let prefix = folder.appendingPathComponent("page").path
        let result = try runProcess("/usr/bin/pdftoppm", ["-r", "30", "-gray", pdf.path, prefix])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pgm") }
            .sorted()
        return try files.map { name in
            let image = try GreyImage(Data(contentsOf: folder.appendingPathComponent(name)))
            let millimetre = 30 / 25.4
            let top = Int((16 * millimetre).rounded(.up))
            let bottom = image.height - Int((15 * millimetre).rounded(.up))
            let inked = (top..<bottom).last { y in
                (0..<image.width).contains { image.pixels[y * image.width + $0] < 200 }
            }
            return Double(bottom - (inked.map { $0 + 1 } ?? top)) / Double(bottom - top)
        }
    }
}

/// A binary PGM (`P5`, 8 bits) as pdftoppm writes it.
struct GreyImage {
    let width: Int
    let height: Int
    let pixels: [UInt8]

    init(_ data: Data) throws {
        let bytes = [UInt8](data)
        var fields: [String] = []
        var index = 0
        while fields.count < 4, index < bytes.count {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
            let start = index
            while index < bytes.count, bytes[index] != 0x20, bytes[index] != 0x0A { index += 1 }
            fields.append(String(decoding: bytes[start..<index], as: UTF8.self))
        }
        guard fields.count == 4, fields[0] == "P5", let width = Int(fields[1]), let height = Int(fields[2]),
            bytes.count >= index + 1 + width * height
        else { throw CocoaError(.fileReadCorruptFile) }
        self.width = width
        self.height = height
        pixels = Array(bytes[(index + 1)...].prefix(width * height))
    }
}
