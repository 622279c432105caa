import GradusOptim
import GradusText

/// A run's trace as text for people (a table) and for machines (CSV, JSON).
///
/// Numbers in CSV and JSON use Swift's shortest representation that reads back to the same `Double`;
/// a non-finite number is `null` in JSON and empty in CSV.
public enum TraceExport {
    static func number(_ x: Double) -> String { x.isFinite ? "\(x)" : "" }

    /// At most `limit` of the kept iterations, evenly spread, the first and the final one always among them;
    /// all of them when `limit` is nil or not exceeded.
    public static func rows(_ run: ExampleRun, limit: Int?) -> [Iteration] {
        let kept = run.trace.iterations
        guard let limit, limit >= 2, kept.count > limit else { return Array(kept) }
        let step = Double(kept.count - 1) / Double(limit - 1)
        var indices: [Int] = []
        for i in 0..<limit {
            let index = Int((Double(i) * step).rounded())
            if indices.last != index { indices.append(index) }
        }
        return indices.map { kept[$0] }
    }

    /// One row per kept iteration (or `limit` of them): k, θ components, loss, gradient components, gradient norm, learning rate.
    /// A formula's variables name the columns (`x1`, …, `gradient_x1`, …) instead of `theta0`, …, `gradient0`, ….
    public static func csv(_ run: ExampleRun, limit: Int? = nil) -> String {
        let d = run.example.start.count
        let names = run.example.objective.parameterNames
        var header = ["k"] + (0..<d).map { names?[$0] ?? "theta\($0)" } + ["loss"]
        header += (0..<d).map { j in names.map { "gradient_\($0[j])" } ?? "gradient\(j)" }
        header += ["gradient_norm", "lr"]
        var out = header.joined(separator: ",") + "\n"
        for row in rows(run, limit: limit) {
            var fields = ["\(row.k)"] + row.theta.map(number) + [number(row.loss)] + row.gradient.map(number)
            fields += [number(row.gradientNorm), number(row.learningRate)]
            out += fields.joined(separator: ",") + "\n"
        }
        return out
    }

    /// One run's trace as a JSON object; several runs as an array of them (one valid JSON document either way).
    public static func json(_ runs: [ExampleRun]) -> String {
        if runs.count == 1 { return json(runs[0]) }
        let objects = runs.map { json($0).trimmingSuffix("\n") }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// The public JSON trace format (see docs/authoring.md).
    public static func json(_ run: ExampleRun, limit: Int? = nil) -> String {
        func value(_ x: Double) -> String { x.isFinite ? "\(x)" : "null" }
        func vector(_ v: [Double]) -> String { "[" + v.map(value).joined(separator: ", ") + "]" }
        func string(_ s: String) -> String { Escape.json(s) }
        let trace = run.trace
        var out = "{\n  \"example\": \(string(run.example.name)),\n"
        out += "  \"outcome\": \(string(trace.outcome.description)),\n"
        out += "  \"iteration_count\": \(trace.iterationCount),\n"
        if let names = run.example.objective.parameterNames {
            out += "  \"variables\": [" + names.map(string).joined(separator: ", ") + "],\n"
        }
        let shown = rows(run, limit: limit)
        if shown.count < trace.iterations.count {
            out += "  \"sampled\": {\"shown\": \(shown.count), \"kept\": \(trace.iterations.count)},\n"
        }
        out += "  \"iterations\": [\n"
        out += shown.map { row in
            var fields = [
                "\"k\": \(row.k)", "\"theta\": \(vector(row.theta))", "\"loss\": \(value(row.loss))",
                "\"gradient\": \(vector(row.gradient))", "\"gradient_norm\": \(value(row.gradientNorm))",
                "\"lr\": \(value(row.learningRate))",
            ]
            if let update = row.update { fields.append("\"update\": \(vector(update))") }
            if let batch = row.batch {
                fields.append("\"batch_loss\": \(value(batch.loss))")
                fields.append("\"batch_gradient\": \(vector(batch.gradient))")
            }
            if !row.state.isEmpty {
                fields.append(
                    "\"state\": {"
                        + row.state.map { "\(string($0.name)): \(vector($0.values))" }.joined(separator: ", ") + "}")
            }
            return "    {" + fields.joined(separator: ", ") + "}"
        }.joined(separator: ",\n")
        out += "\n  ]\n}\n"
        return out
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
