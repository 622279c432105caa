import GradusText

/// Escaping for text and attribute values put into HTML, for the modules above GradusPages that write a little
/// HTML or XML of their own (the JUnit report, the preview's error page). It is `Escape.markup`; pages themselves
/// write through `HTMLWriter`.
public enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'`, so the result is safe in text and in quoted attributes.
    public static func escape(_ text: String) -> String { Escape.markup(text) }
}
