import GradusLessons
import Testing

struct SourceFileTests {
    @Test func columnsCountUnicodeScalars() {
        let file = SourceFile(path: "a.md", text: "ab\n梯度下降 x\n")
        #expect(file.location(atUTF8Offset: 0) == SourceLocation(path: "a.md", line: 1, column: 1))
        #expect(file.location(atUTF8Offset: 3) == SourceLocation(path: "a.md", line: 2, column: 1))
        // "梯度下降 " is 13 bytes: x is the 6th scalar of line 2.
        #expect(file.location(atUTF8Offset: 16) == SourceLocation(path: "a.md", line: 2, column: 6))
    }

    /// Lines are cut at `\n` on the text's bytes: a `\r` before it stays, a text ending in a line break has an empty
    /// last line, and lines of other scripts are whole.
    @Test func linesAreCutAtLineBreaks() {
        let file = SourceFile(path: "a.md", text: "a\nbé 中\r\n\nlast")
        #expect(file.lineCount == 4)
        #expect((1...4).map { String(file.line($0)) } == ["a", "bé 中\r", "", "last"])
        let ending = SourceFile(path: "b.md", text: "x\n")
        #expect(ending.lineCount == 2 && ending.line(1) == "x" && ending.line(2) == "")
        #expect(SourceFile(path: "c.md", text: "").line(1) == "")
    }
}
