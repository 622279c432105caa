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
        let total = run.trace.final.k + 1
        var out = HTMLWriter()
        out.open("figure", [.init("class", "iterations")])
        out.newline()
        out.element("figcaption", caption(total: total))
        out.newline()
        out.open("table")
        out.newline()
        out.open("thead")
        out.open("tr")
        var headers = ["k"] + (0..<d).map { "θ[\($0)]" } + ["J(θ)"]
        headers += (0..<d).map { "∂J/∂θ[\($0)]" } + ["‖∇J‖"]
        for header in headers { out.element("th", [.column], header) }
        out.close("tr")
        out.close("thead")
        out.newline()
        out.open("tbody")
        out.newline()
        var previous = -1
        for row in rows {
            if row.k > previous + 1 {
                out.open("tr", [.init("class", "gap")])
                out.element("td", [.init("colspan", "\(2 * d + 3)")], words.iterationsNotShown(row.k - previous - 1))
                out.close("tr")
                out.newline()
            }
            previous = row.k
            out.open("tr")
            out.element("th", [.row], "\(row.k)")
            for x in row.theta + [row.loss] + row.gradient + [row.gradientNorm] { out.element("td", format.format(x).prose) }
            out.close("tr")
            out.newline()
        }
        out.close("tbody")
        out.newline()
        out.close("table")
        out.newline()
        out.close("figure")
        out.newline()
        return out
    }

    func caption(total: Int) -> String {
        words.tableCaption(example: run.example.name, shown: rows.count, total: total, outcome: run.trace.outcome)
    }
}
