extension PlaceGraph {
    /// Every synergy in the map: direct and mutual reinforcement between items, and clusters
    /// of services bound together by reinforcing interactions.
    ///
    /// - A pair whose interactions all reinforce is one synergy: `mutual` when both ways
    ///   (strength = the sum of the two effects), `direct` otherwise (strength = the effect).
    ///   A pair with any undermining interaction (a trade-off, or at service level a mixed
    ///   pair) is a conflict, not a synergy; a self-interaction is never a synergy. Its
    ///   contracts are those of the items its interactions join, as written in the map.
    /// - Clusters come from the Louvain method (Blondel et al. 2008, see `Louvain`) on the
    ///   undirected reinforcing network between services: the weight between two services is
    ///   the sum of the effects of all reinforcing interactions between their items (both ways;
    ///   at service level, of the original interactions behind each rolled-up one), and
    ///   interactions inside one service are left out. Each community of two or more services
    ///   is a cluster whose strength is the total weight inside it. Spreadsheet factors, which
    ///   belong to no service, take part as themselves.
    /// - A cluster has an ``AlignedWindow`` when every service in it that has dated contracts
    ///   has one whose window opens (``ContractReference/nextWindow(asOf:)``) within the
    ///   same 12 months, and at least two services do; the earliest such span is given.
    ///   Services with no contracts (delivered in house) are not waited for.
    ///
    /// - Parameter asOf: the date next windows are judged from; nothing else depends on it.
    /// - Complexity: O(*m* + *s*² + *L*) for *m* arcs, *s* services and *L* the Louvain work.
    public func synergies(asOf: CalendarDate) -> SynergyAnalysis {
        let context = FindingContext(self)
        var synergies: [Synergy] = []
        for pair in arcPairs() where pair.from != pair.to {
            guard pair.arcs.allSatisfy({ !$0.effect.isUndermining }) else { continue }
            let reinforcing = pair.arcs.filter(\.effect.isReinforcing)
            guard let main = reinforcing.first else { continue }
            let links = reinforcing.map(context.link)
            let bothWays = Set(reinforcing.map(\.from)).count == 2
            synergies.append(Synergy(
                kind: bothWays ? .mutual : .direct,
                items: [main.from, main.to].map { context.references[$0] }, links: links,
                strength: reinforcing.reduce(0) { $0 + $1.effect.value },
                involvement: context.involvement(of: [main.from, main.to], through: links)))
        }
        let clusters = serviceClusters(context: context, asOf: asOf)
        synergies += clusters.synergies
        synergies = Synergy.ranked(synergies)
        return SynergyAnalysis(synergies: synergies, modularity: clusters.modularity, asOf: asOf)
    }

    /// Louvain clusters of the reinforcing network between services.
    private func serviceClusters(context: FindingContext, asOf: CalendarDate)
        -> (synergies: [Synergy], modularity: Double) {
        // Each item stands for its service; a spreadsheet factor stands for itself.
        let units = Set(items.map { $0.serviceID ?? $0.id }).sorted()
        var position: [String: Int] = [:]
        for (index, id) in units.enumerated() { position[id] = index }
        let unit = items.map { position[$0.serviceID ?? $0.id] ?? 0 }
        var weights: [Int: Double] = [:]  // key a·n + b with a < b
        for arc in arcs {
            let a = unit[arc.from], b = unit[arc.to]
            guard a != b else { continue }
            let effects = level == .services && !rolledUpFrom.isEmpty
                ? rolledUpFrom[arc.interaction].map(\.effect.value) : [arc.effect.value]
            let reinforcing = effects.filter { $0 > 0 }.reduce(0, +)
            if reinforcing > 0 { weights[min(a, b) * units.count + max(a, b), default: 0] += reinforcing }
        }
        let edges = weights.sorted { $0.key < $1.key }.map { ($0.key / units.count, $0.key % units.count, $0.value) }
        let result = Louvain(nodeCount: units.count, edges: edges).communities()

        var clusters: [Synergy] = []
        for community in result.communities where community.count >= 2 {
            let members = Set(community)
            let strength = edges.filter { members.contains($0.0) && members.contains($0.1) }.reduce(0) { $0 + $1.2 }
            let memberIDs = community.map { units[$0] }
            let links = arcs.filter {
                $0.effect.isReinforcing && unit[$0.from] != unit[$0.to] && members.contains(unit[$0.from])
                    && members.contains(unit[$0.to])
            }.map(context.link)
            let services = self.services(withIDs: memberIDs)
            let contracts = services.flatMap { context.contracts(ofService: $0.id) }.sorted(by: ContractReference.byEnd)
            let involvement = FindingContext.Involvement(
                services: services.map(\.id), owners: Set(services.compactMap(\.owner)).sorted(),
                contracts: contracts, suppliers: Set(contracts.compactMap(\.supplier)).sorted())
            clusters.append(Synergy(
                kind: .cluster, items: memberIDs.compactMap { index(of: $0).map { context.references[$0] } }, links: links,
                strength: strength, involvement: involvement,
                alignedWindow: AlignedWindow.earliest(in: contracts, asOf: asOf)))
        }
        return (clusters, result.modularity)
    }

    /// The map's services with these ids, in id order.
    private func services(withIDs ids: [String]) -> [Service] {
        let wanted = Set(ids)
        return map.services.filter { wanted.contains($0.id) }.sorted { $0.id < $1.id }
    }
}

extension AlignedWindow {
    /// The earliest 12-month span holding a next window of every contracted service among
    /// `contracts`, when at least two services have dated contracts.
    ///
    /// - Complexity: O(*c*²) for *c* contracts.
    static func earliest(in contracts: [ContractReference], asOf: CalendarDate) -> AlignedWindow? {
        let dated = contracts.compactMap { contract in contract.nextWindow(asOf: asOf).map { (date: $0, contract: contract) } }
            .sorted { ($0.date, $0.contract.id) < ($1.date, $1.contract.id) }
        let contracted = Set(dated.map(\.contract.serviceID))
        guard contracted.count >= 2 else { return nil }
        for start in dated {
            let limit = start.date.adding(months: 12)
            let inside = dated.filter { $0.date >= start.date && $0.date <= limit }
            if Set(inside.map(\.contract.serviceID)) == contracted {
                return AlignedWindow(from: start.date, to: inside.last?.date ?? start.date, contracts: inside.map(\.contract.id))
            }
        }
        return nil
    }
}
