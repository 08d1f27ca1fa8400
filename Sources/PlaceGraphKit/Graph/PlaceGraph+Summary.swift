extension PlaceGraph {
    /// How many items of each kind and how many interactions a map holds.
    public struct Summary: Sendable, Hashable {
        public let services: Int
        public let contracts: Int
        public let objectives: Int
        public let factors: Int
        public let interactions: Int
        public let reinforcing: Int
        public let undermining: Int
    }

    /// Counts of the map's items and interactions.
    public var summary: Summary {
        func count(_ kind: Item.Kind) -> Int { items.filter { $0.kind == kind }.count }
        return Summary(services: count(.service), contracts: count(.contract), objectives: count(.objective),
                       factors: count(.factor), interactions: map.interactions.count,
                       reinforcing: map.interactions.filter(\.effect.isReinforcing).count,
                       undermining: map.interactions.filter(\.effect.isUndermining).count)
    }
}
