/// How much of a map a graph shows.
public enum DetailLevel: String, Sendable, Hashable, CaseIterable {
    /// Every service, contract and objective is an item.
    case objectives
    /// Services only: contracts and objectives are folded into the service they belong to.
    case services
}

extension PlaceGraph {
    /// The same place seen service to service, with reinforcing and undermining kept apart.
    ///
    /// The roll-up rule:
    /// - every contract and objective stands for the service it belongs to; spreadsheet
    ///   factors, which belong to no service, stay as they are;
    /// - the interactions from items of service A to items of service B become at most two
    ///   interactions A → B, one per sign, never netted: the reinforcing ones become one whose
    ///   effect is the strongest of theirs, and the undermining ones one whose effect is the
    ///   strongest of theirs, so a rolled-up effect never leaves the −3…+3 scale and a mixed
    ///   pair stays mixed;
    /// - interactions of effect 0 roll up into one `consistent` interaction only when A → B
    ///   has no signed one, so the mapped relationship stays visible;
    /// - inside one service, the undermining interactions become one self-interaction of the
    ///   service (its own contracts or objectives work against each other); reinforcing and
    ///   0 interactions inside a service are left out;
    /// - a rolled-up interaction's confidence is the highest among the members that carry its
    ///   effect (those of the strongest |effect|): the rolled-up effect stands as long as one
    ///   of them holds. Its `because` and `evidence` list the members', each distinct text
    ///   once, in alphabetical order;
    /// - a mutual interaction counts once in each direction.
    ///
    /// ``rolledUpFrom`` keeps, for each rolled-up interaction, the interactions it stands for,
    /// each written in the direction it runs (the reverse of a mutual one from its `to`).
    ///
    /// - Returns: `self` when the graph is already at service level.
    /// - Complexity: O(*m* log *m*) for *m* arcs.
    public func rolledUpToServices() -> PlaceGraph {
        guard level == .objectives else { return self }
        func owner(_ index: Int) -> String { items[index].serviceID ?? items[index].id }
        var groups: [Group: [Arc]] = [:]
        for arc in arcs {
            let from = owner(arc.from), to = owner(arc.to)
            let inside = from == to && items[arc.from].kind != .factor
            if inside && !arc.effect.isUndermining { continue }
            groups[Group(from: from, to: to, sign: arc.effect.sign), default: []].append(arc)
        }
        var interactions: [Interaction] = []
        var members: [[Interaction]] = []
        // Groups in id order, undermining first; arcs within a group are in arc order, by item ids.
        for (group, arcs) in groups.sorted(by: { $0.key < $1.key }) {
            if group.sign == 0, groups[Group(from: group.from, to: group.to, sign: -1)] != nil
                || groups[Group(from: group.from, to: group.to, sign: 1)] != nil { continue }
            let strongest = arcs.map(\.effect.magnitude).max() ?? 0
            guard let effect = Effect(Double(group.sign) * strongest) else { continue }
            let carriers = arcs.filter { $0.effect.magnitude == strongest }
            let directed = arcs.map(directedInteraction)
            // Sorted, so the roll-up reads the same whatever order the file lists things in.
            func joined(_ texts: [String?]) -> String? {
                let kept = Set(texts.compactMap { $0 }).sorted()
                return kept.isEmpty ? nil : kept.joined(separator: "; ")
            }
            interactions.append(Interaction(
                from: group.from, to: group.to, effect: effect, because: joined(directed.map(\.because)),
                evidence: joined(directed.map(\.evidence)),
                confidence: carriers.map(\.confidence).max() ?? .medium, mutual: false,
                location: directed.first?.location))
            members.append(directed)
        }
        let rolled = PlaceMap(place: map.place, services: map.services, factors: map.factors,
                              interactions: interactions)
        // Built from a checked map with at most one interaction per ordered pair and sign, so it
        // cannot fail; were it ever to, the graph as it is beats a trap.
        return PlaceGraph.build(from: rolled, level: .services, rolledUpFrom: members).graph ?? self
    }

    /// The graph at the given level of detail.
    public func at(_ level: DetailLevel) -> PlaceGraph {
        level == .services ? rolledUpToServices() : self
    }

    /// The interaction behind an arc, written in the arc's direction.
    func directedInteraction(_ arc: Arc) -> Interaction {
        let interaction = self.interaction(of: arc)
        guard arc.isMutualReverse else { return interaction }
        return Interaction(from: interaction.to, to: interaction.from, effect: interaction.effect,
                           because: interaction.because, evidence: interaction.evidence,
                           confidence: interaction.confidence, mutual: true, location: interaction.location)
    }

    /// One rolled-up interaction's key: its two ends and its sign.
    private struct Group: Hashable, Comparable {
        let from: String, to: String, sign: Int

        static func < (lhs: Group, rhs: Group) -> Bool { (lhs.from, lhs.to, lhs.sign) < (rhs.from, rhs.to, rhs.sign) }
    }
}
