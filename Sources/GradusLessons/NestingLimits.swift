/// How deeply a lesson's Markdown and YAML may nest. Parsing, rendering and walking a tree recurse once per level, so
/// 100 000 `>` or `[` would overflow the stack; a lesson never needs a tenth of these limits. The checks read the
/// text once, before any parser sees it, and over-estimate rather than under-estimate the depth.
public enum NestingLimits {
    /// Block quotes, list items, emphasis, links and images inside one another in the body.
    public static let markdown = 100
    /// Brackets, braces, `- ` and indentation in the front matter, counted together.
    public static let yaml = 100

    /// The UTF-8 offset (in `body`) of the first place where the Markdown's estimated nesting passes `markdown`.
    static func firstTooDeepMarkdown(_ body: some Collection<UInt8>) -> Int? {
        let bytes = Array(body)
        var offset = 0
        var inline = 0  // open emphasis delimiters and brackets of the current paragraph
        var openers: [Int] = []  // their counts, to close in order
        var fence: UInt8? = nil
        while offset < bytes.count {
            var end = offset
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            // Container prefix: spaces (two to a level), `>` and list markers.
            var index = offset
            var blocks = 0
            var spaces = 0
            prefix: while index < end {
                switch bytes[index] {
                case UInt8(ascii: " "): spaces += 1
                case UInt8(ascii: "\t"): spaces += 4
                case UInt8(ascii: ">"): blocks += 1
                case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"):
                    guard index + 1 < end, bytes[index + 1] == UInt8(ascii: " ") else { break prefix }
                    blocks += 1
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    var digit = index
                    while digit < end, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[digit]) { digit += 1 }
                    guard digit + 1 < end, bytes[digit] == UInt8(ascii: ".") || bytes[digit] == UInt8(ascii: ")"),
                        bytes[digit + 1] == UInt8(ascii: " ")
                    else { break prefix }
                    blocks += 1
                    index = digit
                default: break prefix
                }
                index += 1
                if blocks + spaces / 2 > markdown { return index - 1 }
            }
            let depth = blocks + spaces / 2
            let rest = bytes[index..<end]
            if let open = fence {
                if rest.starts(with: [open, open, open]) { fence = nil }
                offset = end + 1
                continue
            }
            if rest.starts(with: Array("```".utf8)) || rest.starts(with: Array("~~~".utf8)) {
                fence = rest.first
                offset = end + 1
                continue
            }
            if rest.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") }) {
                inline = 0
                openers = []
            }
            var at = index
            while at < end {
                let byte = bytes[at]
                switch byte {
                case UInt8(ascii: "\\"):
                    at += 2
                    continue
                case UInt8(ascii: "`"):
                    // A code span: skip to the closing run of as many backticks on this line.
                    var run = at
                    while run < end, bytes[run] == byte { run += 1 }
                    let length = run - at
                    var search = run
                    var closed: Int? = nil
                    while search < end {
                        if bytes[search] == byte {
                            var stop = search
                            while stop < end, bytes[stop] == byte { stop += 1 }
                            if stop - search == length {
                                closed = stop
                                break
                            }
                            search = stop
                        } else {
                            search += 1
                        }
                    }
                    at = closed ?? run
                    continue
                case UInt8(ascii: "["):
                    inline += 1
                    openers.append(1)
                case UInt8(ascii: "]"):
                    if let last = openers.popLast() { inline -= last }
                case UInt8(ascii: "*"), UInt8(ascii: "_"):
                    var run = at
                    while run < end, bytes[run] == byte { run += 1 }
                    let before = at > index ? bytes[at - 1] : UInt8(ascii: " ")
                    let after = run < end ? bytes[run] : UInt8(ascii: " ")
                    let opens = !isSpace(after) && (isSpace(before) || isPunctuation(before) || !isPunctuation(after))
                    let closes = !isSpace(before) && (isSpace(after) || isPunctuation(after) || !isPunctuation(before))
                    let length = run - at
                    if opens && !closes {
                        inline += length
                        openers.append(length)
                    } else if closes && !opens {
                        var remaining = length
                        while remaining > 0, let last = openers.popLast() {
                            let used = min(last, remaining)
                            remaining -= used
                            inline -= used
                            if last > used { openers.append(last - used) }
                        }
                    }
                    if depth + inline > markdown { return at }
                    at = run
                    continue
                default: break
                }
                if depth + inline > markdown { return at }
                at += 1
            }
            offset = end + 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
            || byte == UInt8(ascii: "\n")
    }

    private static func isPunctuation(_ byte: UInt8) -> Bool {
        byte < 0x80 && !isSpace(byte)
            && !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
            && !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// The 1-based line and column (in Unicode scalars) where the YAML's estimated nesting first passes `yaml`:
    /// open flow brackets and braces, plus the indentation and the `- ` entries of the line.
    static func firstTooDeepYAML(_ yaml: String) -> (line: Int, column: Int)? {
        var flow = 0
        var quote: Unicode.Scalar? = nil
        for (lineIndex, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            var block = 0
            var index = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if let open = quote {
                    if scalar == "\\" && open == "\"" { index += 1 } else if scalar == open { quote = nil }
                    index += 1
                    continue
                }
                switch scalar {
                case " " where flow == 0 && index == block: block += 1
                case "-" where flow == 0 && (index + 1 == scalars.count || scalars[index + 1] == " "): block += 1
                case "[", "{": flow += 1
                case "]", "}": flow = max(0, flow - 1)
                case "\"", "'":
                    // A quoted scalar starts a node: after the indentation, `- `, `: `, `[`, `{` or `,`.
                    let previous = scalars[..<index].last { $0 != " " }
                    if previous == nil || [":", "-", "[", "{", ","].contains(previous!) { quote = scalar }
                case "#" where index == 0 || scalars[index - 1] == " ": index = scalars.count
                default: break
                }
                if flow + block > Self.yaml { return (lineIndex + 1, index + 1) }
                index += 1
            }
        }
        return nil
    }
}
