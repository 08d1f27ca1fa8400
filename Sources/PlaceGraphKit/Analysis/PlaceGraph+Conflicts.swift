extension PlaceGraph {
    /// Every conflict in the map, one per item pair, each with its knock-ons, ranked by
    /// severity, then by id.
    ///
    /// - A pair of items with at least one undermining interaction gives one conflict; its kind
    ///   follows the precedence in ``Conflict/Kind``. The pair's severity is the sum, over its
    ///   undermining interactions, of |effect| × confidence weight (``Confidence/weight``: low
    ///   0.5, medium 0.75, high 1), so undermining both ways counts twice and the reinforcing
    ///   half of a trade-off does not count.
    /// - A chain of 2 or 3 interactions with an odd number of undermining steps, between two
    ///   items with no interaction either way, is a knock-on of the conflict of its first
    ///   undermining step, listed inside it and not counted (``KnockOn``).
    /// - Such a chain stands as a ``Conflict/Kind/hidden`` conflict of its own only when no
    ///   pair conflict joins the services at its two ends (either way; a service with itself
    ///   counts) and its strength Π|eᵢ| / 3^(k−1) is at least ``Conflict/hiddenThreshold``. It
    ///   is then not also a knock-on, and names the pair conflicts it rests on.
    ///
    /// The chain search is bounded: it starts only from items with outgoing interactions,
    /// follows simple paths of at most ``ConflictOptions/maxChainLength`` interactions, skips
    /// effects of 0 and pairs joined directly either way, keeps the strongest chain per
    /// conflict and pair of ends (and, for a hidden conflict, per pair of ends), stops after
    /// ``ConflictOptions/searchBudget`` steps and says so, and keeps the
    /// ``ConflictOptions/hiddenLimit`` most severe hidden conflicts.
    ///
    /// Interactions with effect 0 (`consistent`) are neither conflicts nor synergies.
    ///
    /// - Complexity: O(*m* log *m* + *h*) for *m* arcs and *h* steps of the chain search (at
    ///   most ``ConflictOptions/searchBudget``).
    public func conflicts(_ options: ConflictOptions = ConflictOptions()) -> ConflictAnalysis {
        let context = FindingContext(self)
        let pairs = pairConflicts(context: context)
        var conflicts = pairs.map(\.conflict)
        var hidden = HiddenOutcome()
        if options.includeHidden {
            hidden = chainConflicts(options, context: context, pairs: pairs)
            for (position, found) in hidden.knockOns where position < conflicts.count {
                conflicts[position] = conflicts[position].with(knockOns: found.listed, count: found.count)
            }
            conflicts += hidden.conflicts
        }
        conflicts = Conflict.ranked(conflicts)
        return ConflictAnalysis(conflicts: conflicts, hiddenFound: hidden.found, hiddenTruncated: hidden.truncated,
                                knockOnsFound: hidden.knockOns.values.reduce(0) { $0 + $1.count },
                                belowThreshold: hidden.belowThreshold, options: options)
    }

    /// A pair conflict and the key of its two items (``ArcPair/key(_:)``).
    struct PairConflict {
        let conflict: Conflict
        let key: Int
    }

    /// Conflicts between items joined by an interaction: every kind but hidden.
    private func pairConflicts(context: FindingContext) -> [PairConflict] {
        var conflicts: [PairConflict] = []
        for pair in arcPairs() {
            guard pair.arcs.contains(where: \.effect.isUndermining) else { continue }
            let forwardUndermines = pair.forward.contains(where: \.effect.isUndermining)
            let backwardUndermines = pair.backward.contains(where: \.effect.isUndermining)
            // The conflict reads along an undermining arc; with both ways, along the pair.
            let (ahead, back) = forwardUndermines ? (pair.forward, pair.backward) : (pair.backward, pair.forward)
            let links = (ahead + back).map(context.link)
            let undermining = links.filter(\.effect.isUndermining)
            let written = undermining.flatMap(\.written).filter(\.effect.isUndermining)
            let kind: Conflict.Kind
            if written.contains(where: { $0.contractPair != nil }) {
                kind = .contractContradiction
            } else if forwardUndermines && backwardUndermines {
                kind = .mutual
            } else if back.contains(where: \.effect.isReinforcing) {
                kind = .tradeOff
            } else {
                kind = .direct
            }
            let main = ahead[0]
            let members = main.from == main.to ? [main.from] : [main.from, main.to]
            let conflict = Conflict(
                kind: kind, path: [main.from, main.to].map { context.references[$0] }, links: links,
                strength: undermining.reduce(0) { $0 + $1.effect.magnitude },
                severity: undermining.reduce(0) { $0 + $1.weightedMagnitude },
                confidence: undermining.map(\.confidence).min() ?? .low,
                lowConfidenceOnly: written.allSatisfy { $0.confidence == .low },
                involvement: context.involvement(of: members, through: undermining))
            conflicts.append(PairConflict(conflict: conflict, key: pair.key(count)))
        }
        return conflicts
    }
}

extension InteractionLink {
    /// True when every interaction this link stands for is of low confidence.
    var restsOnLowConfidenceOnly: Bool { written.allSatisfy { $0.confidence == .low } }
}
