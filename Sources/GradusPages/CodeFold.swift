import GradusCode
import GradusLessons
import GradusRuns
import GradusText

/// An example's Python listings as the page offers them: the files' names and texts, and the fold under the example's
/// first table.
public struct ExampleCode: Sendable, Codable, Equatable {
    public let example: String
    /// What the page calls the example.
    public let label: String
    public let numpy: String
    public let pytorch: String
    /// Why there is no PyTorch listing, if there is none.
    public let pytorchUnsupported: String?
    /// The data the listings read, as CSV, when there are too many to write inline, and the file's name in `data/`.
    public let data: String?
    public let dataFile: String?

    /// An entry read back from the lesson cache.
    init(
        example: String, label: String, numpy: String, pytorch: String, pytorchUnsupported: String?, data: String?,
        dataFile: String?
    ) {
        self.example = example
        self.label = label
        self.numpy = numpy
        self.pytorch = pytorch
        self.pytorchUnsupported = pytorchUnsupported
        self.data = data
        self.dataFile = dataFile
    }

    /// The listings of `run`, printing the rows of a table of its first `first` and last `last` iterations.
    init(
        _ run: ExampleRun, lesson: Lesson, words: Localization, data: DataFile?, first: Int = 5, last: Int = 3
    ) {
        let example = run.example
        var request = ListingRequest(
            example: example, title: words.label(example),
            lessonFile: lesson.source.path.split(separator: "/").last.map(String.init) ?? lesson.source.path,
            parameterNames: words.parameterNames(example))
        request.first = first
        request.last = last
        request.dataFile = data?.name
        request.language = lesson.language
        self.example = example.name
        self.label = request.title
        self.numpy = PythonListing.listing(.numpy, request).code
        let torch = PythonListing.listing(.pytorch, request)
        self.pytorch = torch.code
        self.pytorchUnsupported = torch.unsupported
        self.data = data?.csv
        self.dataFile = data?.name
    }

    /// The data file of each example that reads one: `LESSON.data1.csv`, `LESSON.data2.csv`, … numbered by the data
    /// set's first use in the lesson, so examples on the same data share one file (and no example's name shows).
    static func dataFiles(_ runs: [ExampleRun], slug: String) -> [String: DataFile] {
        var numbers: [String: Int] = [:]
        var files: [String: DataFile] = [:]
        for run in runs {
            guard let csv = PythonListing.dataCSV(run.example) else { continue }
            let number = numbers[csv] ?? numbers.count + 1
            numbers[csv] = number
            files[run.example.name] = DataFile(name: "\(slug).data\(number).csv", csv: csv)
        }
        return files
    }

    /// A data file beside the page: its name and its CSV.
    struct DataFile {
        let name: String
        let csv: String
    }

    /// The files beside the page, in its `data/` folder.
    static func numpyFile(_ slug: String, _ example: String) -> String { "\(slug).\(example).py" }
    static func pytorchFile(_ slug: String, _ example: String) -> String { "\(slug).\(example).torch.py" }
    static func notebookFile(_ slug: String) -> String { "\(slug).ipynb" }

    /// The fold: both listings, each with its download.
    func fold(slug: String, words: Localization) -> HTMLWriter {
        var out = HTMLWriter()
        out.line("details", [.init("class", "code")], linesInside: true) { details in
            details.element("summary", words(.codeSummary))
            details.newline()
            details.element("p", words(.codeIntro))
            details.newline()
            listing(
                "NumPy", numpy, file: Self.numpyFile(slug, example), words: words, to: &details)
            if let reason = pytorchUnsupported {
                details.element("p", words(.codeUnsupported, ["reason": reason]))
                details.newline()
            } else {
                listing("PyTorch", pytorch, file: Self.pytorchFile(slug, example), words: words, to: &details)
            }
        }
        return out
    }

    private func listing(_ name: String, _ code: String, file: String, words: Localization, to out: inout HTMLWriter) {
        out.open("p", [.init("class", "code-title")])
        out.element("strong", name)
        out.text(" · ")
        out.element("a", [.init("href", "data/" + file), .flag("download")], words(.codeDownload))
        out.close("p")
        out.newline()
        out.open("pre", [.init("class", "code")])
        out.element("code", [.init("class", "language-python")], code)
        out.close("pre")
        out.newline()
    }
}
