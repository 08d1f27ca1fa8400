/// How much of a map a graph shows.
public enum DetailLevel: String, Sendable, Hashable, CaseIterable {
    /// Every service, contract and objective is an item.
    case objectives
    /// Services only: contracts and objectives are folded into the service they belong to.
    case services
}

extension PlaceGraph {
    /// The same place seen service to service.
    ///
    /// The roll-up rule:
    /// - every contract and objective stands for the service it belongs to; spreadsheet
    ///   factors, which belong to no service, stay as they are;
    /// - all interactions from items of service A to items of service B become one interaction
    ///   A → B whose effect is the sum of theirs, clamped to −3…+3. Effects that cancel out give
    ///   an effect of 0 (`consistent`), kept so that the mixed relationship stays visible;
    /// - its confidence is the lowest of theirs, and its `because` and `evidence` list theirs,
    ///   each distinct text once, in alphabetical order;
    /// - interactions inside one service are left out of the service-level view;
    /// - a mutual interaction counts once in each direction.
    ///
    /// ``rolledUpFrom`` keeps, for each rolled-up interaction, the ones it stands for.
    ///
    /// - Returns: `self` when the graph is already at service level.
    /// - Complexity: O(*m* log *m*) for *m* arcs.
    public func rolledUpToServices() -> PlaceGraph {
        guard level == .objectives else { return self }
        func owner(_ index: Int) -> String { items[index].serviceID ?? items[index].id }
        var groups: [String: [String: [Arc]]] = [:]
        for arc in arcs {
            let from = owner(arc.from), to = owner(arc.to)
            if from == to && (items[arc.from].kind != .factor) { continue }
            groups[from, default: [:]][to, default: []].append(arc)
        }
        var interactions: [Interaction] = []
        var members: [[Interaction]] = []
        for (from, targets) in groups.sorted(by: { $0.key < $1.key }) {
            // Each group is in arc order, by item ids, whatever the file order.
            for (to, group) in targets.sorted(by: { $0.key < $1.key }) {
                let total = group.reduce(0.0) { $0 + $1.effect.value }
                // A sum of finite effects is finite, so the clamped value is always an effect.
                guard let effect = Effect(min(3, max(-3, total))) else { continue }
                let originals = group.map { interaction(of: $0) }
                // Sorted, so the roll-up reads the same whatever order the file lists things in.
                func joined(_ texts: [String?]) -> String? {
                    let kept = Set(texts.compactMap { $0 }).sorted()
                    return kept.isEmpty ? nil : kept.joined(separator: "; ")
                }
                interactions.append(Interaction(
                    from: from, to: to, effect: effect, because: joined(originals.map(\.because)),
                    evidence: joined(originals.map(\.evidence)),
                    confidence: group.map(\.confidence).min() ?? .medium, mutual: false,
                    location: originals.first?.location))
                members.append(originals)
            }
        }
        let rolled = PlaceMap(place: map.place, services: map.services, factors: map.factors,
                              interactions: interactions)
        // Built from a checked map with one interaction per ordered pair, so it cannot fail; were
        // it ever to, the graph as it is beats a trap.
        return PlaceGraph.build(from: rolled, level: .services, rolledUpFrom: members).graph ?? self
    }

    /// The graph at the given level of detail.
    public func at(_ level: DetailLevel) -> PlaceGraph {
        level == .services ? rolledUpToServices() : self
    }
}
