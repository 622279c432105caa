import Foundation
import GradusTestSupport
import Testing

/// The notebooks a build writes beside every lesson, executed cell by cell in one Python namespace (as a Jupyter kernel
/// runs them, top to bottom): each code cell must print, as its last row, the final θ and J of its example's trace.
struct NotebookTests {
    static let hasNumPy = (try? runProcess("/usr/bin/env", ["python3", "-c", "import numpy"]))?.status == 0

    /// Runs every code cell of a notebook in one namespace, printing `CELL n` before each cell's output.
    static let executor = """
        import contextlib, io, json, sys
        notebook = json.load(open(sys.argv[1], encoding="utf-8"))
        assert notebook["nbformat"] == 4
        namespace = {}
        for number, cell in enumerate(notebook["cells"]):
            if cell["cell_type"] != "code":
                continue
            assert cell["outputs"] == [] and cell["execution_count"] is None
            output = io.StringIO()
            with contextlib.redirect_stdout(output):
                exec("".join(cell["source"]), namespace)
            print("CELL", number)
            print(output.getvalue(), end="")
        """

    @Test(.enabled(if: hasNumPy, "needs python3 with numpy (CI installs it)"))
    func everyLessonsNotebookRunsTopToBottomAndEndsOnTheTracesFinalNumbers() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try copyShippedContent(into: folder)
        let build = try gradus(["build", "--no-cache"], in: folder)
        try #require(build.status == 0, "\(build.stderr)")
        let output = folder.appendingPathComponent("output")
        let script = folder.appendingPathComponent("run-notebook.py")
        try Self.executor.write(to: script, atomically: true, encoding: .utf8)
        var notebooks = 0
        var cells = 0
        var chineseListings = 0
        for language in ["", "zh/"] {
            let data = output.appendingPathComponent(language + "data")
            let names = try FileManager.default.contentsOfDirectory(atPath: data.path).sorted()
            // Each code cell is one example's listing, the same text as its `.py` download.
            var listings: [String: String] = [:]
            for name in names where name.hasSuffix(".py") && !name.hasSuffix(".torch.py") {
                // nbformat's last source line has no line break.
                let text = try String(contentsOf: data.appendingPathComponent(name), encoding: .utf8)
                if language == "zh/" {
                    // A Chinese page's listings speak Chinese: no English comment, docstring or outcome.
                    let english = PythonProse(text).sentences.filter { !PythonProse.isChinese($0) }
                    #expect(english.isEmpty, "zh/data/\(name): English prose \(english)")
                    chineseListings += 1
                }
                listings[String(text.dropLast(text.hasSuffix("\n") ? 1 : 0))] =
                    String(name.dropLast(3))
            }
            for name in names where name.hasSuffix(".ipynb") {
                let notebook =
                    try JSONSerialization.jsonObject(
                        with: Data(contentsOf: data.appendingPathComponent(name))) as? [String: Any]
                let codeCells = try #require(notebook?["cells"] as? [[String: Any]]).filter {
                    $0["cell_type"] as? String == "code"
                }
                let run = try python([script.path, name], in: data)
                try #require(run.status == 0, "\(language)\(name): \(run.stderr)")
                let printed = run.stdout.components(separatedBy: "CELL ").dropFirst()
                #expect(printed.count == codeCells.count)
                for (cell, text) in zip(codeCells, printed) {
                    let source = (cell["source"] as? [String] ?? []).joined()
                    let example = try #require(listings[source], "\(name): a code cell that is no example's listing")
                    // The trace's final record from the CSV download (kept in the English folder for both languages).
                    let csv = try String(
                        contentsOf: output.appendingPathComponent("data/\(example).csv"), encoding: .utf8)
                    let header = csv.split(separator: "\n")[0].split(separator: ",")
                    let final = csv.split(separator: "\n").last!.split(separator: ",")
                    let width = header.firstIndex(of: "loss")! + 1
                    let expected = final.prefix(width).map(String.init)
                    let rows = text.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
                    let last = try #require(rows.last { Int($0.first ?? "") != nil }, "\(example): no rows printed")
                    #expect(
                        try zip(last, expected).allSatisfy { got, want in
                            try Int(got) == Int(want) || Self.close(got, want)
                        } && last.count == expected.count,
                        "\(language)\(example): the notebook printed \(last), the trace ends on \(expected)")
                    cells += 1
                }
                notebooks += 1
            }
        }
        #expect(notebooks == 14)
        #expect(cells >= 136)
        #expect(chineseListings == 68)
        print("Notebooks executed: \(notebooks), code cells: \(cells), each ending on its trace's final θ and J")
    }

    /// Two printed numbers within 10⁻¹² of each other relative to the larger (the listings' own accuracy is tested,
    /// value by value, in GradusCodeTests).
    static func close(_ a: String, _ b: String) throws -> Bool {
        let x = try #require(Double(a))
        let y = try #require(Double(b))
        return x == y || abs(x - y) <= 1e-12 * max(abs(x), abs(y), 1)
    }

    func python(_ arguments: [String], in folder: URL) throws -> ProcessResult {
        try runProcess("/usr/bin/env", ["python3"] + arguments, in: folder)
    }
}
