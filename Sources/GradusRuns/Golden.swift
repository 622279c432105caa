import Foundation
import GradusLessons
import GradusOptim

/// The values a lesson's page depends on, as they were when last accepted: `NAME.golden` beside the lesson.
///
/// One line per value, `example.path = value`, in a stable order: every value the page binds,
/// then a sample of iterations of each example. Numbers are written in the shortest form that
/// reads back to the same double, so the file is exact and diff-friendly.
public struct GoldenFile: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let key: String
        public let value: Value
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    public static let header = """
        # Golden values of a Gradus lesson: what its page showed when they were last accepted.
        # `gradus check` reruns the examples and compares; `gradus check --update` rewrites this file.

        """

    public var text: String {
        Self.header + entries.map { "\($0.key) = \(Self.write($0.value))\n" }.joined()
    }

    /// A value as the golden file writes it.
    public static func show(_ value: Value) -> String { write(value) }

    static func write(_ value: Value) -> String {
        switch value {
        case .integer(let n): "\(n)"
        case .number(let x): "\(x)"
        case .outcome(let outcome): write(.text(outcome.description))
        case .tex(let tex): write(.text(tex))
        case .text(let text):
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
    }

    /// Parses a golden file; a line that is not `key = value` is a diagnostic at that line.
    public init(parsing source: SourceFile) throws(Diagnostics) {
        var entries: [Entry] = []
        var problems: [Diagnostic] = []
        for (index, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstRange(of: " = ") else {
                problems.append(Diagnostic(source.location(line: index + 1, column: 1), "expected 'key = value'"))
                continue
            }
            let key = String(line[..<equals.lowerBound])
            let raw = line[equals.upperBound...]
            let value: Value
            if raw.hasPrefix("\""), raw.hasSuffix("\""), raw.count >= 2 {
                value = .text(
                    String(raw.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
                        .replacingOccurrences(of: "\\\\", with: "\\"))
            } else if let n = Int(raw) {
                value = .integer(n)
            } else if let x = Double(raw) {
                value = .number(x)
            } else {
                problems.append(
                    Diagnostic(
                        source.location(line: index + 1, column: key.unicodeScalars.count + 4),
                        "'\(raw)' is not a number or a quoted text"))
                continue
            }
            entries.append(Entry(key: key, value: value))
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        self.entries = entries
    }
}

/// A value that moved away from its golden value.
public struct GoldenDifference: Sendable, Equatable, CustomStringConvertible {
    /// Where the example is declared.
    public let location: SourceLocation
    public let example: String
    /// The iteration the value belongs to, if it belongs to one.
    public let iteration: Int?
    /// The path without the example, e.g. `final.loss`.
    public let quantity: String
    public let golden: Value?
    public let new: Value?
    /// The places on the page that show this value: location and the source line.
    public let affected: [(location: SourceLocation, line: String)]

    public static func == (a: GoldenDifference, b: GoldenDifference) -> Bool {
        a.location == b.location && a.example == b.example && a.quantity == b.quantity && a.golden == b.golden
            && a.new == b.new && a.affected.map(\.location) == b.affected.map(\.location)
    }

    static func show(_ value: Value?) -> String {
        guard let value else { return "(none)" }
        return GoldenFile.write(value)
    }

    public var description: String {
        var text = "\(location): error: example '\(example)'"
        if let iteration { text += ", iteration \(iteration)" }
        text += ", \(quantity): golden \(Self.show(golden)), now \(Self.show(new))"
        if affected.isEmpty {
            text += " (not shown on the page)"
        } else {
            for place in affected {
                text +=
                    "\n\(place.location): note: the page shows it here: \(place.line.trimmingCharacters(in: .whitespaces))"
            }
        }
        return text
    }
}

/// Records and checks golden values.
public enum Golden {
    /// How many iterations of each example to sample, besides the first and the final ones.
    static let sampleCount = 10

    /// The keys a lesson's golden file holds: every bound value, then samples of each run.
    static func keys(_ run: LessonRun) -> [String] {
        var keys: [String] = []
        var seen: Set<String> = []
        func add(_ key: String) {
            if seen.insert(key).inserted { keys.append(key) }
        }
        for binding in run.lesson.bindings { add(binding.pathText) }
        for example in run.runs {
            let name = example.example.name
            let trace = example.trace
            add("\(name).outcome")
            add("\(name).iterations")
            let last = trace.final.k
            var ks = [0, 1, 2]
            if last > 0 { ks += (1...Self.sampleCount).map { last * $0 / Self.sampleCount } }
            for k in Set(ks).sorted() where k < last {
                guard let record = trace.iteration(k) else { continue }
                add("\(name).iter[\(k)].loss")
                for j in record.theta.indices { add("\(name).iter[\(k)].theta[\(j)]") }
            }
            add("\(name).final.loss")
            for j in trace.final.theta.indices { add("\(name).final.theta[\(j)]") }
            add("\(name).final.gradient_norm")
        }
        return keys
    }

    /// The golden file for a run as it is now. Keys that do not resolve are left out.
    public static func record(_ run: LessonRun) -> GoldenFile {
        let nowhere = SourceLocation(path: run.lesson.source.path, line: 1, column: 1)
        return GoldenFile(
            entries: keys(run).compactMap { key in
                guard let binding = Binding(path: key, location: nowhere),
                    var value = try? run.value(of: binding)
                else { return nil }
                if case .outcome(let outcome) = value { value = .text(outcome.description) }
                if case .tex(let tex) = value { value = .text(tex) }
                return GoldenFile.Entry(key: key, value: value)
            })
    }

    /// Every difference between the golden values and the run, with the tolerances of each example.
    public static func compare(_ golden: GoldenFile, with run: LessonRun) -> [GoldenDifference] {
        let now = record(run)
        let nowByKey = Dictionary(now.entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let goldenByKey = Dictionary(golden.entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        var keys = golden.entries.map(\.key)
        keys += now.entries.map(\.key).filter { goldenByKey[$0] == nil }
        var differences: [GoldenDifference] = []
        for key in keys {
            let old = goldenByKey[key]
            let new = nowByKey[key]
            let exampleName = String(key.prefix { $0 != "." && $0 != "[" })
            let example = run.run(named: exampleName)?.example
            if let old, let new, same(old, new, example?.tolerance ?? Tolerance()) { continue }
            differences.append(difference(key: key, exampleName: exampleName, old: old, new: new, run: run))
        }
        return differences
    }

    static func same(_ a: Value, _ b: Value, _ tolerance: Tolerance) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): tolerance.accepts(y, golden: x)
        case (.integer(let x), .integer(let y)): x == y
        case (.text(let x), .text(let y)): x == y
        default: false
        }
    }

    static func difference(key: String, exampleName: String, old: Value?, new: Value?, run: LessonRun)
        -> GoldenDifference
    {
        let lesson = run.lesson
        let example = run.run(named: exampleName)
        let location = example?.example.location ?? SourceLocation(path: lesson.source.path, line: 1, column: 1)
        var quantity = String(key.dropFirst(exampleName.count))
        if quantity.hasPrefix(".") { quantity.removeFirst() }
        var iteration: Int? = nil
        if quantity.hasPrefix("iter["), let close = quantity.firstIndex(of: "]") {
            iteration = Int(quantity[quantity.index(quantity.startIndex, offsetBy: 5)..<close])
        } else if quantity.hasPrefix("final.") {
            iteration = example?.trace.final.k
        }
        var affected = lesson.bindings.filter { $0.pathText == key }.map {
            ($0.location, lesson.sourceLine($0.location.line))
        }
        // Iteration tables show θ, the loss and the gradient of the iterations they list.
        if let iteration {
            for block in lesson.blocks where block.kind == .table && block.example == exampleName {
                let total = (example?.trace.final.k ?? 0) + 1
                if iteration < block.first || iteration >= total - block.last {
                    affected.append((block.location, "the iteration table (```gradus table```)"))
                }
            }
        }
        return GoldenDifference(
            location: location, example: exampleName, iteration: iteration, quantity: quantity, golden: old, new: new,
            affected: affected)
    }
}
