import Yams

/// Settings changed from the command line before a lesson's examples are read (`gradus run --set optimizer.lr=0.1`):
/// a student re-runs an example with another learning rate, start point or iteration limit without editing the lesson.
public struct ExampleOverrides: Sendable, Equatable {
    /// One `KEY=VALUE`: a dotted path into an example's fields and a YAML value.
    public struct Setting: Sendable, Equatable {
        /// The example it changes; nil for the overrides' `example`.
        public var example: String? = nil
        /// The fields from the example down, e.g. `["optimizer", "lr"]`.
        public let path: [String]
        /// The value as YAML, e.g. `0.1`, `[1, 2]` or `{method: adam, lr: 0.01}`.
        public let value: String
        /// The setting as typed.
        public let text: String

        public init(example: String? = nil, path: [String], value: String, text: String) {
            self.example = example
            self.path = path
            self.value = value
            self.text = text
        }
    }

    /// The example whose fields change; nil for every example of the lesson.
    public let example: String?
    public let settings: [Setting]

    public static let none = ExampleOverrides(example: nil, settings: [])

    public init(example: String?, settings: [Setting]) {
        self.example = example
        self.settings = settings
    }

    /// Parses `KEY=VALUE` texts; the error says what is wrong with the first bad one.
    public init(example: String?, parsing texts: [String]) throws(SettingError) {
        var settings: [Setting] = []
        for text in texts {
            guard let equals = text.firstIndex(of: "=") else {
                throw SettingError(text: text, message: "write KEY=VALUE, e.g. optimizer.lr=0.1")
            }
            let key = text[..<equals].trimmingCharacters(in: " ")
            let value = text[text.index(after: equals)...].trimmingCharacters(in: " ")
            let path = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard !key.isEmpty, path.allSatisfy({ !$0.isEmpty }) else {
                throw SettingError(text: text, message: "the key must be field names joined by dots, e.g. optimizer.lr")
            }
            guard path[0] != "name" else {
                throw SettingError(text: text, message: "an example's name cannot be changed")
            }
            guard !value.isEmpty else { throw SettingError(text: text, message: "the value is missing after '='") }
            settings.append(Setting(path: path, value: value, text: text))
        }
        self.init(example: example, settings: settings)
    }

    /// The front matter with the settings written into the chosen examples. Each value takes the source position of
    /// what it replaces (or of the field it is added to), so a bad value is reported where the lesson set it.
    func apply(to root: Node, reader: YAMLReader) throws(Diagnostics) -> Node {
        guard !settings.isEmpty, var front = root.mapping, let examples = front["examples"]?.sequence else {
            return root
        }
        var changed: [Node] = []
        for entry in examples {
            let name = entry.mapping?["name"]?.string
            let chosen = settings.filter { setting in (setting.example ?? example).map { $0 == name } ?? true }
            guard var fields = entry.mapping, !chosen.isEmpty else {
                changed.append(entry)
                continue
            }
            for setting in chosen {
                fields = try Self.set(setting.path[...], in: fields, to: setting, reader: reader, at: entry.mark)
            }
            changed.append(.mapping(fields))
        }
        var sequence = Node.Sequence(changed)
        sequence.mark = front["examples"]?.mark
        front["examples"] = .sequence(sequence)
        return .mapping(front)
    }

    private static func set(
        _ path: ArraySlice<String>, in mapping: Node.Mapping, to setting: Setting, reader: YAMLReader, at mark: Mark?
    ) throws(Diagnostics) -> Node.Mapping {
        let key = path.first!
        let existing = mapping[key]
        if path.count == 1 {
            let here = reader.location(existing ?? .mapping(mapping))
            if YAMLReader.firstComplexKey(in: setting.value) != nil
                || setting.value.contains("*") && setting.value.contains("&")
            {
                throw Diagnostics(
                    here,
                    "--set \(setting.text): YAML anchors and aliases are not supported here; write the value out in full"
                )
            }
            guard var value = try? Yams.compose(yaml: setting.value) else {
                throw Diagnostics(here, "--set \(setting.text): the value is not valid YAML")
            }
            value.setMark(existing?.mark ?? mark)
            return Self.setting(key, to: value, in: mapping, at: mark)
        }
        let inner: Node.Mapping
        switch existing {
        case nil: inner = Node.Mapping([])
        case .mapping(let found)?: inner = found
        case let other?:
            throw reader.fail(
                other,
                "--set \(setting.text): '\(key)' is not a mapping of fields, so it has no '\(path.dropFirst().first!)'")
        }
        var changed = try set(path.dropFirst(), in: inner, to: setting, reader: reader, at: existing?.mark ?? mark)
        if existing == nil { changed.mark = mark }
        return Self.setting(key, to: .mapping(changed), in: mapping, at: mark)
    }

    /// `mapping` with `key` set to `value`; a new key is added at the end, placed at `mark` for diagnostics.
    private static func setting(_ key: String, to value: Node, in mapping: Node.Mapping, at mark: Mark?) -> Node.Mapping
    {
        var mapping = mapping
        if mapping[key] != nil {
            mapping[key] = value
            return mapping
        }
        var keyNode = Node(key)
        keyNode.setMark(mark)
        return Node.Mapping(
            mapping.map { ($0.key, $0.value) } + [(keyNode, value)], mapping.tag, mapping.style, mapping.mark)
    }
}

/// A `--set` text that cannot be read.
public struct SettingError: Error, Sendable, CustomStringConvertible {
    public let text: String
    public let message: String

    public var description: String { "--set \(text): \(message)" }
}

extension Node {
    /// Gives this node and everything inside it the source position `mark`.
    mutating func setMark(_ mark: Mark?) {
        switch self {
        case .scalar(var scalar):
            scalar.mark = mark
            self = .scalar(scalar)
        case .mapping(var mapping):
            mapping = Node.Mapping(
                mapping.map { pair in
                    var key = pair.key
                    var value = pair.value
                    key.setMark(mark)
                    value.setMark(mark)
                    return (key, value)
                })
            mapping.mark = mark
            self = .mapping(mapping)
        case .sequence(var sequence):
            sequence = Node.Sequence(
                sequence.map { item in
                    var item = item
                    item.setMark(mark)
                    return item
                })
            sequence.mark = mark
            self = .sequence(sequence)
        case .alias: break
        }
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
