import Yams

extension YAMLReader {
    /// The place of the character at `offset` (in Unicode scalars) inside a scalar's text: exact for a plain or quoted
    /// scalar written on one line without escapes before that character; otherwise the scalar's start.
    func location(_ node: Node, offset: Int) -> SourceLocation {
        guard case .scalar(let scalar) = node, let mark = node.mark, offset >= 0 else { return location(node) }
        let lineNumber = firstLine + mark.line - 1
        let line = Array(Self.line(lineNumber, of: source.text).unicodeScalars)
        let opening: Int
        switch scalar.style {
        case .plain, .any: opening = 0
        case .singleQuoted, .doubleQuoted: opening = 1
        default: return location(node)
        }
        let start = mark.column - 1 + opening
        let prefix = Array(scalar.string.unicodeScalars.prefix(offset))
        guard prefix.count == offset, start >= 0, start + offset <= line.count,
            Array(line[start..<(start + offset)]) == prefix
        else { return location(node) }
        return source.location(line: lineNumber, column: start + offset + 1)
    }

    func fail(_ node: Node, offset: Int, _ message: String) -> Diagnostics {
        Diagnostics(location(node, offset: offset), message)
    }
}
