/// Splits a lesson body into Markdown, bindings, math and generated blocks.
///
/// Fenced code blocks and code spans are passed through untouched (no math, no bindings inside);
/// `\$` and `\{` escape a dollar or a brace.
struct BodyScanner {
    let source: SourceFile
    let bytes: [UInt8]
    /// The UTF-8 offset of the body in the file.
    let base: Int
    var pieces: [Piece] = []
    var problems: [Diagnostic] = []
    private var text: [UInt8] = []
    /// Where the byte at a UTF-8 offset of `source` stands in the lesson, when `source` is text taken out of it (a
    /// YAML value); nil when `source` is the lesson file itself.
    var place: (@Sendable (Int) -> SourceLocation)? = nil

    init(source: SourceFile, body: Substring.UTF8View, base: Int) {
        self.source = source
        self.bytes = Array(body)
        self.base = base
    }

    /// Scans `text` taken out of a lesson (a YAML value holding Markdown); `place` maps its UTF-8 offsets to the
    /// lesson's lines and columns.
    static func scan(_ text: String, path: String, place: @escaping @Sendable (Int) -> SourceLocation) -> (
        pieces: [Piece], problems: [Diagnostic]
    ) {
        var scanner = BodyScanner(source: SourceFile(path: path, text: text), body: text.utf8[...], base: 0)
        scanner.place = place
        let pieces = scanner.scan()
        return (pieces, scanner.problems)
    }

    func location(_ offset: Int) -> SourceLocation {
        place?(base + offset) ?? source.location(atUTF8Offset: base + offset)
    }

    mutating func scan() -> [Piece] {
        var lineStart = 0
        var runStart = 0
        while lineStart < bytes.count {
            let lineEnd = endOfLine(lineStart)
            if let fence = Fence(bytes, lineStart, lineEnd) {
                scanInline(runStart, lineStart)
                let close = closingLine(of: fence, after: lineEnd)
                if fence.isGradusBlock && fence.kindWord == "faq" {
                    flushText()
                    faq(at: fence.start, contentStart: min(lineEnd + 1, bytes.count), contentEnd: close.contentEnd)
                } else if fence.isGradusBlock {
                    flushText()
                    block(fence, contentStart: min(lineEnd + 1, bytes.count), contentEnd: close.contentEnd)
                } else {
                    text += bytes[lineStart..<close.next]
                }
                lineStart = close.next
                runStart = lineStart
            } else if let table = PipeTable.start(bytes, at: lineStart, lineEnd, after: runStart) {
                scanInline(runStart, lineStart)
                flushText()
                lineStart = self.table(table, header: (lineStart, lineEnd))
                runStart = lineStart
            } else {
                lineStart = min(lineEnd + 1, bytes.count)
            }
        }
        scanInline(runStart, bytes.count)
        flushText()
        return pieces
    }

    private func endOfLine(_ start: Int) -> Int {
        var i = start
        while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
        return i
    }

    /// The closing fence of `fence`: where the content ends and the next line starts.
    private func closingLine(of fence: Fence, after openingEnd: Int) -> (contentEnd: Int, next: Int) {
        var lineStart = min(openingEnd + 1, bytes.count)
        while lineStart < bytes.count {
            let lineEnd = endOfLine(lineStart)
            if fence.isClosed(by: bytes, lineStart, lineEnd) {
                return (lineStart, min(lineEnd + 1, bytes.count))
            }
            lineStart = min(lineEnd + 1, bytes.count)
        }
        return (bytes.count, bytes.count)
    }

    private mutating func flushText() {
        if !text.isEmpty {
            pieces.append(.markdown(String(decoding: text, as: UTF8.self)))
            text.removeAll()
        }
    }

    /// A pipe table (GitHub's syntax): a header row, a delimiter row, and body rows up to a blank line.
    /// Cells hold inline Markdown, bindings and math. Returns where scanning goes on.
    private mutating func table(_ delimiter: PipeTable.Delimiter, header: (Int, Int)) -> Int {
        func cells(_ lineStart: Int, _ lineEnd: Int) -> [[Piece]] {
            PipeTable.cellRanges(bytes, lineStart, lineEnd).map { range in
                inlinePieces(range.lowerBound, range.upperBound)
            }
        }
        let headerCells = cells(header.0, header.1)
        var rows: [[[Piece]]] = []
        var lineStart = min(delimiter.end + 1, bytes.count)
        while lineStart < bytes.count {
            let lineEnd = endOfLine(lineStart)
            let line = bytes[lineStart..<lineEnd]
            guard line.contains(UInt8(ascii: "|")),
                !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
            else { break }
            var row = cells(lineStart, lineEnd)
            // GitHub's rule: missing cells are empty, extra cells are dropped.
            if row.count < headerCells.count { row += Array(repeating: [], count: headerCells.count - row.count) }
            rows.append(Array(row.prefix(headerCells.count)))
            lineStart = min(lineEnd + 1, bytes.count)
        }
        pieces.append(
            .table(
                PipeTableBlock(
                    alignments: delimiter.alignments, header: headerCells, rows: rows, location: location(header.0))))
        return lineStart
    }

    /// The pieces of an inline range (a table cell), scanned apart from the surrounding text.
    private mutating func inlinePieces(_ start: Int, _ end: Int) -> [Piece] {
        let savedPieces = pieces
        let savedText = text
        pieces = []
        text = []
        scanInline(start, end)
        flushText()
        let result = pieces
        pieces = savedPieces
        text = savedText
        return result
    }

    /// A ```` ```gradus faq ```` block: Markdown whose `###` headings are the questions; scanned like the
    /// rest of the body (bindings and math work inside) and wrapped in an FAQ section.
    private mutating func faq(at start: Int, contentStart: Int, contentEnd: Int) {
        let length = max(0, contentEnd - contentStart)
        let inner = source.text.utf8.dropFirst(base + contentStart).prefix(length)
        var nested = BodyScanner(source: source, body: Substring(inner).utf8, base: base + contentStart)
        nested.place = place
        let content = nested.scan()
        problems += nested.problems
        let questions = content.reduce(0) { count, piece in
            guard case .markdown(let text) = piece else { return count }
            return count + text.split(separator: "\n").filter { $0.hasPrefix("### ") }.count
        }
        if questions == 0 {
            problems.append(
                Diagnostic(
                    location(start), "an FAQ block needs questions: one '### Question' heading before each answer"))
        }
        pieces.append(.faqStart(location(start)))
        pieces += content
        pieces.append(.faqEnd)
    }

    private mutating func block(_ fence: Fence, contentStart: Int, contentEnd: Int) {
        let content = String(decoding: bytes[contentStart..<max(contentStart, contentEnd)], as: UTF8.self)
        let blockLocation = location(fence.start)
        let contentLocation = location(contentStart)
        do throws(Diagnostics) {
            let parsed = try GeneratedBlockParser(
                reader: YAMLReader(source: source, firstLine: contentLocation.line)
            ).parse(kind: fence.kindWord, content: content, at: blockLocation)
            pieces.append(.block(parsed))
        } catch {
            problems += error.all
        }
    }

    /// Scans text outside fenced code for code spans, math and bindings.
    private mutating func scanInline(_ start: Int, _ end: Int) {
        var i = start
        while i < end {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\\") where i + 1 < end:
                text += bytes[i...(i + 1)]
                i += 2
            case UInt8(ascii: "`"):
                let run = runLength(of: byte, at: i, end: end)
                if let close = closingBackticks(run, from: i + run, end: end) {
                    text += bytes[i..<(close + run)]
                    i = close + run
                } else {
                    text += bytes[i..<(i + run)]
                    i += run
                }
            case UInt8(ascii: "$"):
                if let next = math(at: i, end: end) {
                    i = next
                } else {
                    text.append(byte)
                    i += 1
                }
            case UInt8(ascii: "{") where i + 1 < end && bytes[i + 1] == UInt8(ascii: "{"):
                if let next = reference(at: i, end: end) {
                    i = next
                    continue
                }
                let (binding, next) = self.binding(at: i, end: end)
                if let binding {
                    flushText()
                    pieces.append(.binding(binding))
                }
                i = next
            default:
                text.append(byte)
                i += 1
            }
        }
    }

    private func runLength(of byte: UInt8, at i: Int, end: Int) -> Int {
        var j = i
        while j < end, bytes[j] == byte { j += 1 }
        return j - i
    }

    private func closingBackticks(_ run: Int, from start: Int, end: Int) -> Int? {
        var j = start
        while j < end {
            if bytes[j] == UInt8(ascii: "`") {
                let length = runLength(of: bytes[j], at: j, end: end)
                if length == run { return j }
                j += length
            } else if bytes[j] == UInt8(ascii: "\n"), isBlankLine(after: j, end: end) {
                return nil
            } else {
                j += 1
            }
        }
        return nil
    }

    private func isBlankLine(after newline: Int, end: Int) -> Bool {
        var j = newline + 1
        while j < end, bytes[j] == UInt8(ascii: " ") || bytes[j] == UInt8(ascii: "\t") { j += 1 }
        return j >= end || bytes[j] == UInt8(ascii: "\n")
    }

    /// Reads `{{ ref LABEL }}` (a reference) or `{{ term TEXT }}` (a glossary term) at `i`; returns where scanning
    /// goes on, or nil when the braces hold something else (a binding).
    private mutating func reference(at i: Int, end: Int) -> Int? {
        var j = i + 2
        while j < end, bytes[j] == UInt8(ascii: " ") { j += 1 }
        let words = ["ref ", "term "].first { word in
            j + word.utf8.count <= end && Array(bytes[j..<(j + word.utf8.count)]) == Array(word.utf8)
        }
        guard let word = words else { return nil }
        var close = j
        while close + 1 < end, !(bytes[close] == UInt8(ascii: "}") && bytes[close + 1] == UInt8(ascii: "}")),
            bytes[close] != UInt8(ascii: "\n")
        {
            close += 1
        }
        guard close + 1 < end, bytes[close] == UInt8(ascii: "}") else { return nil }
        let start = j + word.utf8.count
        let inner = String(decoding: bytes[start..<close], as: UTF8.self).split(separator: " ")
        if word == "term " {
            guard !inner.isEmpty else {
                problems.append(
                    Diagnostic(location(start), "'term' takes a glossary term, e.g. {{ term learning rate }}"))
                return close + 2
            }
            flushText()
            pieces.append(.term(TermUse(text: inner.joined(separator: " "), location: location(i))))
            return close + 2
        }
        let label = inner.joined()
        guard Label.isValid(label) else {
            problems.append(
                Diagnostic(
                    location(start),
                    "'ref' takes a label such as fig:contour, tab:sweep or eq:update (fig, tab or eq, a colon, a name)")
            )
            return close + 2
        }
        flushText()
        pieces.append(.reference(Reference(label: label, location: location(i))))
        return close + 2
    }

    /// Parses `{{ … }}` at `i`; returns the binding (nil after a diagnostic) and where scanning goes on.
    private mutating func binding(at i: Int, end: Int) -> (Binding?, Int) {
        var j = i + 2
        while j + 1 < end, !(bytes[j] == UInt8(ascii: "}") && bytes[j + 1] == UInt8(ascii: "}")),
            bytes[j] != UInt8(ascii: "\n")
        {
            j += 1
        }
        guard j + 1 < end, bytes[j] == UInt8(ascii: "}") else {
            problems.append(Diagnostic(location(i), "'{{' is not closed by '}}' on the same line"))
            return (nil, j)
        }
        let inner = Substring(String(decoding: bytes[(i + 2)..<j], as: UTF8.self))
        do throws(Diagnostics) {
            let binding = try BindingSyntax.parse(
                inner, at: { self.location(i + 2 + $0) }, start: location(i))
            return (binding, j + 2)
        } catch {
            problems += error.all
            return (nil, j + 2)
        }
    }

    /// Parses `$…$` or `$$…$$` at `i`; nil when the dollar does not open math.
    private mutating func math(at i: Int, end: Int) -> Int? {
        let display = i + 1 < end && bytes[i + 1] == UInt8(ascii: "$")
        let open = display ? 2 : 1
        var j = i + open
        if !display {
            // Like Pandoc: `$` opens only before a non-space and closes only after one, not before a digit.
            guard j < end, bytes[j] != UInt8(ascii: " "), bytes[j] != UInt8(ascii: "\n") else { return nil }
        }
        while j < end {
            let byte = bytes[j]
            if byte == UInt8(ascii: "\\") {
                j += 2
                continue
            }
            if byte == UInt8(ascii: "\n"), isBlankLine(after: j, end: end) {
                reportUnclosedMath(at: i, display: display)
                return nil
            }
            if byte == UInt8(ascii: "$") {
                if display {
                    if j + 1 < end, bytes[j + 1] == UInt8(ascii: "$") { break }
                } else if bytes[j - 1] != UInt8(ascii: " "),
                    !(j + 1 < end && bytes[j + 1] >= 0x30 && bytes[j + 1] <= 0x39)
                {
                    break
                }
            }
            j += 1
        }
        guard j < end else {
            reportUnclosedMath(at: i, display: display)
            return nil
        }
        let parts = mathParts(from: i + open, to: j)
        flushText()
        var math = Math(display: display, parts: parts, location: location(i))
        let contentStart = base + i + open
        var firstPartLength = 0
        if case .tex(let text) = parts.first { firstPartLength = text.utf8.count }
        let file = source
        let known = firstPartLength
        let place = self.place
        math.texLocation = { offset in
            offset <= known ? place?(contentStart + offset) ?? file.location(atUTF8Offset: contentStart + offset) : nil
        }
        var next = j + open
        if display, let (label, after) = equationLabel(at: next, end: end) {
            math.label = label
            next = after
        }
        pieces.append(.math(math))
        return next
    }

    /// `{#eq:NAME}` after a display formula's closing `$$` (spaces before it allowed): its label and where scanning
    /// goes on; a label that is not valid is reported.
    private mutating func equationLabel(at i: Int, end: Int) -> (String, Int)? {
        var j = i
        while j < end, bytes[j] == UInt8(ascii: " ") { j += 1 }
        guard j + 2 < end, bytes[j] == UInt8(ascii: "{"), bytes[j + 1] == UInt8(ascii: "#") else { return nil }
        guard let close = bytes[j..<end].firstIndex(of: UInt8(ascii: "}")) else { return nil }
        let label = String(decoding: bytes[(j + 2)..<close], as: UTF8.self)
        guard Label.isValid(label, kind: "eq") else {
            problems.append(
                Diagnostic(location(j + 2), "a formula's label is 'eq:' and a name of letters, digits, - and _"))
            return nil
        }
        return (label, close + 1)
    }

    /// A `$$`, or a `$` right before a TeX command, that nothing closes in its paragraph is a mistake, not a price:
    /// without this, the raw TeX would reach the page.
    private mutating func reportUnclosedMath(at i: Int, display: Bool) {
        guard display || (i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\\")) else { return }
        let opener = display ? "$$" : "$"
        problems.append(
            Diagnostic(
                location(i),
                "this \(opener) opens math that is not closed in its paragraph (write \\$ for a dollar sign)"))
    }

    private mutating func mathParts(from start: Int, to end: Int) -> [Math.Part] {
        var parts: [Math.Part] = []
        var tex: [UInt8] = []
        var i = start
        while i < end {
            if bytes[i] == UInt8(ascii: "{"), i + 1 < end, bytes[i + 1] == UInt8(ascii: "{") {
                if !tex.isEmpty {
                    parts.append(.tex(String(decoding: tex, as: UTF8.self)))
                    tex.removeAll()
                }
                let (binding, next) = self.binding(at: i, end: end)
                if let binding { parts.append(.binding(binding)) }
                i = next
            } else {
                tex.append(bytes[i])
                i += 1
            }
        }
        if !tex.isEmpty { parts.append(.tex(String(decoding: tex, as: UTF8.self))) }
        return parts
    }
}

/// An opening code fence: up to three spaces, then three or more backticks or tildes, then an info string.
struct Fence {
    let start: Int
    let character: UInt8
    let length: Int
    let info: String

    init?(_ bytes: [UInt8], _ lineStart: Int, _ lineEnd: Int) {
        var i = lineStart
        while i < lineEnd, i - lineStart < 3, bytes[i] == UInt8(ascii: " ") { i += 1 }
        guard i < lineEnd, bytes[i] == UInt8(ascii: "`") || bytes[i] == UInt8(ascii: "~") else { return nil }
        let character = bytes[i]
        var j = i
        while j < lineEnd, bytes[j] == character { j += 1 }
        guard j - i >= 3 else { return nil }
        let info = String(decoding: bytes[j..<lineEnd], as: UTF8.self)
        if character == UInt8(ascii: "`"), info.contains("`") { return nil }
        self.start = i
        self.character = character
        self.length = j - i
        self.info = info.trimmingSpaces
    }

    var isGradusBlock: Bool { info.split(separator: " ").first == "gradus" }
    var kindWord: String { info.split(separator: " ").dropFirst().first.map(String.init) ?? "" }

    func isClosed(by bytes: [UInt8], _ lineStart: Int, _ lineEnd: Int) -> Bool {
        var i = lineStart
        while i < lineEnd, i - lineStart < 3, bytes[i] == UInt8(ascii: " ") { i += 1 }
        var j = i
        while j < lineEnd, bytes[j] == character { j += 1 }
        guard j - i >= length else { return false }
        return bytes[j..<lineEnd].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}

/// GitHub's pipe tables, recognised before the text goes to cmark (which has no tables).
enum PipeTable {
    struct Delimiter {
        let alignments: [PipeTableBlock.Alignment]
        /// Where the delimiter row's line ends.
        let end: Int
    }

    /// The delimiter row under a header at `lineStart..<lineEnd`, when that line starts a table: the header
    /// has a pipe, the table starts a block (after a blank line or at the start), and the next line is a
    /// delimiter row with as many cells as the header.
    static func start(_ bytes: [UInt8], at lineStart: Int, _ lineEnd: Int, after runStart: Int) -> Delimiter? {
        guard bytes[lineStart..<lineEnd].contains(UInt8(ascii: "|")) else { return nil }
        if lineStart > runStart {
            // The previous line must be blank: a table does not continue a paragraph here.
            var previousStart = lineStart - 1
            while previousStart > runStart, bytes[previousStart - 1] != UInt8(ascii: "\n") { previousStart -= 1 }
            let previous = bytes[previousStart..<(lineStart - 1)]
            guard previous.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) else { return nil }
        }
        let nextStart = lineEnd + 1
        guard nextStart < bytes.count else { return nil }
        var nextEnd = nextStart
        while nextEnd < bytes.count, bytes[nextEnd] != UInt8(ascii: "\n") { nextEnd += 1 }
        var alignments: [PipeTableBlock.Alignment] = []
        for range in cellRanges(bytes, nextStart, nextEnd) {
            let cell = String(decoding: bytes[range], as: UTF8.self).trimmingSpaces
            let dashes = cell.drop { $0 == ":" }.reversed().drop { $0 == ":" }
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            switch (cell.hasPrefix(":"), cell.hasSuffix(":")) {
            case (true, true): alignments.append(.center)
            case (false, true): alignments.append(.right)
            case (true, false): alignments.append(.left)
            default: alignments.append(.none)
            }
        }
        guard !alignments.isEmpty, alignments.count == cellRanges(bytes, lineStart, lineEnd).count else { return nil }
        return Delimiter(alignments: alignments, end: nextEnd)
    }

    /// The cells of a row: split at pipes that are not escaped and not inside a code span, a binding
    /// or math; the outer pipes are optional; each range is trimmed of spaces.
    static func cellRanges(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var cellStart = start
        var i = start
        var inCode = false
        var inMath = false
        var inBinding = false
        while i < end {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\\") {
                i += 2
                continue
            }
            if byte == UInt8(ascii: "`") && !inMath && !inBinding { inCode.toggle() }
            if byte == UInt8(ascii: "$") && !inCode && !inBinding { inMath.toggle() }
            if !inCode, i + 1 < end, bytes[i] == UInt8(ascii: "{"), bytes[i + 1] == UInt8(ascii: "{") {
                inBinding = true
            }
            if inBinding, i + 1 < end, bytes[i] == UInt8(ascii: "}"), bytes[i + 1] == UInt8(ascii: "}") {
                inBinding = false
            }
            if byte == UInt8(ascii: "|") && !inCode && !inMath && !inBinding {
                ranges.append(cellStart..<i)
                cellStart = i + 1
            }
            i += 1
        }
        ranges.append(cellStart..<min(end, bytes.count))
        func blank(_ r: Range<Int>) -> Bool {
            bytes[r].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
        }
        if let first = ranges.first, blank(first), ranges.count > 1 { ranges.removeFirst() }
        if let last = ranges.last, blank(last), ranges.count > 1 { ranges.removeLast() }
        return ranges.map { range in
            var low = range.lowerBound
            var high = range.upperBound
            while low < high, bytes[low] == UInt8(ascii: " ") || bytes[low] == UInt8(ascii: "\t") { low += 1 }
            while high > low,
                bytes[high - 1] == UInt8(ascii: " ") || bytes[high - 1] == UInt8(ascii: "\t")
                    || bytes[high - 1] == UInt8(ascii: "\r")
            { high -= 1 }
            return low..<high
        }
    }
}
