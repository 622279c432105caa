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
            out.element("p", [.init("class", "note")], words.noData(example: run.example.name))
            out.newline()
            return out
        }
        let d = features.columns
        let format = NumberFormat.significant(6)
        out.open("figure", [.init("class", "data")])
        out.newline()
        out.element("figcaption", words.dataCaption(example: run.example.name, samples: features.rows))
        out.newline()
        out.open("table")
        out.newline()
        out.open("thead")
        out.open("tr")
        out.element("th", [.column], "i")
        for j in 0..<d {
            out.open("th", [.column])
            out.text("x")
            out.element("sub", "\(j + 1)")
            out.close("th")
        }
        out.element("th", [.column], "y")
        out.close("tr")
        out.close("thead")
        out.newline()
        out.open("tbody")
        out.newline()
        let shown = min(limit ?? features.rows, features.rows)
        for i in 0..<shown {
            out.open("tr")
            out.element("th", [.row], "\(i + 1)")
            for x in features.row(i) + [targets[i]] { out.element("td", format.format(x).prose) }
            out.close("tr")
            out.newline()
        }
        if shown < features.rows {
            out.open("tr", [.init("class", "gap")])
            out.element("td", [.init("colspan", "\(d + 2)")], words.rowsNotShown(features.rows - shown))
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
}
