import Yams

/// Aliases (`*name`) copy a whole subtree, so a few hundred bytes of nested aliases stand for 10⁸ values. Lessons use
/// them for values (`data: *points`), which libyaml shares without copying; two uses are refused or bounded:
/// - a key that is not plain text (`? *big`, `*big : x`, `[*big]: x`): libyaml's composer hashes every key to find
///   duplicates, expanding the alias, so such keys are refused by a scan of the text before composing;
/// - the values the tree stands for, aliases expanded, are counted after composing, up to `maxValues`.
extension YAMLReader {
    /// How many values (scalars, lists and mappings) a YAML text may stand for once its aliases are expanded.
    public static let maxValues = 1_000_000

    /// The 1-based line and column (in Unicode scalars) of the first key that is not plain text: an explicit key
    /// (`? `), an alias used as a key, or a bracketed list or mapping used as a key. Quoted text, comments and block
    /// scalars are skipped.
    static func firstComplexKey(in yaml: String) -> (line: Int, column: Int)? {
        var blockIndent: Int? = nil  // inside a `|` or `>` block scalar whose parent line had this indentation
        var flow: [(line: Int, column: Int)] = []  // open `[` and `{` that began a node
        var quote: Unicode.Scalar? = nil
        for (lineIndex, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            let indent = scalars.prefix(while: { $0 == " " }).count
            if let parent = blockIndent {
                if indent == scalars.count || indent > parent { continue }
                blockIndent = nil
            }
            var atNodeStart = quote == nil  // after the indentation, `- `, `: `, `? `, or `[`, `{`, `,` in a flow
            var alias: (column: Int, ended: Bool)? = nil
            var index = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if let open = quote {
                    if scalar == "\\" && open == "\"" {
                        index += 1
                    } else if scalar == open {
                        if open == "'" && index + 1 < scalars.count && scalars[index + 1] == "'" {
                            index += 1
                        } else {
                            quote = nil
                        }
                    }
                    index += 1
                    continue
                }
                let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
                let followedBySpace = next == nil || next == " " || next == "\t" || (!flow.isEmpty && next == ",")
                if scalar == ":" && followedBySpace, let found = alias {
                    return (lineIndex + 1, found.column)
                }
                if scalar != " " && scalar != "\t" && alias?.ended == true { alias = nil }
                switch scalar {
                case " ", "\t", "\r":
                    if alias != nil { alias?.ended = true }
                case "#" where index == 0 || scalars[index - 1] == " " || scalars[index - 1] == "\t":
                    index = scalars.count
                    continue
                case "*" where atNodeStart:
                    alias = (index + 1, false)
                    atNodeStart = false
                case "?" where atNodeStart && followedBySpace:
                    return (lineIndex + 1, index + 1)
                case "\"" where atNodeStart, "'" where atNodeStart:
                    quote = scalar
                    atNodeStart = false
                case "-" where followedBySpace && flow.isEmpty, ":" where followedBySpace:
                    atNodeStart = true
                case "[" where atNodeStart || !flow.isEmpty, "{" where atNodeStart || !flow.isEmpty:
                    flow.append((lineIndex + 1, index + 1))
                    atNodeStart = true
                case "]" where !flow.isEmpty, "}" where !flow.isEmpty:
                    let opened = flow.removeLast()
                    let rest = scalars[(index + 1)...].drop { $0 == " " }
                    if rest.first == ":" {
                        let after = rest.dropFirst().first
                        if after == nil || after == " "
                            || (!flow.isEmpty && (after == "," || after == "]" || after == "}"))
                        {
                            return opened
                        }
                    }
                    atNodeStart = false
                case "," where !flow.isEmpty:
                    atNodeStart = true
                case "|" where atNodeStart && flow.isEmpty, ">" where atNodeStart && flow.isEmpty:
                    // A block scalar: the rest of this line is its header, the more indented lines below its text.
                    blockIndent = indent
                    index = scalars.count
                    continue
                default:
                    if alias?.ended == false {
                        break
                    }
                    atNodeStart = false
                }
                index += 1
            }
        }
        return nil
    }

    /// Throws the diagnostic for the first key that is not plain text, if any.
    func refuseComplexKeys(in yaml: String) throws(Diagnostics) {
        guard let found = Self.firstComplexKey(in: yaml) else { return }
        throw Diagnostics(
            source.location(line: firstLine + found.line - 1, column: found.column),
            "a key must be plain text, not an alias, a list or a mapping (write 'key: value')")
    }

    /// Throws when `node`, its aliases expanded, stands for more than `maxValues` values; the walk stops there.
    func refuseExpansion(of node: Node) throws(Diagnostics) {
        var pending = [node]
        var count = 0
        while let next = pending.popLast() {
            count += 1
            if count > Self.maxValues {
                throw fail(
                    next,
                    "the YAML stands for more than \(Self.maxValues) values once its aliases (*name) are expanded")
            }
            switch next {
            case .sequence(let sequence): pending.append(contentsOf: sequence)
            case .mapping(let mapping):
                for (key, value) in mapping {
                    pending.append(key)
                    pending.append(value)
                }
            default: break
            }
        }
    }
}
