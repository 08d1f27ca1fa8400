/// What changed between two versions of a map and what that does: the changes as written
/// (``map``), then the findings they add, take away or move, from the two versions' analyses.
///
/// Conflicts are matched by their item pair (a hidden conflict by its two ends in order), so a
/// conflict whose severity, kind or knock-ons change is ``changedConflicts``, not resolved plus
/// introduced. Contract contradictions are the conflicts of that kind, matched the same way.
public struct MapDiff: Sendable {
    /// A conflict found in both versions that differs: in kind, severity or knock-ons.
    public struct ConflictChange: Sendable, Hashable {
        public let old: Conflict
        public let new: Conflict
    }

    /// How a contract's place on the decision agenda changed.
    public struct AgendaMove: Sendable, Hashable {
        public enum Change: String, Sendable, Hashable, CaseIterable {
            /// The contract joined the agenda: it now has something to act on.
            case added
            /// The contract left the agenda: nothing to act on, or the contract is gone.
            case dropped
            /// The contract stays on the agenda with another decide-by date or other conflicts.
            case changed
        }

        public let contract: String
        public let change: Change
        /// The decide-by dates before and after; `nil` where the contract had none.
        public let oldDecideBy: CalendarDate?
        public let newDecideBy: CalendarDate?
        /// Ids of the conflicts the entry gained and lost, sorted.
        public let conflictsGained: [String]
        public let conflictsLost: [String]

        /// True when the decide-by date moved.
        public var moved: Bool { oldDecideBy != newDecideBy }
    }

    /// Loops found in one version and not the other, by their items in loop order.
    public struct LoopChange: Sendable, Hashable {
        public let gained: [FeedbackLoop]
        public let lost: [FeedbackLoop]
        /// How many loops each version has.
        public let oldCount: Int
        public let newCount: Int
        /// True when a bound cut either search, so a loop "gained" or "lost" may only have
        /// fallen outside the bound in one version.
        public let truncated: Bool
    }

    /// The frustration index before and after.
    public struct BalanceChange: Sendable, Hashable {
        public let old: BalanceAnalysis
        public let new: BalanceAnalysis
        /// The solver's time limit for each version; `nil` for none.
        public let timeLimit: Duration?
    }

    /// The changes as written.
    public let map: MapComparison
    public let level: DetailLevel
    public let asOf: CalendarDate
    public let introducedConflicts: [Conflict]
    public let resolvedConflicts: [Conflict]
    public let changedConflicts: [ConflictChange]
    /// Contract contradictions in the new version whose pair was no contract contradiction in
    /// the old, in conflict rank order.
    public let introducedContradictions: [Conflict]
    public let resolvedContradictions: [Conflict]
    /// Agenda entries added, dropped or changed, by contract id.
    public let agenda: [AgendaMove]
    /// `nil` unless both analyses found loops.
    public let loops: LoopChange?
    /// `nil` unless both analyses ran the balance solver.
    public let balance: BalanceChange?

    /// True when nothing changed and no finding moved.
    public var isEmpty: Bool {
        map.isEmpty && introducedConflicts.isEmpty && resolvedConflicts.isEmpty && changedConflicts.isEmpty
            && agenda.isEmpty && (loops.map { $0.gained.isEmpty && $0.lost.isEmpty } ?? true)
            && (balance.map { $0.old.frustrationIndex == $0.new.frustrationIndex } ?? true)
    }
}

extension PlaceGraph {
    /// Compares this version of a map with `other`, a later one: what changed as written, and
    /// what that does to the findings of ``analysis(_:)`` run on each with `options`.
    ///
    /// - Throws: what ``analysis(_:)`` throws.
    /// - Complexity: two analyses, plus the comparison, linear in the findings.
    public func diff(to other: PlaceGraph, _ options: AnalysisOptions) throws -> MapDiff {
        MapDiff(old: map, new: other.map, before: try analysis(options), after: try other.analysis(options))
    }
}
