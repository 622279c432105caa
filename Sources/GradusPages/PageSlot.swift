import GradusText

/// Content Gradus makes outside Markdown (a value, a formula, a generated block) and the slot of the tree it fills.
struct PageSlot {
    /// Its HTML and readable text.
    var content: HTMLWriter
    /// What it adds to the id of a heading it stands in: a value's text; nothing for a formula.
    var slugText = ""
}

extension HTMLWriter.Attribute {
    /// `scope="col"`, for a column's header cell.
    static let column = HTMLWriter.Attribute("scope", "col")
    /// `scope="row"`, for a row's header cell.
    static let row = HTMLWriter.Attribute("scope", "row")
}
