/// A bullet or ordered list.
public struct List: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case bullet
        /// Numbered from `start`.
        case ordered(start: Int)
    }

    public var kind: Kind
    /// A tight list (no blank line between its items) writes its items' paragraphs without `<p>`.
    public var isTight: Bool
    public var items: [ListItem]

    public init(_ kind: Kind, isTight: Bool, items: [ListItem]) {
        self.kind = kind
        self.isTight = isTight
        self.items = items
    }
}

/// One item of a list.
public struct ListItem: Sendable, Equatable {
    public var blocks: [Block]

    public init(_ blocks: [Block]) { self.blocks = blocks }
}
