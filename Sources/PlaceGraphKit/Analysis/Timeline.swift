/// Where a contract stands on a given date.
public enum ContractStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// The date lies on or before the end of the term.
    case running
    /// The term has ended and the date lies within an extension option.
    case onExtension = "on-extension"
    /// The term and every extension option have ended.
    case ended
    /// The map gives no end date.
    case undated
}

/// The map's contracts in the order their decisions fall due, and what each re-procurement
/// could fix or join: "what can we change at the next window".
public struct Timeline: Sendable, Hashable {
    /// One contract's row.
    public struct Entry: Sendable, Hashable, Identifiable {
        public let contract: ContractReference
        public var id: String { contract.id }
        public let status: ContractStatus
        /// Days from the timeline's date to the end of the term; negative once it has ended.
        public let daysUntilEnd: Int?
        /// Days from the timeline's date to the end of the last extension option, when there is one.
        public let daysUntilExtensionEnd: Int?
        /// The contract's window and decide-by date (``ContractReference/window(asOf:)``);
        /// `nil` when undated.
        public let window: ContractWindow?
        /// Ids of the conflicts this contract takes part in, in conflict rank order: changing
        /// the contract at re-procurement is a chance to address them.
        public let conflicts: [String]
        /// Ids of the synergies this contract takes part in (for a cluster, any contract of its
        /// services), in synergy order.
        public let synergies: [String]
    }

    /// The date the timeline is seen from.
    public let asOf: CalendarDate
    /// The span decisions were limited to, when one was given.
    public let within: CalendarSpan?
    /// The contracts listed: by decide-by date (undated last), then window, then id; with
    /// ``within``, only those whose decision falls by ``horizon``, overdue ones included.
    public let entries: [Entry]
    /// How many contracts ``within`` left out: undated, or deciding after ``horizon``.
    public let leftOut: Int

    /// The last decide-by date listed: ``asOf`` plus ``within``; `nil` without a span.
    public var horizon: CalendarDate? { within.map { $0.after(asOf) } }

    public static let info = AnalysisInfo(
        id: "timeline",
        title: "Contract timeline",
        summary: "Lists contracts by the date their re-procurement decision falls due, with the conflicts each could fix and the synergies it could join.",
        citation: "No published method: contract terms, extension options and lead times as written in the map")
}

extension PlaceGraph {
    /// The timeline of the map's contracts seen from `asOf`, linked to the given findings.
    ///
    /// - Parameters:
    ///   - asOf: the date windows, decide-by dates and status are judged from.
    ///   - within: when given, only contracts whose decide-by date falls on or before `asOf`
    ///     plus this span are listed; overdue decisions are the most urgent, so they stay.
    ///   - conflicts: findings from ``conflicts(_:)`` on this graph.
    ///   - synergies: findings from ``synergies(asOf:)`` on this graph.
    /// - Complexity: O(*c* log *c* + *f* · *k*) for *c* contracts and *f* findings of at most *k*
    ///   contracts each.
    public func timeline(asOf: CalendarDate, within: CalendarSpan? = nil, conflicts: [Conflict],
                         synergies: [Synergy]) -> Timeline {
        let all = contractReferences().sorted(by: ContractReference.byDecision(asOf: asOf))
        let horizon = within.map { $0.after(asOf) }
        let listed = all.filter { contract in
            guard let horizon else { return true }
            return contract.window(asOf: asOf).map { $0.decideBy <= horizon } ?? false
        }
        // One pass over the findings, in their rank order, gathers each contract's.
        var conflictsOf: [String: [String]] = [:], synergiesOf: [String: [String]] = [:]
        for conflict in conflicts {
            for contract in conflict.contracts { conflictsOf[contract.id, default: []].append(conflict.id) }
        }
        for synergy in synergies {
            for contract in synergy.contracts { synergiesOf[contract.id, default: []].append(synergy.id) }
        }
        let entries = listed.map { contract in
            Timeline.Entry(
                contract: contract, status: contract.status(asOf: asOf),
                daysUntilEnd: contract.end.map { asOf.days(until: $0) },
                daysUntilExtensionEnd: contract.extensionEnd.map { asOf.days(until: $0) },
                window: contract.window(asOf: asOf),
                conflicts: conflictsOf[contract.id] ?? [], synergies: synergiesOf[contract.id] ?? [])
        }
        return Timeline(asOf: asOf, within: within, entries: entries, leftOut: all.count - listed.count)
    }

    /// The timeline seen from `asOf`, with conflicts and synergies found with default options.
    public func timeline(asOf: CalendarDate, within: CalendarSpan? = nil) -> Timeline {
        timeline(asOf: asOf, within: within, conflicts: conflicts().conflicts,
                 synergies: synergies(asOf: asOf).synergies)
    }

    /// Every contract of the map, in file order, with its lead time resolved.
    func contractReferences() -> [ContractReference] {
        map.services.flatMap { service in service.contracts.map { ContractReference($0, of: service, in: map.place) } }
    }
}
