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
            + (variants.map { [.renderVariants($0, jobs: jobs)] } ?? [])
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
