extension MapDiff {
    /// Compares two versions and their analyses, which must be at the same level and date.
    public init(old: PlaceMap, new: PlaceMap, before: PlaceAnalysis, after: PlaceAnalysis) {
        map = MapComparison(old: old, new: new)
        level = after.level
        asOf = after.asOf
        let oldConflicts = before.conflicts.conflicts, newConflicts = after.conflicts.conflicts
        let oldByKey = Self.keyed(oldConflicts), newByKey = Self.keyed(newConflicts)
        introducedConflicts = newConflicts.filter { oldByKey[Self.key($0)] == nil }
        resolvedConflicts = oldConflicts.filter { newByKey[Self.key($0)] == nil }
        changedConflicts = newConflicts.compactMap { conflict in
            guard let previous = oldByKey[Self.key(conflict)], Self.differs(previous, conflict) else { return nil }
            return ConflictChange(old: previous, new: conflict)
        }
        func isContradiction(_ conflict: Conflict?) -> Bool { conflict?.kind == .contractContradiction }
        introducedContradictions = newConflicts.filter {
            $0.kind == .contractContradiction && !isContradiction(oldByKey[Self.key($0)])
        }
        resolvedContradictions = oldConflicts.filter {
            $0.kind == .contractContradiction && !isContradiction(newByKey[Self.key($0)])
        }
        agenda = Self.agendaMoves(before.agenda, after.agenda)
        if let old = before.loops, let new = after.loops {
            let oldLoops = Set(old.loops.map(\.items)), newLoops = Set(new.loops.map(\.items))
            loops = LoopChange(gained: new.loops.filter { !oldLoops.contains($0.items) },
                               lost: old.loops.filter { !newLoops.contains($0.items) },
                               oldCount: old.count, newCount: new.count, truncated: old.truncated || new.truncated)
        } else {
            loops = nil
        }
        balance = zip(before.balance, after.balance).map {
            BalanceChange(old: $0.0, new: $0.1, timeLimit: after.options.balanceTimeLimit)
        }
    }

    /// A pair conflict by its unordered pair; a hidden one by its ends in order.
    static func key(_ conflict: Conflict) -> String {
        let (from, to) = (conflict.from.id, conflict.to.id)
        return conflict.kind == .hidden ? "hidden\u{0}\(from)\u{0}\(to)" : "pair\u{0}\(min(from, to))\u{0}\(max(from, to))"
    }

    private static func keyed(_ conflicts: [Conflict]) -> [String: Conflict] {
        Dictionary(conflicts.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// True when a matched conflict changed in a way a reader would notice.
    private static func differs(_ old: Conflict, _ new: Conflict) -> Bool {
        old.kind != new.kind || (old.severity * 1e9).rounded() != (new.severity * 1e9).rounded()
            || old.effects != new.effects || old.knockOnCount != new.knockOnCount || old.id != new.id
    }

    /// Every contract whose agenda entry was added, dropped, or moved or changed its conflicts.
    private static func agendaMoves(_ old: Agenda, _ new: Agenda) -> [AgendaMove] {
        func index(_ agenda: Agenda) -> [String: (entry: Agenda.Entry, listed: Bool)] {
            var index: [String: (Agenda.Entry, Bool)] = [:]
            for entry in agenda.quiet { index[entry.id] = (entry, false) }
            for entry in agenda.entries { index[entry.id] = (entry, true) }
            return index
        }
        let before = index(old), after = index(new)
        return Set(before.keys).union(after.keys).sorted().compactMap { id in
            let was = before[id], now = after[id]
            let listedBefore = was?.listed ?? false, listedAfter = now?.listed ?? false
            guard listedBefore || listedAfter else { return nil }
            let oldConflicts = Set(was?.entry.conflicts ?? []), newConflicts = Set(now?.entry.conflicts ?? [])
            let oldDate = was?.entry.window?.decideBy, newDate = now?.entry.window?.decideBy
            let change: AgendaMove.Change
            if !listedBefore { change = .added }
            else if !listedAfter { change = .dropped }
            else if oldDate != newDate || oldConflicts != newConflicts { change = .changed }
            else { return nil }
            return AgendaMove(contract: id, change: change, oldDecideBy: oldDate, newDecideBy: newDate,
                              conflictsGained: newConflicts.subtracting(oldConflicts).sorted(),
                              conflictsLost: oldConflicts.subtracting(newConflicts).sorted())
        }
    }
}

/// Both values, when both are there.
private func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
