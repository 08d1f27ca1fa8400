extension PlaceGraph {
    /// Every conflict in the map, ranked by severity, then by id.
    ///
    /// A pair of items with at least one undermining interaction gives one conflict; its kind
    /// follows the precedence in ``Conflict/Kind``. The pair's severity is the sum, over its
    /// undermining interactions, of |effect| × confidence weight (``Confidence/weight``: low
    /// 0.5, medium 0.75, high 1), so undermining both ways counts twice and the reinforcing half
    /// of a trade-off does not count. Hidden conflicts, and how their search is bounded, are
    /// described at ``Conflict/Kind/hidden``.
    ///
    /// Interactions with effect 0 (`consistent`) are neither conflicts nor synergies.
    ///
    /// - Complexity: O(*m* + *h*) for *m* arcs and *h* steps of the hidden search (at most
    ///   ``ConflictOptions/searchBudget``).
    public func conflicts(_ options: ConflictOptions = ConflictOptions()) -> ConflictAnalysis {
        let context = FindingContext(self)
        var conflicts = pairConflicts(context: context)
        var found = 0, truncated = false
        if options.includeHidden {
            let hidden = hiddenConflicts(options, context: context)
            found = hidden.found
            truncated = hidden.truncated
            conflicts += hidden.conflicts
        }
        conflicts.sort(by: Conflict.ranked)
        return ConflictAnalysis(conflicts: conflicts, hiddenFound: found, hiddenTruncated: truncated, options: options)
    }

    /// Conflicts between items joined by an interaction: every kind but hidden.
    private func pairConflicts(context: FindingContext) -> [Conflict] {
        var conflicts: [Conflict] = []
        for pair in arcPairs() {
            let undermining = pair.arcs.filter(\.effect.isUndermining)
            guard !undermining.isEmpty else { continue }
            // The conflict reads along an undermining arc; with one, that one.
            let main = undermining.count == 1 ? undermining[0] : pair.main
            let reverse = pair.arcs.first { $0 != main }
            let kind: Conflict.Kind
            if undermining.contains(where: crossesContracts) {
                kind = .contractContradiction
            } else if undermining.count == 2 {
                kind = .mutual
            } else if reverse?.effect.isReinforcing == true {
                kind = .tradeOff
            } else {
                kind = .direct
            }
            let arcs = [main] + (reverse.map { [$0] } ?? [])
            let members = main.from == main.to ? [main.from] : [main.from, main.to]
            conflicts.append(Conflict(
                kind: kind, path: [main.from, main.to].map { context.references[$0] },
                links: arcs.map(context.link),
                strength: undermining.reduce(0) { $0 + $1.effect.magnitude },
                severity: undermining.reduce(0) { $0 + $1.effect.magnitude * $1.confidence.weight },
                confidence: undermining.map(\.confidence).min() ?? .low,
                involvement: context.involvement(of: members)))
        }
        return conflicts
    }

    /// True when an arc runs from an item of one contract to an item of another.
    func crossesContracts(_ arc: Arc) -> Bool {
        guard let from = items[arc.from].contractID, let to = items[arc.to].contractID else { return false }
        return from != to
    }
}
