import GradusLessons
import GradusOptim
import GradusRuns

/// The table of the first and last iterations of a run.
struct IterationTable {
    let run: ExampleRun
    let block: GeneratedBlock
    let words: Localization

    var rows: [Iteration] {
        let kept = run.trace.iterations
        let head = kept.prefix(block.first)
        let tail = kept.suffix(block.last).filter { $0.k > (head.last?.k ?? -1) }
        return Array(head) + tail
    }

    var html: String {
        let format = NumberFormat.significant(block.digits)
        let d = run.example.start.count
        let total = run.trace.final.k + 1
        var out = "<figure class=\"iterations\">\n<figcaption>\(HTML.escape(caption(total: total)))</figcaption>\n"
        out += "<table>\n<thead><tr><th scope=\"col\">k</th>"
        for j in 0..<d { out += "<th scope=\"col\">θ[\(j)]</th>" }
        out += "<th scope=\"col\">J(θ)</th>"
        for j in 0..<d { out += "<th scope=\"col\">∂J/∂θ[\(j)]</th>" }
        out += "<th scope=\"col\">‖∇J‖</th></tr></thead>\n<tbody>\n"
        var previous = -1
        for row in rows {
            if row.k > previous + 1 {
                out += "<tr class=\"gap\"><td colspan=\"\(2 * d + 3)\">\(words.iterationsNotShown(row.k - previous - 1))</td></tr>\n"
            }
            previous = row.k
            out += "<tr><th scope=\"row\">\(row.k)</th>"
            for x in row.theta { out += "<td>\(HTML.escape(format.format(x).prose))</td>" }
            out += "<td>\(HTML.escape(format.format(row.loss).prose))</td>"
            for x in row.gradient { out += "<td>\(HTML.escape(format.format(x).prose))</td>" }
            out += "<td>\(HTML.escape(format.format(row.gradientNorm).prose))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</figure>\n"
        return out
    }

    func caption(total: Int) -> String {
        words.tableCaption(example: run.example.name, shown: rows.count, total: total, outcome: run.trace.outcome)
    }
}
