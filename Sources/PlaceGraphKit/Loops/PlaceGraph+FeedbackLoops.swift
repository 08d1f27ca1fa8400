extension PlaceGraph {
    /// Finds the feedback loops of the map: every elementary circuit, with its polarity.
    ///
    /// A loop is a chain of interactions that comes back to where it started without visiting
    /// any item twice; a self-interaction is a loop of length 1, and a `mutual` interaction
    /// gives a loop of length 2. Interactions with a 0 (`consistent`) effect are left out, since
    /// a loop through one has no polarity.
    ///
    /// Loops come back written from their smallest id and sorted by length, then by ids. When
    /// a bound cuts the search, ``LoopAnalysis/truncatedBy`` says which, and the loops kept are
    /// those the search met first (by start item in id order), not necessarily the shortest.
    /// Whether a longer loop than `maxLength` exists is checked by a second, budgeted search;
    /// when that runs out of budget the analysis errs on the side of truncated.
    ///
    /// - Parameter options: the bounds of the search and the item loops must pass through.
    /// - Returns: the loops and their counts by polarity.
    /// - Throws: ``LoopSearchError`` when `through` names no item or a bound is out of range.
    /// - Complexity: O((*n* + *m*)(*c* + 1)) for *n* items, *m* interactions and *c* loops
    ///   (Johnson 1975), plus O(*n*·(*n* + *m*)) to find each start's strongly connected part.
    public func feedbackLoops(_ options: LoopSearchOptions = LoopSearchOptions()) throws(LoopSearchError) -> LoopAnalysis {
        let through = try checked(options)
        let deadline = options.timeLimit.map { ContinuousClock.now + $0 }
        let network = LoopNetwork(graph: self)
        let search = CircuitSearch(network: network, maxLoops: options.maxLoops ?? .max, deadline: deadline)
        if let through {
            search.searchThrough(through, bound: options.maxLength)
        } else {
            search.searchAll(bound: options.maxLength)
        }
        var truncatedBy = search.stoppedBy.map { [$0] } ?? []
        if truncatedBy.isEmpty, longerLoopsMayExist(network: network, options: options, through: through, deadline: deadline) {
            truncatedBy.append(.maxLength)
        }
        let store = search.store.canonical(arcSource: network.arcSource, rotate: through != nil)
        return LoopAnalysis(loops: FeedbackLoops(store: store, ids: items.map(\.id), arcs: arcs),
                          options: options, truncatedBy: truncatedBy)
    }

    /// Checks the bounds of `options` and finds the item of `through`.
    ///
    /// - Returns: the index of the item loops must pass through, if any.
    func checked(_ options: LoopSearchOptions) throws(LoopSearchError) -> Int? {
        if let maxLength = options.maxLength, maxLength < 1 {
            throw .invalidBound(name: "maxLength", value: String(maxLength))
        }
        if let maxLoops = options.maxLoops, maxLoops < 0 {
            throw .invalidBound(name: "maxLoops", value: String(maxLoops))
        }
        if let timeLimit = options.timeLimit, timeLimit < .zero {
            throw .invalidBound(name: "timeLimit", value: "\(timeLimit)")
        }
        guard let id = options.through else { return nil }
        guard let index = index(of: id) else {
            throw .unknownItem(id, suggestion: Suggestion.closest(to: id, in: items.lazy.map(\.id)))
        }
        return index
    }

    /// Whether some loop is longer than `options.maxLength`, by a second search with a budget
    /// of steps: true also when the budget or the deadline runs out first, erring on the side
    /// of "the list is cut".
    func longerLoopsMayExist(network: LoopNetwork, options: LoopSearchOptions, through: Int?,
                             deadline: ContinuousClock.Instant?) -> Bool {
        guard let maxLength = options.maxLength else { return false }
        let check = CircuitSearch(network: network, goal: .findLongerThan(maxLength), deadline: deadline, stepBudget: 1 << 22)
        return check.hasCircuitLonger(through: through) != false
    }

    /// Finds the feedback loops of the map; see ``feedbackLoops(_:)``.
    ///
    /// ```swift
    /// let report = try graph.feedbackLoops(maxLength: 6)
    /// ```
    public func feedbackLoops(maxLength: Int? = nil, maxLoops: Int? = nil, through: String? = nil,
                              timeLimit: Duration? = nil) throws(LoopSearchError) -> LoopAnalysis {
        try feedbackLoops(LoopSearchOptions(maxLength: maxLength, maxLoops: maxLoops, through: through, timeLimit: timeLimit))
    }
}
