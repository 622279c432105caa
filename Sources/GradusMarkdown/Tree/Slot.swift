/// A place in the text that the caller fills: the `index`-th `Segment.slot` of the segments parsed.
///
/// Not CommonMark: slots are how content made outside Markdown (formulas, values, generated tables) takes its
/// place in the tree. They cannot come from the Markdown itself, so a lesson's text cannot forge one.
public struct Slot: Sendable, Equatable, Hashable {
    public var index: Int

    public init(_ index: Int) { self.index = index }
}
