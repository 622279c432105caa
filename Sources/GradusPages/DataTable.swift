import GradusLessons
import GradusRuns

/// The data an example runs on, as a table: one row per sample.
struct DataTable {
    let run: ExampleRun

    var html: String {
        switch run.example.objective {
        case .linearRegression(let problem):
            let d = problem.dimension
            let format = NumberFormat.significant(6)
            var out = "<figure class=\"data\">\n"
            out += "<figcaption>The data of the example ‘\(HTML.escape(run.example.name))’: \(problem.sampleCount) samples</figcaption>\n<table>\n"
            out += "<thead><tr><th scope=\"col\">i</th>"
            for j in 0..<d { out += "<th scope=\"col\">x<sub>\(j + 1)</sub></th>" }
            out += "<th scope=\"col\">y</th></tr></thead>\n<tbody>\n"
            for i in 0..<problem.sampleCount {
                out += "<tr><th scope=\"row\">\(i + 1)</th>"
                for x in problem.features.row(i) { out += "<td>\(HTML.escape(format.format(x).prose))</td>" }
                out += "<td>\(HTML.escape(format.format(problem.targets[i]).prose))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</figure>\n"
            return out
        }
    }
}
