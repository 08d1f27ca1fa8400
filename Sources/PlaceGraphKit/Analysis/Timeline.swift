/// Where a contract stands on a given date.
public enum ContractStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// The date lies on or before the end of the term.
    case running
    /// The term has ended and the date lies within the extension option.
    case onExtension = "on-extension"
    /// The term and any extension have both ended.
    case ended
    /// The map gives no end date.
    case undated
}

extension ContractReference {
    /// Where the contract stands on `date`.
    public func status(asOf date: CalendarDate) -> ContractStatus {
        guard let end else { return .undated }
        if date <= end { return .running }
        if let extensionEnd, date <= extensionEnd { return .onExtension }
        return .ended
    }

    /// The next date at which the contract can be changed, seen from `date`: its end while
    /// running, its extension's end while on extension, and `date` itself once both have
    /// passed (it can be changed now); `nil` when undated.
    public func nextWindow(asOf date: CalendarDate) -> CalendarDate? {
        switch status(asOf: date) {
        case .running: end
        case .onExtension: extensionEnd
        case .ended: date
        case .undated: nil
        }
    }
}

/// The map's contracts by end date, and what each re-procurement could fix or join:
/// "what can we change at the next window".
public struct Timeline: Sendable, Hashable {
    /// One contract's row.
    public struct Entry: Sendable, Hashable, Identifiable {
        public let contract: ContractReference
        public var id: String { contract.id }
        public let status: ContractStatus
        /// Days from the timeline's date to the end of the term; negative once it has ended.
        public let daysUntilEnd: Int?
        /// Days from the timeline's date to the end of the extension option, when there is one.
        public let daysUntilExtensionEnd: Int?
        /// See ``ContractReference/nextWindow(asOf:)``.
        public let nextWindow: CalendarDate?
        /// Ids of the conflicts this contract takes part in, in conflict rank order: changing
        /// the contract at re-procurement is a chance to address them.
        public let conflicts: [String]
        /// Ids of the synergies this contract takes part in (for a cluster, any contract of its
        /// services), in synergy order.
        public let synergies: [String]
    }

    /// The date the timeline is seen from.
    public let asOf: CalendarDate
    /// Every contract, by end date (undated last), then by id.
    public let entries: [Entry]

    public static let info = AnalysisInfo(
        id: "timeline",
        title: "Contract timeline",
        summary: "Lists contracts by end date with the conflicts each re-procurement could fix and the synergies it could join.",
        citation: "No published method: contract terms and extension options as written in the map")
}

extension PlaceGraph {
    /// The timeline of the map's contracts seen from `asOf`, linked to the given findings.
    ///
    /// - Parameters:
    ///   - asOf: the date contract status and next windows are judged from.
    ///   - conflicts: findings from ``conflicts(_:)`` on this graph.
    ///   - synergies: findings from ``synergies(asOf:)`` on this graph.
    /// - Complexity: O(*c* · (*f* + log *c*)) for *c* contracts and *f* findings.
    public func timeline(asOf: CalendarDate, conflicts: [Conflict], synergies: [Synergy]) -> Timeline {
        let contracts = map.services.flatMap { service in service.contracts.map { ContractReference($0, of: service) } }
            .sorted(by: ContractReference.byEnd)
        let entries = contracts.map { contract in
            Timeline.Entry(
                contract: contract, status: contract.status(asOf: asOf),
                daysUntilEnd: contract.end.map { asOf.days(until: $0) },
                daysUntilExtensionEnd: contract.extensionEnd.map { asOf.days(until: $0) },
                nextWindow: contract.nextWindow(asOf: asOf),
                conflicts: conflicts.filter { $0.contracts.contains { $0.id == contract.id } }.map(\.id),
                synergies: synergies.filter { $0.contracts.contains { $0.id == contract.id } }.map(\.id))
        }
        return Timeline(asOf: asOf, entries: entries)
    }

    /// The timeline seen from `asOf`, with conflicts and synergies found with default options.
    public func timeline(asOf: CalendarDate) -> Timeline {
        timeline(asOf: asOf, conflicts: conflicts().conflicts, synergies: synergies(asOf: asOf).synergies)
    }
}
