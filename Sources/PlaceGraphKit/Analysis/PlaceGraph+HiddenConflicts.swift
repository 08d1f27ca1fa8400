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
        var standing: [Int: Chain] = [:]
        for chain in search.chains.values {
            guard !joined(chain) else { continue }
            let ends = min(chain.start, chain.end) * count + max(chain.start, chain.end)
            if standing[ends].map({ chain.isBetter(than: $0) }) ?? true { standing[ends] = chain }
        }
        let alone = standing.filter { $0.value.strength >= Conflict.hiddenThreshold - 1e-9 }
        outcome.found = alone.count
        // Each conflict keeps only the knock-ons it lists, its most severe, and a count: big
        // maps find hundreds of thousands, and sorting them all was most of the work. The order
        // is total, so the ones kept are those a full sort would put first.
        let limit = options.knockOnLimit
        var knockOns: [Int: (listed: [Chain], count: Int)] = [:]
        for (key, chain) in search.chains {
            guard alone[min(chain.start, chain.end) * count + max(chain.start, chain.end)] == nil,
                  let position = pairPosition[key.step] else { continue }
            // Its ends are joined by no pair conflict, yet it does not stand alone: it is too weak.
            if !joined(chain) { outcome.belowThreshold += 1 }
            // Taken out and put back, so the list is never shared while it changes.
            var entry = knockOns.removeValue(forKey: position) ?? ([], 0)
            entry.count += 1
            if entry.listed.count < limit || entry.listed.last.map({ chain.isMoreSevere(than: $0) }) == true {
                let place = entry.listed.firstIndex { chain.isMoreSevere(than: $0) } ?? entry.listed.count
                entry.listed.insert(chain, at: place)
                if entry.listed.count > limit { entry.listed.removeLast() }
            }
            knockOns[position] = entry
        }
        for (position, found) in knockOns {
            let listed = found.listed.map { chain in
                KnockOn(path: chain.nodes.map { context.references[$0] }, links: chain.arcs.map(context.link),
                        step: chain.step, strength: chain.strength, severity: chain.severity)
            }
            outcome.knockOns[position] = (listed, found.count)
        }

        // Rank the bare chains and build conflicts only for those kept: big maps find many.
        // Keys made once per chain: a comparison that built the id string each time was most
        // of the cost of analysing a big map.
        let ranked = alone.values.map { (chain: $0, severity: ($0.severity * 1e9).rounded(), id: $0.id(items)) }.sorted {
            $0.severity != $1.severity ? $0.severity > $1.severity : $0.id < $1.id  // the order of the conflict ids
        }
        outcome.conflicts = ranked.prefix(options.hiddenLimit).map(\.chain).map { chain in
            let links = chain.arcs.map(context.link)
            let restsOn = chain.arcs.filter(\.effect.isUndermining).compactMap { arc in
                pairPosition[min(arc.from, arc.to) * count + max(arc.from, arc.to)].map { pairs[$0].conflict.id }
            }
            return Conflict(kind: .hidden, path: chain.nodes.map { context.references[$0] }, links: links,
                            strength: chain.strength, severity: chain.severity,
                            confidence: chain.arcs.map(\.confidence).min() ?? .low,
                            lowConfidenceOnly: links.contains(where: \.restsOnLowConfidenceOnly),
                            involvement: context.involvement(of: chain.nodes, through: links),
                            restsOn: Array(Set(restsOn)).sorted())
        }
        return outcome
    }

    /// The strongest chain for each conflict step and ordered pair of ends, and whether the
    /// budget ran out.
    private func chainSearch(_ options: ConflictOptions) -> (chains: [ChainKey: Chain], truncated: Bool) {
        let outgoing = items.indices.map { outgoingArcs(of: $0).filter { $0.effect.sign != 0 } }
        var adjacent = Set<Int>()
        for arc in arcs { adjacent.insert(arc.from * count + arc.to); adjacent.insert(arc.to * count + arc.from) }
        var best: [ChainKey: Chain] = [:]
        var steps = 0, truncated = false
        var path: [Arc] = [], onPath = [Bool](repeating: false, count: count)

        func extend(from source: Int) {
            let last = path.last?.to ?? source
            for arc in outgoing[last] where !onPath[arc.to] {
                steps += 1
                if steps > options.searchBudget { truncated = true; return }
                path.append(arc)
                onPath[arc.to] = true
                defer { path.removeLast(); onPath[arc.to] = false }
                if path.count >= 2, !adjacent.contains(source * count + arc.to),
                   path.reduce(1, { $0 * $1.effect.sign }) < 0 {
                    let chain = Chain(path)
                    let key = ChainKey(step: chain.stepKey(count), start: source, end: arc.to)
                    if best[key].map({ chain.isBetter(than: $0) }) ?? true { best[key] = chain }
                }
                if path.count < options.maxChainLength { extend(from: source) }
                if truncated { return }
            }
        }
        for source in items.indices where !outgoing[source].isEmpty && !truncated {
            onPath[source] = true
            extend(from: source)
            onPath[source] = false
        }
        return (best, truncated)
    }

    /// A chain's conflict step (by its pair key) and its two ends.
    struct ChainKey: Hashable {
        let step: Int, start: Int, end: Int
    }
}
