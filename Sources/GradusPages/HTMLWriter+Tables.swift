import GradusText

extension HTMLWriter.Attribute {
    /// `scope="col"`, for a column's header cell.
    static let column = HTMLWriter.Attribute("scope", "col")
    /// `scope="row"`, for a row's header cell.
    static let row = HTMLWriter.Attribute("scope", "row")
}

extension HTMLWriter {
    /// A table as the pages write them: `<table>`, one header row written by `header` in `<thead>`, then the rows
    /// written by `rows` in `<tbody>`, one line each.
    mutating func table(header: (inout HTMLWriter) -> Void, rows: (inout HTMLWriter) -> Void) {
        line("table", linesInside: true) { table in
            table.line("thead") { head in
                head.open("tr")
                header(&head)
                head.close("tr")
            }
            table.line("tbody", linesInside: true, rows)
        }
    }

    /// Header cells `<th scope="col">text</th>`.
    mutating func columnHeaders(_ texts: [String]) {
        for text in texts { element("th", [.column], text) }
    }

    /// A body row `<tr>…</tr>` and a newline.
    mutating func row(_ attributes: [HTMLWriter.Attribute] = [], _ cells: (inout HTMLWriter) -> Void) {
        line("tr", attributes, cells)
    }

    /// The row that says how many rows were left out: one cell across `columns` columns.
    mutating func gapRow(columns: Int, _ text: String) {
        row([.init("class", "gap")]) { $0.element("td", [.init("colspan", "\(columns)")], text) }
    }
}
