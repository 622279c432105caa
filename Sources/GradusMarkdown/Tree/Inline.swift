/// Inline content, one case per CommonMark inline kind, plus the caller's slots.
public enum Inline: Sendable, Equatable {
    /// Plain text, entities and escapes already resolved.
    case text(String)
    /// A line ending inside a paragraph (written as a newline).
    case softBreak
    /// A hard line break (two spaces or a backslash before the line ending).
    case lineBreak
    case code(InlineCode)
    case html(InlineHTML)
    case emphasis(Emphasis)
    case strong(Strong)
    case link(Link)
    case image(Image)
    /// A place the caller fills with its own content (see `Segment.slot`).
    case slot(Slot)
}
