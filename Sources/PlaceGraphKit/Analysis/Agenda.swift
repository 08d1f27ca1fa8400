/// The decisions a strategy team faces, one per contract window, in the order they fall due:
/// what each re-procurement could fix, what it could join, and what the team could change.
public struct Agenda: Sendable, Hashable {
    /// One contract's decision.
    public struct Entry: Sendable, Hashable, Identifiable {
        public let contract: ContractReference
        public var id: String { contract.id }
        /// The contract's window and decide-by date; `nil` when the map gives no end date.
        public let window: ContractWindow?
        /// Ids of the conflicts the contract is party to, in conflict rank order.
        public let conflicts: [String]
        /// Ids of the synergies a joint re-commissioning would capture: the pairs and clusters
        /// involving the contract, in synergy order.
        public let synergies: [String]
        /// The other contracts of those synergies whose windows align with this one's.
        public let aligned: [AlignedContract]
        /// What the team could change at this window.
        public let suggestions: [AgendaSuggestion]

        /// True when the entry has a conflict to address or a synergy to capture.
        public var hasFindings: Bool { !conflicts.isEmpty || !synergies.isEmpty }
    }

    /// Another contract whose window opens within ``Agenda/alignment`` of an entry's, and the
    /// synergies the two share.
    public struct AlignedContract: Sendable, Hashable {
        public let contract: ContractReference
        public let window: ContractWindow
        public let synergies: [String]
    }

    /// The date the agenda is seen from.
    public let asOf: CalendarDate
    /// The span decisions were limited to, when one was given.
    public let within: CalendarSpan?
    /// The contracts with a conflict to address or a synergy to capture: by decide-by date
    /// (undated last), then window, then id.
    public let entries: [Entry]
    /// The contracts with nothing to act on, in the same order, listed so none is dropped silently.
    public let quiet: [Entry]
    /// How many contracts ``within`` left out: undated, or deciding later.
    public let leftOut: Int

    /// How close two windows must open to count as aligned: 12 months, one budget year and the
    /// span of a cluster's aligned window.
    public static let alignment = CalendarSpan(count: 12, unit: .months)!

    /// True when the later of two windows opens no more than ``alignment`` after the earlier.
    public static func aligned(_ first: ContractWindow, _ second: ContractWindow) -> Bool {
        let (early, late) = first.opens <= second.opens ? (first, second) : (second, first)
        return late.opens <= alignment.after(early.opens)
    }

    public static let info = AnalysisInfo(
        id: "agenda",
        title: "Decision agenda",
        summary: "Lists each contract's window in the order its decision falls due, with the conflicts it could fix, "
            + "the synergies a joint re-commissioning would capture, and what the team could change.",
        citation: "No published method: contract windows and lead times as written in the map, joined to the "
            + "conflicts and synergies found")
}

/// Something a team could change at a contract's window.
public enum AgendaSuggestion: Sendable, Hashable {
    /// Re-specify `objective`, of the entry's contract, which undermines `target` (of the
    /// contract `targetContract`, when it belongs to one), in the conflict `conflict`.
    case respecify(objective: ItemReference, target: ItemReference, targetContract: String?, conflict: String)
    /// Align the change with `contract`, party to the same conflicts, whose window is `window`.
    case align(contract: ContractReference, window: ContractWindow?, conflicts: [String])
    /// Commission jointly with `contract`, a partner in the cluster `cluster` whose window aligns.
    case commissionJointly(contract: ContractReference, window: ContractWindow, cluster: String)
}
