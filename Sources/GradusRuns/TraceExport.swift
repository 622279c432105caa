import GradusOptim
import GradusText

/// A run's trace as text for people (a table) and for machines (CSV, JSON).
///
/// Numbers in CSV and JSON use Swift's shortest representation that reads back to the same `Double`;
/// a non-finite number is `null` in JSON and empty in CSV.
public enum TraceExport {
    /// At most `limit` of the kept iterations, evenly spread, the first and the final one always among them;
    /// all of them when `limit` is nil or not exceeded.
    public static func rows(_ run: ExampleRun, limit: Int?) -> [Iteration] {
        let kept = run.trace.iterations
        return rowIndices(kept.count, limit: limit).map { kept[$0] }
    }

    /// The indices of the records `rows` keeps out of `count`.
    static func rowIndices(_ count: Int, limit: Int?) -> [Int] {
        guard let limit, limit >= 2, count > limit else { return Array(0..<count) }
        let step = Double(count - 1) / Double(limit - 1)
        var indices: [Int] = []
        for i in 0..<limit {
            let index = Int((Double(i) * step).rounded())
            if indices.last != index { indices.append(index) }
        }
        return indices
    }

    /// One row per kept iteration (or `limit` of them): k, θ components, loss, gradient components, gradient norm, learning rate.
    /// A formula's variables name the columns (`x1`, …, `gradient_x1`, …) instead of `theta0`, …, `gradient0`, ….
    public static func csv(_ run: ExampleRun, limit: Int? = nil) -> String {
        let d = run.example.start.count
        let names = run.example.objective.parameterNames
        var header = ["k"] + (0..<d).map { names?[$0] ?? "theta\($0)" } + ["loss"]
        header += (0..<d).map { j in names.map { "gradient_\($0[j])" } ?? "gradient\(j)" }
        header += ["gradient_norm", "lr"]
        let kept = run.trace.iterations
        let indices = rowIndices(kept.count, limit: limit)
        var out = ExportText(capacity: (indices.count + 1) * (2 * d + 4) * 20)
        out.write(header.joined(separator: ","))
        out.write("\n")
        for i in indices {
            kept.withRecord(i) { row in
                out.write(row.k)
                out.write(",")
                out.write(row.theta, separator: ",", nonFinite: "")
                out.write(",")
                out.write(row.loss, nonFinite: "")
                out.write(",")
                out.write(row.gradient, separator: ",", nonFinite: "")
                out.write(",")
                out.write(row.gradientNorm, nonFinite: "")
                out.write(",")
                out.write(row.learningRate, nonFinite: "")
                out.write("\n")
            }
        }
        return out.string
    }

    /// One run's trace as a JSON object; several runs as an array of them (one valid JSON document either way).
    public static func json(_ runs: [ExampleRun]) -> String {
        if runs.count == 1 { return json(runs[0]) }
        let objects = runs.map { json($0).trimmingSuffix("\n") }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// The public JSON trace format (see docs/authoring.md).
    public static func json(_ run: ExampleRun, limit: Int? = nil) -> String {
        let trace = run.trace
        let kept = trace.iterations
        let indices = rowIndices(kept.count, limit: limit)
        let d = run.example.start.count
        var out = ExportText(capacity: 200 + indices.count * (6 * d + 6) * 24)
        out.write("{\n  \"example\": ")
        out.write(Escape.json(run.example.name))
        out.write(",\n  \"outcome\": ")
        out.write(Escape.json(trace.outcome.description))
        out.write(",\n  \"iteration_count\": ")
        out.write(trace.iterationCount)
        out.write(",\n")
        if let names = run.example.objective.parameterNames {
            out.write("  \"variables\": [")
            out.write(names.map(Escape.json).joined(separator: ", "))
            out.write("],\n")
        }
        if indices.count < kept.count {
            out.write("  \"sampled\": {\"shown\": ")
            out.write(indices.count)
            out.write(", \"kept\": ")
            out.write(kept.count)
            out.write("},\n")
        }
        out.write("  \"iterations\": [\n")
        for (n, i) in indices.enumerated() {
            if n > 0 { out.write(",\n") }
            kept.withRecord(i) { row in
                out.write("    {\"k\": ")
                out.write(row.k)
                out.write(", \"theta\": ")
                out.writeVector(row.theta)
                out.write(", \"loss\": ")
                out.write(row.loss, nonFinite: "null")
                out.write(", \"gradient\": ")
                out.writeVector(row.gradient)
                out.write(", \"gradient_norm\": ")
                out.write(row.gradientNorm, nonFinite: "null")
                out.write(", \"lr\": ")
                out.write(row.learningRate, nonFinite: "null")
                if let update = row.update {
                    out.write(", \"update\": ")
                    out.writeVector(update)
                }
                if let batch = row.batch {
                    out.write(", \"batch_loss\": ")
                    out.write(batch.loss, nonFinite: "null")
                    out.write(", \"batch_gradient\": ")
                    out.writeVector(batch.gradient)
                }
                if !row.stateNames.isEmpty {
                    out.write(", \"state\": {")
                    var offset = row.stateValues.startIndex
                    for (j, name) in row.stateNames.enumerated() {
                        if j > 0 { out.write(", ") }
                        out.write(Escape.json(name))
                        out.write(": ")
                        let count = row.stateCounts[j]
                        out.writeVector(row.stateValues[offset..<offset + count])
                        offset += count
                    }
                    out.write("}")
                }
                out.write("}")
            }
        }
        out.write("\n  ]\n}\n")
        return out.string
    }

    /// A table for a terminal: the first and last `rows` iterations, under the outcome (in English unless `outcome`
    /// words it otherwise).
    public static func table(_ run: ExampleRun, rows: Int = 10, outcome: String? = nil) -> String {
        let d = run.example.start.count
        let names = run.example.objective.parameterNames
        let header =
            ["k"] + (0..<d).map { j in names?[j] ?? "theta[\(j)]" } + ["loss"]
            + (0..<d).map { j in names.map { "grad[\($0[j])]" } ?? "grad[\(j)]" } + ["|grad|"]
        let kept = run.trace.iterations
        let shown = kept.count <= 2 * rows ? Array(kept) : Array(kept.prefix(rows)) + Array(kept.suffix(rows))
        var lines: [[String]] = [header]
        var previous = -1
        for row in shown {
            if row.k > previous + 1 { lines.append(["..."] + Array(repeating: "", count: header.count - 1)) }
            previous = row.k
            let numbers = row.theta + [row.loss] + row.gradient + [row.gradientNorm]
            lines.append(["\(row.k)"] + numbers.map { "\($0)" })
        }
        let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        var out = "\(run.example.name): \(outcome ?? run.trace.outcome.description)\n"
        for line in lines {
            out += zip(line, widths).map { String(repeating: " ", count: $1 - $0.count) + $0 }.joined(separator: "  ")
            out += "\n"
        }
        return out
    }
}

extension String {
    /// The string without `suffix` at its end, if it ends with it.
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}

/// UTF-8 text written into one byte buffer: the exports' numbers and punctuation go in without a `String` per row.
/// A `Double` is written as Swift writes it (the shortest form that reads back to the same value).
struct ExportText {
    private var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func write(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// A decimal integer.
    mutating func write(_ n: Int) {
        if n < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.appendDecimal(UInt64(n.magnitude))
    }

    /// `x` as Swift writes it, or `nonFinite` for an infinity or NaN.
    mutating func write(_ x: Double, nonFinite: StaticString) {
        if x.isFinite { bytes.append(contentsOf: x.description.utf8) } else { write(nonFinite) }
    }

    /// The numbers separated by `separator`.
    mutating func write(_ values: some Collection<Double>, separator: StaticString, nonFinite: StaticString) {
        var first = true
        for x in values {
            if !first { write(separator) }
            first = false
            write(x, nonFinite: nonFinite)
        }
    }

    /// A JSON array of numbers, `[a, b]` (null for a non-finite one).
    mutating func writeVector(_ values: some Collection<Double>) {
        write("[")
        write(values, separator: ", ", nonFinite: "null")
        write("]")
    }
}
