import Foundation
import GradusLessons
import GradusPages
import GradusRuns

/// `gradus handout`: self-contained handouts of every lesson and of the whole course, optionally as PDFs.
public struct SiteHandouts {
    public let content: URL
    public let output: URL

    public init(content: URL, output: URL) {
        self.content = content
        self.output = output
    }

    /// Writes the HTML handouts (replacing the output folder as a whole); with `pdf`, prints each to PDF
    /// beside it through headless Chromium. Returns the files written, relative to the output folder.
    public func run(pdf: Bool) throws(Diagnostics) -> [String] {
        let folder = ContentFolder(url: content)
        let course = try folder.course()
        let runs = try SiteBuild(content: content, output: output).parseLessons(in: folder, course: course)
            .map { Executor.run($0.lesson) }
        var files = try Handouts.render(
            runs, course: course, assets: Assets.load(content: content), theme: ThemeFolder.load(content: content))
        if pdf {
            let browser = try Chromium.find()
            let staging = FileManager.default.temporaryDirectory.appendingPathComponent("gradus-handouts-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: staging) }
            try OutputFolder(url: staging).replace(with: files)
            for file in files where file.path.hasSuffix(".html") {
                let pdfPath = String(file.path.dropLast(5)) + ".pdf"
                let bytes = try browser.printToPDF(staging.appendingPathComponent(file.path), shown: pdfPath)
                files.append(PageFile(path: pdfPath, bytes: bytes))
            }
        }
        try OutputFolder(url: output, protected: [content]).replace(with: files)
        return files.map(\.path).sorted()
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
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return Chromium(executable: candidate) }
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
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
            "--print-to-pdf=\(target.path)", page.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            throw Diagnostics(SourceLocation(path: shown, line: 1, column: 1), "cannot start Chromium: \(error.localizedDescription)")
        }
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: target.path) else {
            throw Diagnostics(SourceLocation(path: shown, line: 1, column: 1), "Chromium could not print this handout to PDF")
        }
        return [UInt8](data)
    }
}
