/// Whether a feedback loop amplifies change or damps it.
///
/// A loop is reinforcing when the signs of its effects multiply to a positive number (an even
/// number of undermining effects), and balancing when they multiply to a negative one.
public enum LoopPolarity: String, Sendable, Hashable, Codable, CaseIterable {
    /// Change anywhere on the loop comes back amplified: a virtuous or vicious circle.
    case reinforcing
    /// Change anywhere on the loop comes back reversed: the loop resists change.
    case balancing
}

/// One elementary circuit of a ``PlaceGraph``: a closed chain of interactions that visits no
/// item twice.
///
/// The loop is written from its smallest id, so the same loop always reads the same way:
/// `items[0] → items[1] → … → items[length - 1] → items[0]`.
public struct FeedbackLoop: Sendable, Hashable {
    /// The ids around the loop, starting at the smallest.
    public let items: [String]
    /// The arcs in order: `arcs[i]` runs from `items[i]` to the next item (the last one back to
    /// the first).
    public let arcs: [Arc]
    /// Reinforcing when the signs of ``arcs`` multiply to a positive number.
    public let polarity: LoopPolarity

    /// The number of items, which is also the number of interactions, on the loop.
    public var length: Int { items.count }

    /// The effects along the loop, in the order of ``arcs``.
    public var effects: [Effect] { arcs.map(\.effect) }

    public init(items: [String], arcs: [Arc], polarity: LoopPolarity) {
        self.items = items
        self.arcs = arcs
        self.polarity = polarity
    }
}
