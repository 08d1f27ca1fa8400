/// What changed between two versions of a map as written: items and interactions added,
/// removed and changed, and the place's own fields. The findings side of a diff is
/// ``MapDiff``.
///
/// Items are matched by id and interactions by their two ends (a mutual interaction in either
/// order). A renamed item is removed plus added; ``renames`` suggests the pairing when the two
/// are close (``renameThreshold``).
public struct MapComparison: Sendable, Hashable {
    /// One field of an item or of the place, before and after, as the map writes it (dates
    /// `YYYY-MM-DD`, spans `9m`, numbers in their shortest form); `nil` when absent.
    public struct FieldChange: Sendable, Hashable {
        public let field: String
        public let old: String?
        public let new: String?
    }

    /// An item with the same id in both versions whose own fields differ.
    public struct ItemChange: Sendable, Hashable {
        public let old: MapItem
        public let new: MapItem
        /// The fields that differ, in the order the map writes them.
        public let fields: [FieldChange]
        public var id: String { new.id }
        /// True when a contract's dates, extensions, lead time, supplier or value changed.
        public var touchesContractTerms: Bool {
            new.kind == .contract && fields.contains { MapComparison.contractTerms.contains($0.field) }
        }
    }

    /// What about an interaction changed; an interaction may change in several ways at once.
    public enum Aspect: String, Sendable, Hashable, CaseIterable {
        /// The effect changed sign (reinforcing, undermining or consistent).
        case resigned = "re-signed"
        /// The effect kept its sign but changed strength.
        case reweighted = "re-weighted"
        case confidence
        /// It became mutual or one-way.
        case mutual
        /// Only its `because` or `evidence` text changed: a lesser change.
        case text
    }

    /// An interaction between the same two items in both versions that differs.
    public struct InteractionChange: Sendable, Hashable {
        public let old: Interaction
        public let new: Interaction
        public let aspects: [Aspect]
    }

    /// A removed item and an added one of the same kind whose ids or names are close: perhaps
    /// one item renamed.
    public struct Rename: Sendable, Hashable {
        public let removed: String
        public let added: String
        /// The edit distance between the closer of the two texts (ids or names), divided by the
        /// longer text's length.
        public let distance: Double
    }

    public let addedItems: [MapItem]
    public let removedItems: [MapItem]
    public let changedItems: [ItemChange]
    public let addedInteractions: [Interaction]
    public let removedInteractions: [Interaction]
    public let changedInteractions: [InteractionChange]
    /// The place's name, mission, lead time or areas, when they changed.
    public let place: [FieldChange]
    public let renames: [Rename]
    /// The new version's place, which ``applied(to:)`` puts in.
    let newPlace: Place

    /// The largest normalised edit distance at which a removed and an added item are
    /// suggested as one item renamed: 0.34, about one character in three.
    public static let renameThreshold = 0.34

    /// The contract fields that are its terms: a change to any is a change of contract.
    static let contractTerms: Set<String> = ["start", "end", "extensions", "leadTime", "supplier", "value"]

    /// True when the two versions write the same map.
    public var isEmpty: Bool {
        addedItems.isEmpty && removedItems.isEmpty && changedItems.isEmpty && addedInteractions.isEmpty
            && removedInteractions.isEmpty && changedInteractions.isEmpty && place.isEmpty
    }

    /// The contracts whose terms changed.
    public var changedContracts: [ItemChange] { changedItems.filter(\.touchesContractTerms) }
}
