extension PlaceGraph {
    /// What the chain search found: hidden conflicts of their own, and knock-ons of pair
    /// conflicts by the pair conflict's position.
    struct HiddenOutcome {
        var conflicts: [Conflict] = []
        /// The most severe knock-ons of each pair conflict, and how many it has.
        var knockOns: [Int: (listed: [KnockOn], count: Int)] = [:]
        var found = 0
        var truncated = false
        var belowThreshold = 0
    }

    /// Chains of two or three interactions whose signs multiply to undermining, between items
    /// with no interaction either way: each a knock-on of the pair conflict of its first
    /// undermining step, or a hidden conflict of its own (see ``conflicts(_:)``).
    ///
    /// A chain A → B → C where A undermines B and B reinforces C (or A reinforces B and B
    /// undermines C) works against C although nobody mapped A against C. Its strength is the
    /// product of its |effects| divided by 3 for each extra step, `Π|eᵢ| / 3^(k−1)` for *k*
    /// interactions, so it stays on the 0…3 effect scale and a longer chain counts for less;
    /// its severity is the strength × the lowest confidence weight along it. Each signed arc is
    /// its own route, so at service level a mixed pair gives a chain of each sign.
    ///
    /// - Complexity: O(*n* · *d*^*k*) for *n* items of out-degree at most *d* and chains of *k*
    ///   interactions, capped by ``ConflictOptions/searchBudget``.
    func chainConflicts(_ options: ConflictOptions, context: FindingContext, pairs: [PairConflict]) -> HiddenOutcome {
        var outcome = HiddenOutcome()
        let search = chainSearch(options)
        outcome.truncated = search.truncated
        var pairPosition: [Int: Int] = [:]
        for (position, pair) in pairs.enumerated() { pairPosition[pair.key] = position }
        // Services (a factor stands for itself) that a pair conflict joins, either way, as
        // numbered units, so the test below hashes two integers rather than two strings.
        var unitNumber: [String: Int] = [:]
        func number(_ unit: String) -> Int {
            if let known = unitNumber[unit] { return known }
            unitNumber[unit] = unitNumber.count
            return unitNumber.count - 1
        }
        let unitOf = items.map { number($0.serviceID ?? $0.id) }
        let pairUnits = pairs.map { (number($0.conflict.from.unit), number($0.conflict.to.unit)) }
        let unitSpan = unitNumber.count
        let joinedUnits = Set(pairUnits.map { min($0.0, $0.1) * unitSpan + max($0.0, $0.1) })
        func joined(_ chain: Chain) -> Bool {
            let a = unitOf[chain.start], b = unitOf[chain.end]
            return joinedUnits.contains(min(a, b) * unitSpan + max(a, b))
        }

        // The strongest chain per unordered pair of ends that could stand alone.
        let chains = search.chains
        func ends(_ chain: Chain) -> Int { min(chain.start, chain.end) * count + max(chain.start, chain.end) }
        var standing: [Int: Int] = [:]
        for (index, chain) in chains.enumerated() where !joined(chain) {
            if standing[ends(chain)].map({ chain.isBetter(than: chains[$0]) }) ?? true { standing[ends(chain)] = index }
        }
        let alone = standing.filter { chains[$0.value].strength >= Conflict.hiddenThreshold - 1e-9 }
        outcome.found = alone.count
        // Each conflict keeps only the knock-ons it lists, its most severe, and a count: big
        // maps find hundreds of thousands, and sorting them all was most of the work. The order
        // is total, so the ones kept are those a full sort would put first.
        let limit = options.knockOnLimit
        var listed = [[Chain]](repeating: [], count: pairs.count)
        var found = [Int](repeating: 0, count: pairs.count)
        for chain in chains {
            guard alone[ends(chain)] == nil, let position = pairPosition[chain.stepArc(in: arcs).pairKey(count)] else { continue }
            // Its ends are joined by no pair conflict, yet it does not stand alone: it is too weak.
            if !joined(chain) { outcome.belowThreshold += 1 }
            found[position] += 1
            if listed[position].count < limit || listed[position].last.map({ chain.isMoreSevere(than: $0) }) == true {
                let place = listed[position].firstIndex { chain.isMoreSevere(than: $0) } ?? listed[position].count
                listed[position].insert(chain, at: place)
                if listed[position].count > limit { listed[position].removeLast() }
            }
        }
        // Knock-ons share arcs, so each arc's link is made once: one per knock-on step made
        // over a million of them on a big map.
        var links = [InteractionLink?](repeating: nil, count: arcs.count)
        func link(_ position: Int) -> InteractionLink {
            if let made = links[position] { return made }
            let made = context.link(arcs[position])
            links[position] = made
            return made
        }
        for position in pairs.indices where found[position] > 0 {
            let knockOns = listed[position].map { chain in
                KnockOn(path: chain.nodes.map { context.references[$0] }, links: chain.arcPositions.map(link),
                        step: chain.step, strength: chain.strength, severity: chain.severity)
            }
            outcome.knockOns[position] = (knockOns, found[position])
        }

        // Rank the bare chains and build conflicts only for those kept: big maps find many.
        // Only chains at least as severe as the last one kept can be kept, so only those get
        // the id that breaks ties: building the id of every chain was most of this step.
        let aloneChains = alone.values.map { chains[$0] }
        let severities = aloneChains.map(\.severityKey).sorted(by: >)
        let weakestKept = options.hiddenLimit == 0 || severities.isEmpty ? .infinity
            : severities[min(options.hiddenLimit, severities.count) - 1]
        let ranked = aloneChains.filter { $0.severityKey >= weakestKept }
            .map { (chain: $0, id: $0.id(items)) }
            .sorted { $0.chain.severityKey != $1.chain.severityKey ? $0.chain.severityKey > $1.chain.severityKey : $0.id < $1.id }
        outcome.conflicts = ranked.prefix(options.hiddenLimit).map(\.chain).map { chain in
            let chainArcs = chain.arcs(in: arcs)
            let links = chain.arcPositions.map(link)
            let restsOn = chainArcs.filter(\.effect.isUndermining).compactMap { arc in
                pairPosition[min(arc.from, arc.to) * count + max(arc.from, arc.to)].map { pairs[$0].conflict.id }
            }
            return Conflict(kind: .hidden, path: chain.nodes.map { context.references[$0] }, links: links,
                            strength: chain.strength, severity: chain.severity,
                            confidence: chainArcs.map(\.confidence).min() ?? .low,
                            lowConfidenceOnly: links.contains(where: \.restsOnLowConfidenceOnly),
                            involvement: context.involvement(of: chain.nodes, through: links),
                            restsOn: Array(Set(restsOn)).sorted())
        }
        return outcome
    }

    /// The strongest chain for each conflict step and ordered pair of ends, and whether the
    /// budget ran out.
    ///
    /// A depth-first search from each item in index order, every arc taken counting one step
    /// against the budget, written as three nested loops since chains have at most three arcs.
    /// The chains of one source are gathered by their step and end, then kept.
    private func chainSearch(_ options: ConflictOptions) -> (chains: [Chain], truncated: Bool) {
        // Arcs of nonzero effect leaving each item, by index into `arcs`, in their order.
        let outgoing = items.indices.map { index in
            self.outgoing[index].filter { arcs[$0].effect.sign != 0 }
        }
        // The items joined to the source either way, marked with the source's index: a chain
        // between them is not hidden.
        var joinedTo = [Int](repeating: -1, count: count)
        var chains: [Chain] = []
        var kept: [SourceKey: Int] = [:]  // this source's chains, by step and end, as positions in `chains`
        var steps = 0
        let budget = options.searchBudget, three = options.maxChainLength >= 3

        func consider(_ chain: Chain) {
            let key = SourceKey(step: chain.stepArc(in: arcs).pairKey(count), end: chain.end)
            if let position = kept[key] {
                if chain.isBetter(than: chains[position]) { chains[position] = chain }
            } else {
                kept[key] = chains.count
                chains.append(chain)
            }
        }

        for source in items.indices where !outgoing[source].isEmpty {
            kept.removeAll(keepingCapacity: true)
            for index in self.outgoing[source] { joinedTo[arcs[index].to] = source }
            for index in incoming[source] { joinedTo[arcs[index].from] = source }
            for firstIndex in outgoing[source] {
                let first = arcs[firstIndex]
                guard first.to != source else { continue }
                steps += 1
                if steps > budget { return (chains, true) }
                for secondIndex in outgoing[first.to] {
                    let second = arcs[secondIndex]
                    guard second.to != source, second.to != first.to else { continue }
                    steps += 1
                    if steps > budget { return (chains, true) }
                    if joinedTo[second.to] != source, first.effect.sign * second.effect.sign < 0 {
                        consider(Chain(first, firstIndex, second, secondIndex, nil))
                    }
                    guard three else { continue }
                    for thirdIndex in outgoing[second.to] {
                        let third = arcs[thirdIndex]
                        guard third.to != source, third.to != first.to, third.to != second.to else { continue }
                        steps += 1
                        if steps > budget { return (chains, true) }
                        if joinedTo[third.to] != source,
                           first.effect.sign * second.effect.sign * third.effect.sign < 0 {
                            consider(Chain(first, firstIndex, second, secondIndex, (third, thirdIndex)))
                        }
                    }
                }
            }
        }
        return (chains, false)
    }

    /// A chain's conflict step (by its pair key) and its end, for chains from one source.
    private struct SourceKey: Hashable {
        let step: Int, end: Int
    }
}

extension Arc {
    /// The key of its two items' unordered pair, `min · n + max` (``ArcPair/key(_:)``).
    func pairKey(_ count: Int) -> Int { min(from, to) * count + max(from, to) }
}
