extension PlaceGraph {
    /// The decision agenda seen from `asOf`: one entry per contract, in decide-by order.
    ///
    /// For each contract it gathers the conflicts it is party to (``Conflict/contracts``), the
    /// pair and cluster synergies involving it (``Synergy/contracts``), the other contracts of
    /// those synergies whose windows align (``Agenda/aligned(_:_:)``), and suggestions:
    /// - re-specify each objective of this contract that undermines another item in one of
    ///   its conflicts (at service level, the interactions as written in the map);
    /// - align with each other contract party to its conflicts, naming its window;
    /// - commission jointly with each contract of a cluster partner whose window aligns.
    ///
    /// - Parameters:
    ///   - asOf: the date windows and decide-by dates are judged from.
    ///   - within: when given, only contracts whose decide-by date falls on or before `asOf`
    ///     plus this span; overdue ones stay, since they are the most urgent.
    ///   - conflicts: findings from ``conflicts(_:)`` on this graph, ranked.
    ///   - synergies: findings from ``synergies(asOf:)`` on this graph, ranked.
    /// - Complexity: O(*c* · (*f* + *c*)) for *c* contracts and *f* findings.
    public func agenda(asOf: CalendarDate, within: CalendarSpan? = nil, conflicts: [Conflict],
                       synergies: [Synergy]) -> Agenda {
        agenda(from: timeline(asOf: asOf, within: within, conflicts: conflicts, synergies: synergies),
               conflicts: conflicts, synergies: synergies)
    }

    /// The agenda of a timeline already made from the same findings.
    func agenda(from timeline: Timeline, conflicts: [Conflict], synergies: [Synergy]) -> Agenda {
        let asOf = timeline.asOf, within = timeline.within
        // Positions rather than copies: a big map has tens of thousands of findings, each a
        // big value whose copy costs a reference count for every field.
        let conflictByID = Dictionary(conflicts.indices.map { (conflicts[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        let synergyByID = Dictionary(synergies.indices.map { (synergies[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        let order = DecisionOrder(timeline.entries.map(\.contract) + conflicts.flatMap(\.contracts),
                                  synergies: synergies, asOf: asOf)
        var entries: [Agenda.Entry] = [], quiet: [Agenda.Entry] = []
        for row in timeline.entries {
            let contract = row.contract
            let own = row.conflicts.compactMap { conflictByID[$0].map { conflicts[$0] } }
            let joined = row.synergies.compactMap { synergyByID[$0].map { synergies[$0] } }
            let aligned = alignedContracts(of: contract, window: row.window, in: joined, order: order)
            let entry = Agenda.Entry(
                contract: contract, window: row.window, conflicts: row.conflicts, synergies: row.synergies,
                aligned: aligned,
                suggestions: respecifications(of: contract, in: own) + alignments(of: contract, in: own, order: order)
                    + jointCommissioning(of: contract, window: row.window, in: joined, order: order))
            if entry.hasFindings { entries.append(entry) } else { quiet.append(entry) }
        }
        return Agenda(asOf: asOf, within: within, entries: entries, quiet: quiet, leftOut: timeline.leftOut)
    }

    /// The other contracts of `synergies` whose windows align with `window`, in decision order.
    private func alignedContracts(of contract: ContractReference, window: ContractWindow?, in synergies: [Synergy],
                                  order: DecisionOrder) -> [Agenda.AlignedContract] {
        guard let window else { return [] }
        let own = order.number(of: contract.id)
        var shared: [Int: [String]] = [:]
        for synergy in synergies {
            for other in order.numbers(of: synergy) where other != own {
                shared[other, default: []].append(synergy.id)
            }
        }
        return shared.keys.sorted().compactMap { other in
            guard let theirs = order.windows[other], Agenda.aligned(window, theirs) else { return nil }
            return Agenda.AlignedContract(contract: order.contracts[other], window: theirs, synergies: shared[other] ?? [])
        }
    }

    /// Re-specify each of the contract's items that undermines another item in its conflicts.
    private func respecifications(of contract: ContractReference, in conflicts: [Conflict]) -> [AgendaSuggestion] {
        var seen = Set<[String]>(), found: [AgendaSuggestion] = []
        for conflict in conflicts {
            for link in conflict.carryingLinks.flatMap(\.written)
            where link.effect.isUndermining && link.from.contractID == contract.id {
                guard seen.insert([link.from.id, link.to.id]).inserted else { continue }
                let target = link.to.contractID == contract.id ? nil : link.to.contractID
                found.append(.respecify(objective: link.from, target: link.to, targetContract: target, conflict: conflict.id))
            }
        }
        return found
    }

    /// Align with each other contract party to the same conflicts, in decision order.
    private func alignments(of contract: ContractReference, in conflicts: [Conflict], order: DecisionOrder) -> [AgendaSuggestion] {
        // By decision number: every conflict's contracts are numbered, in decision order.
        var shared: [Int: [String]] = [:]
        for conflict in conflicts {
            for other in conflict.contracts where other.id != contract.id {
                guard let number = order.number(of: other.id) else { continue }
                shared[number, default: []].append(conflict.id)
            }
        }
        return shared.keys.sorted().map { .align(contract: order.contracts[$0], window: order.windows[$0], conflicts: shared[$0] ?? []) }
    }

    /// Commission jointly with each contract of another service in the same cluster whose window aligns.
    private func jointCommissioning(of contract: ContractReference, window: ContractWindow?, in synergies: [Synergy],
                                    order: DecisionOrder) -> [AgendaSuggestion] {
        guard let window else { return [] }
        var seen = Set<Int>(), found: [AgendaSuggestion] = []
        for cluster in synergies where cluster.kind == .cluster {
            for partner in order.numbers(of: cluster)
            where order.contracts[partner].serviceID != contract.serviceID && seen.insert(partner).inserted {
                guard let theirs = order.windows[partner], Agenda.aligned(window, theirs) else { continue }
                found.append(.commissionJointly(contract: order.contracts[partner], window: theirs, cluster: cluster.id))
            }
        }
        return found
    }
}
