import GradusLessons
import GradusOptim

/// What a listing is generated from: one example and how its page names things.
public struct ListingRequest: Sendable {
    public var example: Example
    /// The example's label as the page shows it.
    public var title: String
    /// The lesson file the example is declared in, e.g. `gradient-descent.md`.
    public var lessonFile: String
    /// The page's names of θ's components (θ₁, θ₂ or the formula's variables).
    public var parameterNames: [String]
    /// The listing prints the first `first` and the last `last` iterates, like the page's table.
    public var first = 5
    public var last = 3
    /// The CSV file the listing reads its data from when the data are too many to write inline (`dataCSV`).
    public var dataFile: String? = nil
    /// The lesson's language tag: the listing's comments, docstrings and printed sentences are in it (`ListingWords`).
    public var language = "en"
    /// The words of `language`.
    var words: ListingWords { ListingWords.table(for: language) }

    public init(example: Example, title: String, lessonFile: String, parameterNames: [String]) {
        self.example = example
        self.title = title
        self.lessonFile = lessonFile
        self.parameterNames = parameterNames
    }
}

/// A generated Python program, or why there is none.
public struct Listing: Sendable, Equatable {
    public enum Flavour: String, Sendable, CaseIterable {
        case numpy
        case pytorch
    }

    public let flavour: Flavour
    /// The program; when `unsupported` is set, only comments that say why.
    public let code: String
    /// Why the method or objective has no plain equivalent in this flavour (nil: the listing runs the example).
    public let unsupported: String?
}

/// Python listings of an example: the update written out with NumPy, or `torch.optim`.
public enum PythonListing {
    /// Data with at most this many numbers are written into the listing; more are read from `ListingRequest.dataFile`.
    public static let inlineDataLimit = 60

    /// The listing in `flavour`.
    public static func listing(_ flavour: Listing.Flavour, _ request: ListingRequest) -> Listing {
        switch flavour {
        case .numpy: NumPyListing(request).listing
        case .pytorch: TorchListing(request).listing
        }
    }

    /// Whether the example's data are too many to write inline, so the listing reads `dataFile`.
    public static func readsDataFile(_ example: Example) -> Bool {
        guard let data = example.objective.data else { return false }
        return data.features.storage.count + data.targets.count > inlineDataLimit
    }

    /// The data a listing reads, as CSV with a header row (`x1,…,xd,y`), every number in its shortest exact form;
    /// nil when the example has no data or writes them inline.
    public static func dataCSV(_ example: Example) -> String? {
        guard readsDataFile(example), let data = example.objective.data else { return nil }
        let d = data.features.columns
        var out = (1...d).map { "x\($0)" }.joined(separator: ",") + ",y\n"
        for i in 0..<data.features.rows {
            out += (0..<d).map { "\(data.features[i, $0])" }.joined(separator: ",") + ",\(data.targets[i])\n"
        }
        return out
    }
}
