/// The text of a lesson file with what is needed to turn UTF-8 offsets into line and column.
public struct SourceFile: Sendable {
    /// The path as diagnostics print it (relative to the content folder).
    public let path: String
    public let text: String
    /// The UTF-8 offset at which each line starts (32 bits: a lesson file is far smaller than 4 GB, and a course
    /// keeps one of these per lesson).
    private let lineStarts: [UInt32]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        var text = text
        self.lineStarts = text.withUTF8 { bytes in
            var starts: [UInt32] = [0]
            for offset in bytes.indices where bytes[offset] == UInt8(ascii: "\n") {
                starts.append(UInt32(truncatingIfNeeded: offset + 1))
            }
            return starts
        }
    }

    /// The location of the byte at `offset` (clamped to the text).
    public func location(atUTF8Offset offset: Int) -> SourceLocation {
        let utf8 = text.utf8
        let offset = min(max(offset, 0), utf8.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(lineStarts[mid]) <= offset { low = mid } else { high = mid - 1 }
        }
        let lineStart = utf8.index(utf8.startIndex, offsetBy: Int(lineStarts[low]))
        let end = utf8.index(utf8.startIndex, offsetBy: offset)
        // Count scalars: every byte that is not a UTF-8 continuation byte starts one.
        let column = 1 + utf8[lineStart..<end].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        return SourceLocation(path: path, line: low + 1, column: column)
    }

    /// How many lines the text has (a text ending in a line break has an empty last line).
    public var lineCount: Int { lineStarts.count }

    /// Line `number` (from 1) without its line break (`\n`; a `\r` before it stays).
    public func line(_ number: Int) -> Substring {
        let utf8 = text.utf8
        let start = Int(lineStarts[number - 1])
        let end = number < lineStarts.count ? Int(lineStarts[number]) - 1 : utf8.count
        return Substring(
            utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
    }

    /// A location given as a line and column.
    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }
}
