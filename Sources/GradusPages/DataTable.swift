import GradusLessons
import GradusOptim
import GradusRuns
import GradusText

/// The data an example runs on, as a table: one row per sample.
struct DataTable {
    let run: ExampleRun
    let words: Localization
    /// How many rows to show (nil: all).
    var limit: Int? = nil

    var html: HTMLWriter {
        var out = HTMLWriter()
        guard let (features, targets) = run.example.objective.data else {
            out.line("p", [.init("class", "note")]) { $0.text(words.noData(example: words.label(run.example))) }
            return out
        }
        let d = features.columns
        let format = NumberFormat.significant(6)
        let shown = min(limit ?? features.rows, features.rows)
        out.line("figure", [.init("class", "data")], linesInside: true) { figure in
            figure.element("figcaption", words.dataCaption(example: words.label(run.example), samples: features.rows))
            figure.newline()
            figure.table { header in
                header.element("th", [.column], "i")
                for j in 0..<d {
                    header.open("th", [.column])
                    header.text("x")
                    header.element("sub", "\(j + 1)")
                    header.close("th")
                }
                header.element("th", [.column], "y")
            } rows: { body in
                for i in 0..<shown {
                    body.row { cells in
                        cells.element("th", [.row], "\(i + 1)")
                        for x in features.row(i) + [targets[i]] { cells.element("td", format.format(x).prose) }
                    }
                }
                if shown < features.rows { body.gapRow(columns: d + 2, words.rowsNotShown(features.rows - shown)) }
            }
        }
        return out
    }
}
