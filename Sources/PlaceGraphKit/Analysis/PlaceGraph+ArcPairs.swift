extension PlaceGraph {
    /// The arcs between two items, seen as one relationship.
    struct ArcPair {
        /// The arc the relationship is read along: `from → to`.
        let main: Arc
        /// The arc running back, `to → from`, when there is one.
        let reverse: Arc?

        var arcs: [Arc] { [main] + (reverse.map { [$0] } ?? []) }
    }

    /// Every pair of items joined by at least one arc, in item order, each pair once.
    ///
    /// When both directions exist, the main arc is the one written in the file: the forward
    /// arc of a `mutual` interaction, or, for two separate interactions, the one from the item
    /// with the smaller id. Self-interactions form a pair with no reverse.
    ///
    /// - Complexity: O(*m*) for *m* arcs.
    func arcPairs() -> [ArcPair] {
        var pairs: [ArcPair] = []
        for arc in arcs {
            let back = arc.from == arc.to ? nil : self.arc(from: arc.to, to: arc.from)
            guard let back else {
                pairs.append(ArcPair(main: arc, reverse: nil))
                continue
            }
            // Each two-way pair is met twice; keep it once, from its main arc.
            let isMain = back.isMutualReverse || (!arc.isMutualReverse && arc.from < arc.to)
            if isMain { pairs.append(ArcPair(main: arc, reverse: back)) }
        }
        return pairs
    }
}
