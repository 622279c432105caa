import GradusLessons
import GradusOptim
import GradusRuns

/// The data an example runs on, as a table: one row per sample.
struct DataTable {
    let run: ExampleRun
    let words: Localization
    /// How many rows to show (nil: all).
    var limit: Int? = nil

    var html: String {
        guard let (features, targets) = run.example.objective.data else {
            return "<p class=\"note\">\(HTML.escape(words.noData(example: run.example.name)))</p>\n"
        }
        do {
            let d = features.columns
            let format = NumberFormat.significant(6)
            var out = "<figure class=\"data\">\n"
            out += "<figcaption>\(HTML.escape(words.dataCaption(example: run.example.name, samples: features.rows)))</figcaption>\n<table>\n"
            out += "<thead><tr><th scope=\"col\">i</th>"
            for j in 0..<d { out += "<th scope=\"col\">x<sub>\(j + 1)</sub></th>" }
            out += "<th scope=\"col\">y</th></tr></thead>\n<tbody>\n"
            let shown = min(limit ?? features.rows, features.rows)
            for i in 0..<shown {
                out += "<tr><th scope=\"row\">\(i + 1)</th>"
                for x in features.row(i) { out += "<td>\(HTML.escape(format.format(x).prose))</td>" }
                out += "<td>\(HTML.escape(format.format(targets[i]).prose))</td></tr>\n"
            }
            if shown < features.rows {
                out += "<tr class=\"gap\"><td colspan=\"\(d + 2)\">\(words.rowsNotShown(features.rows - shown))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</figure>\n"
            return out
        }
    }
}
