/// The text of a lesson file with what is needed to turn UTF-8 offsets into line and column.
public struct SourceFile: Sendable {
    /// The path as diagnostics print it (relative to the content folder).
    public let path: String
    public let text: String
    private let utf8: [UInt8]
    /// The UTF-8 offset at which each line starts.
    private let lineStarts: [Int]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.utf8 = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    /// The location of the byte at `offset` (clamped to the text).
    public func location(atUTF8Offset offset: Int) -> SourceLocation {
        let offset = min(max(offset, 0), utf8.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let lineStart = lineStarts[low]
        // Count scalars: every byte that is not a UTF-8 continuation byte starts one.
        var column = 1
        for i in lineStart..<offset where utf8[i] & 0xC0 != 0x80 { column += 1 }
        return SourceLocation(path: path, line: low + 1, column: column)
    }

    /// A location given as a line and column.
    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }
}
