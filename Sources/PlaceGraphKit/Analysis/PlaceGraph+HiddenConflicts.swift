extension PlaceGraph {
    /// Conflicts between items with no interaction either way, carried by a chain of two or
    /// three interactions whose signs multiply to undermining.
    ///
    /// A chain A → B → C where A undermines B and B reinforces C (or A reinforces B and B
    /// undermines C) works against C although nobody mapped A against C. For each ordered pair
    /// the strongest chain is kept; its strength is the product of the chain's |effects|
    /// divided by 3 for each extra step, `Π|eᵢ| / 3^(k−1)` for a chain of *k* interactions, so
    /// it stays on the 0…3 effect scale and a longer chain counts for less. Severity is the
    /// strength × the lowest confidence weight along the chain. Ties go to the shorter chain,
    /// then to the chain whose ids come first.
    ///
    /// The search is bounded: it starts only from items with outgoing interactions, follows
    /// simple paths of at most ``ConflictOptions/maxChainLength`` interactions, skips
    /// interactions of effect 0, skips pairs joined directly (either way), keeps one chain per
    /// ordered pair, stops after ``ConflictOptions/searchBudget`` steps (and says so), and
    /// returns the ``ConflictOptions/hiddenLimit`` most severe.
    ///
    /// - Returns: the kept conflicts, how many pairs had a hidden conflict, and whether the
    ///   budget ran out.
    /// - Complexity: O(*n* · *d*^*k*) for *n* items of out-degree at most *d* and chains of *k*
    ///   interactions, capped by the budget.
    func hiddenConflicts(_ options: ConflictOptions, context: FindingContext)
        -> (conflicts: [Conflict], found: Int, truncated: Bool) {
        let outgoing = items.indices.map { outgoingArcs(of: $0).filter { $0.effect.sign != 0 } }
        var joined = Set<Int>()
        for arc in arcs { joined.insert(arc.from * count + arc.to); joined.insert(arc.to * count + arc.from) }
        var best: [Int: Chain] = [:]
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
                if path.count >= 2, !joined.contains(source * count + arc.to),
                   path.reduce(1, { $0 * $1.effect.sign }) < 0 {
                    let chain = Chain(path)
                    let key = source * count + arc.to
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

        // Rank the bare chains and build conflicts only for those kept: big maps find many.
        let ranked = best.values.map { chain -> (chain: Chain, severity: Double, id: String) in
            (chain, chain.strength * (chain.arcs.map(\.confidence).min() ?? .low).weight,
             "\(items[chain.arcs[0].from].id)>\(items[chain.arcs[chain.arcs.count - 1].to].id)")
        }.sorted {
            let left = ($0.severity * 1e9).rounded(), right = ($1.severity * 1e9).rounded()
            return left != right ? left > right : $0.id < $1.id  // the order of the conflict ids
        }
        let conflicts = ranked.prefix(options.hiddenLimit).map { entry in
            let chain = entry.chain
            let nodes = [chain.arcs[0].from] + chain.arcs.map(\.to)
            return Conflict(kind: .hidden, path: nodes.map { context.references[$0] },
                            links: chain.arcs.map(context.link), strength: chain.strength,
                            severity: entry.severity, confidence: chain.arcs.map(\.confidence).min() ?? .low,
                            involvement: context.involvement(of: nodes))
        }
        return (conflicts, ranked.count, truncated)
    }

    /// A candidate chain and its strength.
    private struct Chain {
        let arcs: [Arc]
        let strength: Double

        init(_ arcs: [Arc]) {
            self.arcs = arcs
            var divisor = 1.0
            for _ in 1..<arcs.count { divisor *= 3 }
            strength = arcs.reduce(1.0) { $0 * $1.effect.magnitude } / divisor
        }

        /// Stronger first, then shorter, then by the item indices along it (which follow ids).
        func isBetter(than other: Chain) -> Bool {
            let mine = (strength * 1e9).rounded(), theirs = (other.strength * 1e9).rounded()
            if mine != theirs { return mine > theirs }
            if arcs.count != other.arcs.count { return arcs.count < other.arcs.count }
            return arcs.map(\.to).lexicographicallyPrecedes(other.arcs.map(\.to))
        }
    }
}
