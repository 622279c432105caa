import GradusText

/// A Jupyter notebook (nbformat 4) of a lesson: a Markdown cell per heading and per example, each example's listing
/// as a code cell, no outputs stored. Written as JSON text with a fixed key order, so two builds give the same bytes.
public struct Notebook: Sendable {
    public enum Cell: Sendable, Equatable {
        case markdown(String)
        case code(String)
    }

    public var cells: [Cell] = []

    public init(cells: [Cell] = []) { self.cells = cells }

    /// The notebook as JSON.
    public var json: String {
        var out = "{\n \"cells\": [\n"
        out += cells.map(cellJSON).joined(separator: ",\n")
        out += "\n ],\n"
        out += """
             "metadata": {
              "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
              "language_info": {"name": "python"}
             },
             "nbformat": 4,
             "nbformat_minor": 5
            }

            """
        return out
    }

    private func cellJSON(_ cell: Cell) -> String {
        let (kind, text) =
            switch cell {
            case .markdown(let text): ("markdown", text)
            case .code(let text): ("code", text)
            }
        // nbformat keeps the source as a list of lines, each with its line break but the last.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) + "\n" }
        while lines.last == "\n" { lines.removeLast() }
        if let last = lines.last { lines[lines.count - 1] = String(last.dropLast()) }
        var out = "  {\n   \"cell_type\": \"\(kind)\",\n   \"metadata\": {},\n"
        if case .code = cell { out += "   \"execution_count\": null,\n   \"outputs\": [],\n" }
        out += "   \"source\": [" + lines.map(Escape.json).joined(separator: ", ") + "]\n  }"
        return out
    }
}
