import Foundation
import GradusCode
import GradusLessons
import GradusOptim
import GradusRuns
import GradusTestSupport
import Testing

/// Every example of the shipped course, as its NumPy listing, run by the system's Python: the rows it prints must be
/// the rows of Gradus's own trace.
@Suite struct CourseListingTests {
    @Test(.enabled(if: Python.hasNumPy, "needs python3 with numpy (CI installs it)"))
    func everyCourseExampleRunsInNumPyWithTheTracesNumbers() throws {
        try verify(.numpy, expectedListings: 68)
    }

    /// The same for the PyTorch listings (every example but Newton's method, which torch.optim lacks). CPU torch is
    /// large, so CI does not install it: scripts/verify-pytorch runs this where torch is installed.
    @Test(.enabled(if: Python.hasTorch, "needs python3 with torch (run scripts/verify-pytorch where it is installed)"))
    func everyCourseExampleRunsInPyTorchWithTheTracesNumbers() throws {
        try verify(.pytorch, expectedListings: 59)
    }

    /// Runs whose last rows torch 2.13 (CPU, AVX2 kernels) does not reproduce: its compiled `lerp_` fuses
    /// `self + w·(end − self)` into one fused multiply-add, which torch's source and Gradus do not (first seen at Adam's
    /// third step: exp_avg −16.599331226003695 fused, −16.59933122600369 as written). These two Adam runs with weight
    /// decay oscillate on Rosenbrock for thousands of steps and amplify that last-digit difference to 1–2 % by step
    /// 5000; their first rows must still agree.
    static let fusedLerpSensitive: Set<String> = ["large-models.wd_adam", "large-models.wd_adamw"]

    func verify(_ flavour: Listing.Flavour, expectedListings: Int) throws {
        let folder = try temporaryFolder(prefix: "gradus-numpy")
        defer { try? FileManager.default.removeItem(at: folder) }
        var checked = 0
        var bitIdentical = 0
        var values = 0
        var worst = 0.0
        for lesson in try CourseLessons.all() {
            for example in lesson.examples {
                let run = Executor.run(example)
                var request = ListingRequest(
                    example: example, title: example.name, lessonFile: lesson.source.path, parameterNames: [])
                request.dataFile = "data.csv"
                let listing = PythonListing.listing(flavour, request)
                if flavour == .numpy {
                    #expect(listing.unsupported == nil, "\(lesson.slug).\(example.name): \(listing.unsupported ?? "")")
                }
                guard listing.unsupported == nil else { continue }
                let work = folder.appendingPathComponent("\(lesson.slug).\(example.name)")
                try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
                if let csv = PythonListing.dataCSV(example) {
                    try csv.write(to: work.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)
                }
                let output = try Python.run(listing.code, in: work)
                let printed = PrintedRows(output)
                let expected = TraceRows(run.trace, first: request.first, last: request.last)
                let name = "\(lesson.slug).\(example.name)"
                try #require(
                    printed.rows.map(\.k) == expected.rows.map(\.k),
                    "\(name): printed iterations \(printed.rows.map(\.k)), trace \(expected.rows.map(\.k))\n\(output)")
                let compared =
                    flavour == .pytorch && Self.fusedLerpSensitive.contains(name)
                    ? Array(zip(printed.rows, expected.rows).prefix(request.first))
                    : Array(zip(printed.rows, expected.rows))
                for (row, want) in compared {
                    for (j, (got, value)) in zip(row.values, want.values).enumerated() {
                        values += 1
                        if got.bitPattern == value.bitPattern { bitIdentical += 1 }
                        let error = RowComparison.relativeError(
                            got, value, scale: want.scale[min(j, want.scale.count - 1)])
                        worst = max(worst, error)
                        #expect(error <= 1e-12, "\(name) k = \(row.k): printed \(got), trace \(value)")
                    }
                }
                checked += 1
            }
        }
        #expect(checked == expectedListings)
        print(
            "\(flavour == .numpy ? "NumPy" : "PyTorch") listings verified: \(checked) examples, \(values) printed values, \(bitIdentical) bit-identical, "
                + "largest relative difference \(worst)")
    }
}

/// The shipped course's lessons (the English files; the Chinese ones share their examples).
enum CourseLessons {
    static func all() throws -> [Lesson] {
        let content = repositoryRoot.appendingPathComponent("content")
        let files = try FileManager.default.contentsOfDirectory(atPath: content.path)
            .filter { $0.hasSuffix(".md") && !$0.hasSuffix(".zh.md") }.sorted()
        return try files.map { file in
            let text = try String(contentsOf: content.appendingPathComponent(file), encoding: .utf8)
            return try LessonParser.parse(
                SourceFile(path: file, text: text), slug: String(file.dropLast(3)))
        }
    }
}

/// The rows a listing printed: `k θ… J` lines, then the outcome.
struct PrintedRows {
    struct Row {
        let k: Int
        let values: [Double]
    }

    let rows: [Row]

    init(_ output: String) {
        rows = output.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            guard let first = fields.first, let k = Int(first) else { return nil }
            let values = fields.dropFirst().compactMap { Double($0) }
            return values.count == fields.count - 1 ? Row(k: k, values: values) : nil
        }
    }
}

/// The same rows from Gradus's trace: θ and J of the first `first` and last `last` records, and each quantity's scale
/// over the run (the largest magnitude it takes), against which a difference is measured.
struct TraceRows {
    struct Row {
        let k: Int
        let values: [Double]
        let scale: [Double]
    }

    let rows: [Row]

    init(_ trace: Trace, first: Int, last: Int) {
        let records = Array(trace.iterations)
        let chosen = Array(records.prefix(first)) + records.dropFirst(first).suffix(last)
        let width = (records.first?.theta.count ?? 0) + 1
        var scale = Array(repeating: 0.0, count: width)
        for record in records {
            for (j, x) in (record.theta + [record.loss]).enumerated() where x.isFinite {
                scale[j] = max(scale[j], abs(x))
            }
        }
        rows = chosen.map { Row(k: $0.k, values: $0.theta + [$0.loss], scale: scale) }
    }
}

enum RowComparison {
    /// |a − b| relative to |b|, or to the quantity's scale over the run when b is a small remainder of it: a θ
    /// component that falls from 1 to 10⁻⁵ as it converges, or a loss that falls to 10⁻²⁰, is formed by subtracting
    /// numbers of the scale's size, so its last digits are rounding noise of that size, in any program. 0 when both
    /// are the same double.
    static func relativeError(_ a: Double, _ b: Double, scale: Double) -> Double {
        if a.bitPattern == b.bitPattern { return 0 }
        return abs(a - b) / max(abs(b), scale, .leastNormalMagnitude)
    }
}

/// The system's Python, for running generated listings.
enum Python {
    static let hasNumPy: Bool = (try? run("import numpy", in: FileManager.default.temporaryDirectory)) != nil
    static let hasTorch: Bool = (try? run("import torch", in: FileManager.default.temporaryDirectory)) != nil

    /// Runs `code` with `python3` in `folder` and returns what it printed; throws when it fails.
    static func run(_ code: String, in folder: URL) throws -> String {
        let script = folder.appendingPathComponent("listing.py")
        try code.write(to: script, atomically: true, encoding: .utf8)
        let result = try runProcess("/usr/bin/env", ["python3", script.path], in: folder)
        guard result.status == 0 else { throw PythonFailure(message: result.stderr, output: result.stdout) }
        return result.stdout
    }
}

struct PythonFailure: Error, CustomStringConvertible {
    /// What the program wrote to standard error, and to standard output before it failed.
    let message: String
    var output = ""
    var description: String { message }
}
