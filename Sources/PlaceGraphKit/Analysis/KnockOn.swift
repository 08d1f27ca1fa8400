/// A chain through which a conflict reaches further: "also undermines Z via Y", or, upstream,
/// "X, through A, also works against B".
///
/// A chain of two or three interactions with an odd number of undermining steps, between two
/// items with no interaction either way, works against its far end although nobody mapped it.
/// Its first undermining step is already a conflict, so the chain is listed inside that
/// conflict as a knock-on and not counted again, unless it stands as a hidden conflict of its
/// own (see ``PlaceGraph/conflicts(_:)``).
public struct KnockOn: Sendable, Hashable {
    /// The items along the chain, from its start to its far end.
    public let path: [ItemReference]
    /// The chain's interactions, in order.
    public let links: [InteractionLink]
    /// The position in ``links`` of the conflict's own undermining step: 0 when the chain starts
    /// with it (a downstream knock-on), more when items upstream lead into it.
    public let step: Int
    /// Π|eᵢ| / 3^(k−1) for *k* interactions, on the 0…3 effect scale.
    public let strength: Double
    /// ``strength`` × the lowest confidence weight along the chain.
    public let severity: Double

    /// The chain's start.
    public var from: ItemReference { path[0] }
    /// The chain's far end, the item it works against.
    public var to: ItemReference { path[path.count - 1] }
    /// True when the chain starts with the conflict's own step.
    public var isDownstream: Bool { step == 0 }
}
