import GradusOptim
import Yams

/// What a lesson's variants change (`vary:` in the front matter): each key is an example's field, `EXAMPLE.PATH` as
/// `gradus run --set` writes it, with the values it may take.
///
///     vary:
///       seed.optimizer.lr: [0.01, 0.02, 0.05]
///       seed.start: [[0.5, -0.5], [0, 0], [1, -1]]
///       seed.data.seed: {from: 1, to: 20, step: 1}
///
/// Every combination of the values is one variant; `gradus handout --variants N --seed S` shuffles the
/// combinations with the seed and takes the first N (again from the start when N is larger).
public struct Variation: Sendable {
    public struct Axis: Sendable {
        public let example: String
        /// The field inside the example, e.g. `["optimizer", "lr"]`.
        public let path: [String]
        /// The values as YAML, e.g. `0.05` or `[1, -1]`.
        public let values: [String]
        public let location: SourceLocation

        /// The key as written, `seed.optimizer.lr`.
        public var key: String { ([example] + path).joined(separator: ".") }
    }

    public let axes: [Axis]
    public let location: SourceLocation

    /// The most combinations a lesson may declare.
    public static let limit = 100_000

    /// How many variants differ.
    public var combinations: Int { axes.reduce(1) { $0 * $1.values.count } }

    /// The value index of each axis in variant `number` (from 1) of the variants drawn with `seed`.
    public func choice(variant number: Int, seed: UInt64) -> [Int] {
        var order = Array(0..<combinations)
        var random = SplitMix64(seed: seed)
        for i in stride(from: order.count - 1, to: 0, by: -1) {
            order.swapAt(i, Int(random.bounded(UInt64(i + 1))))
        }
        var rest = order[(number - 1) % order.count]
        var indices: [Int] = []
        for axis in axes.reversed() {
            indices.append(rest % axis.values.count)
            rest /= axis.values.count
        }
        return indices.reversed()
    }

    /// The example settings of variant `number`, for the lesson parser.
    public func overrides(variant number: Int, seed: UInt64) -> ExampleOverrides {
        let indices = choice(variant: number, seed: seed)
        return ExampleOverrides(
            example: nil,
            settings: zip(axes, indices).map { axis, i in
                ExampleOverrides.Setting(
                    example: axis.example, path: axis.path, value: axis.values[i],
                    text: "\(axis.key)=\(axis.values[i])")
            })
    }

    /// A variant (the value index of each axis) as its author wrote it: `seed.optimizer.lr = 0.05, seed.start = [1, -1]`.
    public func describe(_ choice: [Int]) -> String {
        zip(axes, choice).map { "\($0.key) = \($0.values[$1])" }.joined(separator: ", ")
    }
}

extension LessonParser {
    /// Reads `vary:`: a mapping from `EXAMPLE.FIELD` to a list of values or `{from: A, to: B, step: S}`.
    static func variation(_ node: Node, reader: YAMLReader, examples: [Example]) throws(Diagnostics) -> Variation {
        guard let mapping = node.mapping, !mapping.isEmpty else {
            throw reader.fail(
                node, "'vary' maps an example's field to its values, e.g. 'vary: {seed.optimizer.lr: [0.01, 0.02]}'")
        }
        var axes: [Variation.Axis] = []
        for (keyNode, valueNode) in mapping {
            let key = try reader.string(keyNode, what: "a key of 'vary'")
            let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }) else {
                throw reader.fail(keyNode, "a key of 'vary' is EXAMPLE.FIELD, e.g. seed.optimizer.lr, not '\(key)'")
            }
            guard examples.contains(where: { $0.name == parts[0] }) else {
                let names = examples.map(\.name).joined(separator: ", ")
                throw reader.fail(
                    keyNode,
                    "'vary' names no example of this lesson: '\(parts[0])'"
                        + (names.isEmpty ? "" : "; its examples: \(names)"))
            }
            guard parts[1] != "name" else { throw reader.fail(keyNode, "an example's name cannot vary") }
            let values = try variationValues(valueNode, key: key, reader: reader)
            axes.append(
                .init(
                    example: parts[0], path: Array(parts.dropFirst()), values: values,
                    location: reader.location(keyNode)))
        }
        let variation = Variation(axes: axes, location: reader.location(node))
        var count = 1
        for axis in axes {
            count *= axis.values.count
            guard count <= Variation.limit else {
                throw Diagnostics(
                    axis.location, "'vary' would make more than \(Variation.limit) combinations; give fewer values")
            }
        }
        return variation
    }

    static func variationValues(_ node: Node, key: String, reader: YAMLReader) throws(Diagnostics) -> [String] {
        if let list = node.sequence {
            guard !list.isEmpty else { throw reader.fail(node, "'\(key)' needs at least one value") }
            var values: [String] = []
            for entry in list { values.append(try flow(entry, reader: reader)) }
            return values
        }
        guard node.mapping != nil else {
            throw reader.fail(node, "'\(key)' takes a list of values or a range {from: A, to: B, step: S}")
        }
        let fields = try reader.mapping(node, allowed: ["from", "to", "step"], what: "a range")
        func number(_ name: String) throws(Diagnostics) -> Double {
            guard let value = fields.first(where: { $0.key == name })?.value else {
                throw reader.fail(node, "a range needs 'from', 'to' and 'step'")
            }
            return try reader.double(value, what: "'\(name)'")
        }
        let (from, to, step) = (try number("from"), try number("to"), try number("step"))
        guard step > 0, to >= from else {
            throw reader.fail(node, "a range needs 'step' > 0 and 'to' ≥ 'from'")
        }
        let count = Int(((to - from) / step + 1e-9).rounded(.down)) + 1
        guard count <= Variation.limit else {
            throw reader.fail(node, "the range has more than \(Variation.limit) values")
        }
        return (0..<count).map { i in
            let x = from + Double(i) * step
            // Written with 12 significant digits, so 0.1 + 2·0.1 is 0.3.
            return NumberFormat.significant(12).format(x).plain
        }
    }

    /// A value written back as one line of flow YAML.
    static func flow(_ node: Node, reader: YAMLReader) throws(Diagnostics) -> String {
        switch node {
        case .scalar(let scalar): return scalar.string
        case .sequence(let list):
            var parts: [String] = []
            for entry in list { parts.append(try flow(entry, reader: reader)) }
            return "[" + parts.joined(separator: ", ") + "]"
        case .mapping(let mapping):
            var parts: [String] = []
            for (key, value) in mapping { parts.append((key.string ?? "") + ": " + (try flow(value, reader: reader))) }
            return "{" + parts.joined(separator: ", ") + "}"
        case .alias: throw reader.fail(node, "write the value out in full instead of an alias")
        }
    }
}
