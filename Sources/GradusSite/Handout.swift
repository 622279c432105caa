import Foundation
import GradusLessons
import GradusPages
import GradusRuns

/// `gradus handout`: self-contained handouts of every lesson and of the whole course, optionally as PDFs: the course,
/// then the stages run examples → render handouts → (print PDFs) → write output.
public struct SiteHandouts: Sendable {
    public let content: URL
    public let output: URL
    /// How many examples may run at once (the handouts are the same for any number).
    public var jobs: Int
    /// Whether the handouts keep the claims boxes ("How these numbers were checked"); left out by default.
    public var claims: Bool
    /// Whether the teacher's edition (answers and solutions) is written beside each handout.
    public var teacher: Bool
    /// How many numbered variants of the exercise sheets to write, and the seed that draws them.
    public var variants: Variants? = nil
    /// The paper the handouts are laid out for.
    public var paper: Paper

    public init(
        content: URL, output: URL, jobs: Int = 1, claims: Bool = false, teacher: Bool = false, paper: Paper = .a4
    ) {
        self.content = content
        self.output = output
        self.jobs = max(1, jobs)
        self.claims = claims
        self.teacher = teacher
        self.paper = paper
    }

    /// The stages, in order; with `pdf`, each HTML handout is also printed to PDF beside it.
    public func stages(pdf: Bool) -> [Stage<CourseWork>] {
        [.runExamples(jobs: jobs), .renderHandouts(claims: claims, teacher: teacher, paper: paper)]
            + (variants.map { [.renderVariants($0, jobs: jobs, paper: paper)] } ?? [])
            + (pdf ? [.printPDFs(claims: claims, paper: paper, jobs: jobs)] : []) + [
                .writeOutput(to: output)
            ]
    }

    /// Writes the handouts of a loaded course (replacing the output folder as a whole); returns the files written,
    /// relative to the output folder.
    public func run(_ course: Course, pdf: Bool) throws(StageFailure) -> [String] {
        try Pipeline(stages(pdf: pdf)).run(CourseWork(course)).files.map(\.path).sorted()
    }

    /// Loads the course and writes its handouts.
    public func run(pdf: Bool) throws(StageFailure) -> [String] {
        try run(Course.loading(content), pdf: pdf)
    }
}

/// Headless Chromium, for printing to PDF.
struct Chromium {
    let executable: URL

    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The first Chromium on the PATH, or a diagnostic that says what to install.
    static func find() throws(Diagnostics) -> Chromium {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            for name in names {
                let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return Chromium(executable: candidate)
                }
            }
        }
        throw Diagnostics(
            SourceLocation(path: "chromium", line: 1, column: 1),
            "PDF handouts need headless Chromium, which is not installed; on Debian: sudo apt-get install chromium")
    }

    func printToPDF(_ page: URL, shown: String) throws(Diagnostics) -> [UInt8] {
        let target = page.deletingPathExtension().appendingPathExtension("pdf")
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--generate-pdf-document-outline",
            "--run-all-compositor-stages-before-draw",
            "--print-to-pdf=\(target.path)", page.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            throw Diagnostics(
                SourceLocation(path: shown, line: 1, column: 1), "cannot start Chromium: \(error.localizedDescription)")
        }
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: target.path) else {
            throw Diagnostics(
                SourceLocation(path: shown, line: 1, column: 1), "Chromium could not print this handout to PDF")
        }
        return [UInt8](data)
    }
}

/// What Gradus reads of the PDFs Chromium prints.
enum PDFPages {
    /// Where a link target stands in a PDF: its page (from 1) and how far below the top of the page's type area.
    struct Place: Equatable {
        let page: Int
        let depth: Double
    }

    /// The named destinations of a PDF (Chromium writes one for each id that a link of the document points to, in the
    /// catalog's `/Dests`): each id's page and depth, from the cross-reference table, the page tree's leaves in order
    /// and each page's `/MediaBox` (Chromium measures a destination's height from the top of the type area, as if it
    /// were the top of the page). Nothing for a PDF it cannot read.
    static func destinations(_ pdf: [UInt8]) -> [String: Place] {
        let objects = PDFObjects(pdf)
        guard let catalog = objects.catalog, let root = objects.reference(after: "/Pages", in: catalog),
            let dests = objects.reference(after: "/Dests", in: catalog).flatMap(objects.text)
        else { return [:] }
        var pages: [Int] = []
        var pending = [root]
        var visited: Set<Int> = []
        while let number = pending.popLast(), visited.insert(number).inserted, pages.count < 100_000 {
            guard let object = objects.text(number) else { continue }
            if object.contains("/Type /Pages") {
                pending += objects.references(after: "/Kids", in: object).reversed()
            } else {
                pages.append(number)
            }
        }
        let index = Dictionary(pages.enumerated().map { ($1, $0 + 1) }) { first, _ in first }
        var places: [String: Place] = [:]
        for entry in dests.split(separator: "\n") {
            // `/id [12 0 R /XYZ x y 0]`
            let parts = entry.split(whereSeparator: { " [<>".contains($0) })
            guard parts.count >= 7, parts[0].hasPrefix("/"), parts[4] == "/XYZ", let object = Int(parts[1]),
                let page = index[object], let y = Double(parts[6])
            else { continue }
            let height = objects.text(object).flatMap(Self.mediaHeight) ?? y
            places[Self.decodeName(parts[0].dropFirst())] = Place(page: page, depth: max(0, height - y))
        }
        return places
    }

    /// The height of a page object's `/MediaBox [0 0 w h]`.
    static func mediaHeight(_ page: String) -> Double? {
        guard let range = page.range(of: "/MediaBox [") else { return nil }
        let numbers = page[range.upperBound...].prefix { $0 != "]" }.split(separator: " ").compactMap { Double($0) }
        return numbers.count == 4 ? numbers[3] - numbers[1] : nil
    }

    /// A PDF name with its `#hh` escapes decoded.
    static func decodeName(_ name: Substring) -> String {
        var bytes: [UInt8] = []
        var rest = name.utf8[...]
        while let byte = rest.first {
            rest = rest.dropFirst()
            if byte == UInt8(ascii: "#"), rest.count >= 2,
                let value = UInt8(String(decoding: rest.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                rest = rest.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The number of pages: the page objects (`/Type /Page`, not `/Pages`), which Chromium writes uncompressed.
    static func count(_ pdf: [UInt8]) -> Int {
        let pattern = Array("/Type /Page".utf8)
        guard pdf.count > pattern.count else { return 0 }
        var count = 0
        var index = 0
        while index + pattern.count <= pdf.count {
            if pdf[index] == pattern[0], Array(pdf[index..<index + pattern.count]) == pattern {
                let after = index + pattern.count
                if after == pdf.count || pdf[after] != UInt8(ascii: "s") { count += 1 }
                index = after
            } else {
                index += 1
            }
        }
        return count
    }
}

/// The objects of an uncompressed PDF (as Chromium writes it), found through its cross-reference table.
struct PDFObjects {
    let bytes: [UInt8]
    /// Object number → offset of `N 0 obj`.
    let offsets: [Int: Int]

    init(_ pdf: [UInt8]) {
        bytes = pdf
        var offsets: [Int: Int] = [:]
        let tail = String(decoding: pdf.suffix(64), as: UTF8.self)
        if let range = tail.range(of: "startxref", options: .backwards),
            let start = Int(tail[range.upperBound...].split(whereSeparator: \.isWhitespace).first ?? ""),
            start >= 0, start < pdf.count
        {
            // `xref`, then sections of `first count` followed by `count` entries `oooooooooo ggggg n`.
            let table = String(decoding: pdf[start...].prefix(4_000_000), as: UTF8.self)
            var lines = table.split(whereSeparator: \.isNewline).dropFirst().makeIterator()
            while let line = lines.next() {
                let header = line.split(separator: " ")
                guard header.count == 2, let first = Int(header[0]), let count = Int(header[1]), count < 10_000_000
                else { break }
                for number in first..<first + count {
                    guard let entry = lines.next() else { break }
                    let fields = entry.split(separator: " ")
                    if fields.count >= 3, fields[2] == "n", let offset = Int(fields[0]) { offsets[number] = offset }
                }
            }
        }
        self.offsets = offsets
    }

    /// Object `number`'s text up to `endobj`, streams included (read as Latin-1, so binary stays one character a byte).
    func text(_ number: Int) -> String? {
        guard let start = offsets[number], start < bytes.count else { return nil }
        let end = Self.find(Array("endobj".utf8), in: bytes, from: start) ?? bytes.count
        return String(bytes[start..<end].map { Character(Unicode.Scalar($0)) })
    }

    /// The document catalog: the object the trailer's `/Root` names.
    var catalog: String? {
        let tail = String(decoding: bytes.suffix(1024), as: UTF8.self)
        guard let root = reference(after: "/Root", in: tail) else { return nil }
        return text(root)
    }

    /// The object number of the reference `N 0 R` that follows `key`.
    func reference(after key: String, in object: String) -> Int? {
        guard let range = object.range(of: key + " ") else { return nil }
        return Int(object[range.upperBound...].prefix { $0.isNumber })
    }

    /// The object numbers of the array of references `[N 0 R M 0 R]` that follows `key`.
    func references(after key: String, in object: String) -> [Int] {
        guard let range = object.range(of: key + " [") else { return [] }
        let fields = object[range.upperBound...].prefix { $0 != "]" }.split(separator: " ")
        return stride(from: 0, to: fields.count - 2, by: 3).compactMap { fields[$0 + 2] == "R" ? Int(fields[$0]) : nil }
    }

    static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == first, bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
