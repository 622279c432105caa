import GradusLessons
import GradusOptim
import GradusRuns
import GradusText

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

    var html: HTMLWriter {
        let format = NumberFormat.significant(block.digits)
        let d = run.example.start.count
        var out = HTMLWriter()
        out.line("figure", [.init("class", "iterations")], linesInside: true) { figure in
            figure.element("figcaption", caption(total: run.trace.final.k + 1))
            figure.newline()
            figure.table { header in
                header.columnHeaders(["k"] + (0..<d).map { "θ[\($0)]" } + ["J(θ)"] + (0..<d).map { "∂J/∂θ[\($0)]" } + ["‖∇J‖"])
            } rows: { body in
                var previous = -1
                for row in rows {
                    if row.k > previous + 1 { body.gapRow(columns: 2 * d + 3, words.iterationsNotShown(row.k - previous - 1)) }
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
        words.tableCaption(example: run.example.name, shown: rows.count, total: total, outcome: run.trace.outcome)
    }
}
