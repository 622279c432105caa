import GradusText

/// Content Gradus makes outside Markdown (a value, a formula, a generated block) and the slot of the tree it fills.
struct PageSlot {
    /// Its HTML and readable text.
    var content: HTMLWriter
    /// What it adds to the id of a heading it stands in: a value's text; nothing for a formula.
    var slugText = ""
}
