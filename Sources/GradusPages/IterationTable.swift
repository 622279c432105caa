import GradusLessons
import GradusOptim
import GradusRuns
import GradusText

/// The table of the first and last iterations of a run.
struct IterationTable {
    let run: ExampleRun
    let block: GeneratedBlock
    let words: Localization
    /// Whether the caption gives the run's outcome (not when the page has already given it).
    var statesOutcome = true

    var rows: [Iteration] {
        let kept = run.trace.iterations
        let head = kept.prefix(block.first)
        let tail = kept.suffix(block.last).filter { $0.k > (head.last?.k ?? -1) }
        return Array(head) + tail
    }

    var html: HTMLWriter {
        let format = NumberFormat.significant(block.digits)
        let d = run.example.start.count
        var out = HTMLWriter()
        out.line("figure", [.init("class", "iterations")], linesInside: true) { figure in
            figure.element("figcaption", caption(total: run.trace.final.k + 1))
            figure.newline()
            figure.table { header in
                let names = words.parameterNames(run.example)
                let symbol = words.notation.objective
                header.columnHeaders(
                    ["k"] + names + ["\(symbol)(θ)"] + names.map { "∂\(symbol)/∂\($0)" } + ["‖∇\(symbol)‖"])
            } rows: { body in
                var previous = -1
                for row in rows {
                    if row.k > previous + 1 {
                        body.gapRow(columns: 2 * d + 3, words.iterationsNotShown(row.k - previous - 1))
                    }
                    previous = row.k
                    body.row { cells in
                        cells.element("th", [.row], "\(row.k)")
                        for x in row.theta + [row.loss] + row.gradient + [row.gradientNorm] {
                            cells.element("td", format.format(x).prose)
                        }
                    }
                }
            }
        }
        return out
    }

    func caption(total: Int) -> String {
        words.tableCaption(
            example: words.label(run.example), shown: rows.count, total: total,
            outcome: statesOutcome ? run.trace.outcome : nil)
    }
}
