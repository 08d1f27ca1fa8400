/// How conflicts are searched for.
public struct ConflictOptions: Sendable, Hashable {
    /// Whether to look for hidden conflicts at all.
    public var includeHidden: Bool
    /// The longest chain searched, in interactions: 2 or 3.
    public var maxChainLength: Int
    /// The most hidden conflicts kept, the most severe first.
    public var hiddenLimit: Int
    /// The most chain steps the hidden search takes before it stops and says so.
    public var searchBudget: Int
    /// The most knock-ons a conflict lists, the most severe first.
    public var knockOnLimit: Int

    public init(includeHidden: Bool = true, maxChainLength: Int = 3, hiddenLimit: Int = 100,
                searchBudget: Int = 2_000_000, knockOnLimit: Int = 10) {
        self.includeHidden = includeHidden
        self.maxChainLength = min(3, max(2, maxChainLength))
        self.hiddenLimit = max(0, hiddenLimit)
        self.searchBudget = max(0, searchBudget)
        self.knockOnLimit = max(0, knockOnLimit)
    }
}

/// Every conflict in a map, ranked, with what the bounded hidden search did.
public struct ConflictAnalysis: Sendable, Hashable {
    /// Conflicts ranked by severity (highest first), then by id: one per item pair, and the
    /// hidden conflicts that stand on their own. The headline count.
    public let conflicts: [Conflict]
    /// Hidden conflicts found before ``ConflictOptions/hiddenLimit`` was applied.
    public let hiddenFound: Int
    /// True when the hidden search ran out of budget, so more chains may exist.
    public let hiddenTruncated: Bool
    /// Chains of the hidden search (the strongest per conflict and pair of ends) that are
    /// knock-ons of a pair conflict rather than conflicts of their own.
    public let knockOnsFound: Int
    /// Of those knock-ons, the ones whose ends no pair conflict joins, which would stand alone
    /// as hidden conflicts but for their strength, below ``Conflict/hiddenThreshold``.
    public let belowThreshold: Int
    /// The options the search ran with.
    public let options: ConflictOptions
    /// The position of each conflict in ``conflicts``, by id.
    private let positions: [String: Int]

    init(conflicts: [Conflict], hiddenFound: Int, hiddenTruncated: Bool, knockOnsFound: Int, belowThreshold: Int,
         options: ConflictOptions) {
        self.conflicts = conflicts
        self.hiddenFound = hiddenFound
        self.hiddenTruncated = hiddenTruncated
        self.knockOnsFound = knockOnsFound
        self.belowThreshold = belowThreshold
        self.options = options
        positions = Dictionary(conflicts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The number of conflicts of `kind`.
    public func count(of kind: Conflict.Kind) -> Int { conflicts.reduce(0) { $0 + ($1.kind == kind ? 1 : 0) } }

    /// The conflict with `id`.
    ///
    /// - Complexity: O(1).
    public func conflict(_ id: String) -> Conflict? { positions[id].map { conflicts[$0] } }

    public static let info = AnalysisInfo(
        id: "conflicts",
        title: "Conflicts",
        summary: "Finds where services, contracts and objectives work against each other, directly, "
            + "both ways, as trade-offs or across contracts, with the knock-on effects each has through "
            + "chains of interactions, and the contradictions hidden in chains that no single link shows.",
        citation: "Nilsson, Griggs & Visbeck (2016), Map the interactions between Sustainable Development Goals, "
            + "Nature 534:320–322; Weitz, Carlsen, Nilsson & Skånberg (2018), Sustainability Science 13:531–548")
}
