/// Reads the data files a lesson names (CSV under the content folder). The site supplies it, so this
/// module never touches the file system.
public protocol DataFiles: Sendable {
    /// The file at `path`, relative to the content folder; throws a message when it cannot be read or
    /// lies outside the content folder.
    func read(_ path: String) throws(DataFileError) -> SourceFile
}

/// Why a data file could not be read.
public struct DataFileError: Error, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// No data files: every `csv:` is an error.
public struct NoDataFiles: DataFiles {
    public init() {}
    public func read(_ path: String) throws(DataFileError) -> SourceFile {
        throw DataFileError("data files are not available here")
    }
}

/// A CSV table with a header row, of numbers only.
struct CSVTable {
    let columns: [String]
    let rows: [[Double]]

    /// Parses comma-separated numbers; every problem is a diagnostic at its line and column in the file.
    init(_ file: SourceFile) throws(Diagnostics) {
        // "\r\n" is one Character in Swift, so lines are split at either ending.
        let lines = file.text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map {
                $0.hasSuffix("\r") ? $0.dropLast() : $0
            }
        guard let header = lines.first, !header.isEmpty else {
            throw Diagnostics(
                file.location(line: 1, column: 1), "a CSV file starts with a header row naming its columns")
        }
        columns = header.split(separator: ",", omittingEmptySubsequences: false).map {
            String($0).trimmingCharacters(in: .whitespaces)
        }
        var rows: [[Double]] = []
        var problems: [Diagnostic] = []
        for (index, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == columns.count else {
                problems.append(
                    Diagnostic(
                        file.location(line: index + 1, column: 1),
                        "row has \(fields.count) values; the header names \(columns.count) columns"))
                continue
            }
            var row: [Double] = []
            var column = 1
            for field in fields {
                let text = field.trimmingCharacters(in: .whitespaces)
                if Self.isDecimal(text), let value = Double(text), value.isFinite {
                    row.append(value)
                } else {
                    problems.append(
                        Diagnostic(
                            file.location(line: index + 1, column: column),
                            Double(text) == nil
                                ? "'\(text)' is not a number"
                                : Double(text)!.isFinite
                                    ? "'\(text)' is not a decimal number" : "'\(text)' is not finite"))
                }
                column += field.unicodeScalars.count + 1
            }
            rows.append(row)
        }
        if !problems.isEmpty { throw Diagnostics(Array(problems.prefix(10))) }
        guard !rows.isEmpty else {
            throw Diagnostics(file.location(line: 1, column: 1), "the CSV file has no data rows")
        }
        self.rows = rows
    }

    /// A decimal number as people write it: `-12`, `3.5`, `.5`, `1e-3`; not `0x10`, `nan` or `inf`.
    static func isDecimal(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        func digits() -> Int {
            let count = scalars.prefix { ("0"..."9").contains($0) }.count
            scalars = scalars.dropFirst(count)
            return count
        }
        if scalars.first == "+" || scalars.first == "-" { scalars = scalars.dropFirst() }
        var mantissa = digits()
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if scalars.first == "e" || scalars.first == "E" {
            scalars = scalars.dropFirst()
            if scalars.first == "+" || scalars.first == "-" { scalars = scalars.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return scalars.isEmpty
    }
}
