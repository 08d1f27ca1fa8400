extension PlaceGraph {
    /// The arcs between two items, seen as one relationship.
    struct ArcPair {
        /// The arcs the relationship is read along, `from → to`, undermining first. Never empty.
        let forward: [Arc]
        /// The arcs running back, `to → from`, undermining first; empty for a self-interaction.
        let backward: [Arc]

        var arcs: [Arc] { forward + backward }
        /// The item the relationship is read from.
        var from: Int { forward[0].from }
        /// The item the relationship is read to.
        var to: Int { forward[0].to }
        /// `min · n + max` of the two items, the same whichever way the pair is read.
        func key(_ count: Int) -> Int { min(from, to) * count + max(from, to) }
    }

    /// Every pair of items joined by at least one arc, by the pair's smaller then larger item,
    /// each pair once.
    ///
    /// When both directions exist, the pair is read along the interaction written in the
    /// file: the forward arc of a `mutual` interaction, or, for separate interactions (and at
    /// service level, where a pair may have one arc of each sign each way), from the item with
    /// the smaller id. Self-interactions form a pair with nothing running back.
    ///
    /// - Complexity: O(*m* log *m*) for *m* arcs.
    func arcPairs() -> [ArcPair] {
        var grouped: [Int: [Arc]] = [:]
        for arc in arcs { grouped[min(arc.from, arc.to) * count + max(arc.from, arc.to), default: []].append(arc) }
        return grouped.sorted { $0.key < $1.key }.map { _, arcs in
            // Arcs come in graph order: by source, then target, then effect (undermining first).
            let low = min(arcs[0].from, arcs[0].to)
            let fromLow = arcs.filter { $0.from == low }, fromHigh = arcs.filter { $0.from != low }
            let readFromHigh = fromLow.isEmpty || fromLow.contains(where: \.isMutualReverse)
            return readFromHigh ? ArcPair(forward: fromHigh, backward: fromLow) : ArcPair(forward: fromLow, backward: fromHigh)
        }
    }
}
