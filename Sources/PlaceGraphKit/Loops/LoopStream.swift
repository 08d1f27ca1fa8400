/// A feedback-loop search that hands each loop to a closure the moment it is found, so that
/// memory stays flat however many loops there are; see ``PlaceGraph/feedbackLoopStream(_:)``.
///
/// Loops come in the order the search meets them: self-interactions first, in the order of the
/// map's interactions; then by the smallest item of the loop, in id order, and among the loops
/// of one smallest item by their ids read as a sequence (a loop before the longer ones that
/// continue it). With `through`, the loops come in that order read from the `through` item,
/// and each is still written from its smallest id. The canonical order of ``LoopAnalysis``
/// (by length first) needs the whole list, so it is not the order here.
public struct LoopStream: Sendable {
    /// The options the search runs with.
    public let options: LoopSearchOptions
    /// True when loops longer than ``LoopSearchOptions/maxLength`` exist and will not be
    /// listed, known before the search from a budgeted check (true also when the check ran
    /// out of budget or time).
    public let longerLoopsLeftOut: Bool

    let graph: PlaceGraph
    let network: LoopNetwork
    let through: Int?
    let deadline: ContinuousClock.Instant?

    init(graph: PlaceGraph, options: LoopSearchOptions) throws(LoopSearchError) {
        through = try graph.checked(options)
        self.graph = graph
        self.options = options
        deadline = options.timeLimit.map { ContinuousClock.now + $0 }
        network = LoopNetwork(graph: graph)
        longerLoopsLeftOut = graph.longerLoopsMayExist(network: network, options: options, through: through,
                                                       deadline: deadline)
    }

    /// Runs the search, calling `visit` with each loop as it is found.
    ///
    /// - Parameter visit: receives each loop; returns false to stop the search (say, when
    ///   the loop could not be written).
    /// - Returns: the counts and what cut the search.
    /// - Complexity: as ``PlaceGraph/feedbackLoops(_:)``, in memory O(*n* + *m*) whatever the
    ///   number of loops.
    public func run(_ visit: (FeedbackLoop) -> Bool) -> LoopStreamSummary {
        withoutActuallyEscaping(visit) { search(handingTo: $0) }
    }

    private func search(handingTo visit: @escaping (FeedbackLoop) -> Bool) -> LoopStreamSummary {
        let ids = graph.items.map(\.id), arcs = graph.arcs, arcSource = network.arcSource
        let rotate = through != nil
        var reinforcing = 0
        let search = CircuitSearch(network: network, maxLoops: options.maxLoops ?? .max, deadline: deadline)
        search.visitor = { loopArcs, isReinforcing in
            var first = 0
            if rotate {
                for index in loopArcs.indices where arcSource[Int(loopArcs[index])] < arcSource[Int(loopArcs[first])] {
                    first = index
                }
            }
            var ordered: [Arc] = []
            ordered.reserveCapacity(loopArcs.count)
            for index in first..<loopArcs.count { ordered.append(arcs[Int(loopArcs[index])]) }
            for index in 0..<first { ordered.append(arcs[Int(loopArcs[index])]) }
            if isReinforcing { reinforcing += 1 }
            return visit(FeedbackLoop(items: ordered.map { ids[$0.from] }, arcs: ordered,
                                      polarity: isReinforcing ? .reinforcing : .balancing))
        }
        if let through {
            search.searchThrough(through, bound: options.maxLength)
        } else {
            search.searchAll(bound: options.maxLength)
        }
        var truncatedBy = longerLoopsLeftOut ? [LoopSearchBound.maxLength] : []
        if let bound = search.stoppedBy { truncatedBy.append(bound) }
        return LoopStreamSummary(count: search.visited, reinforcing: reinforcing, truncatedBy: truncatedBy.sorted(),
                                 stopped: search.cancelled)
    }
}

/// What a ``LoopStream`` found: the counts by polarity and the bounds that cut it.
public struct LoopStreamSummary: Sendable, Hashable {
    /// The number of loops handed over.
    public let count: Int
    /// The number of reinforcing loops handed over.
    public let reinforcing: Int
    /// The bounds that cut the search short, in a fixed order; empty when every loop was listed.
    public let truncatedBy: [LoopSearchBound]
    /// True when the visitor stopped the search.
    public let stopped: Bool

    /// The number of balancing loops handed over.
    public var balancing: Int { count - reinforcing }
    /// True when a bound cut the search, so that more loops exist than were listed.
    public var truncated: Bool { !truncatedBy.isEmpty }
}

extension PlaceGraph {
    /// Prepares a feedback-loop search that streams its loops; see ``LoopStream``.
    ///
    /// ```swift
    /// let stream = try graph.feedbackLoopStream(LoopSearchOptions(maxLength: 8))
    /// let summary = stream.run { loop in print(loop.items); return true }
    /// ```
    ///
    /// The time limit counts from this call, and the check for loops longer than `maxLength`
    /// runs here, so ``LoopStream/longerLoopsLeftOut`` can be said before any loop is listed.
    ///
    /// - Throws: ``LoopSearchError`` when `through` names no item or a bound is out of range.
    public func feedbackLoopStream(_ options: LoopSearchOptions = LoopSearchOptions()) throws(LoopSearchError) -> LoopStream {
        try LoopStream(graph: self, options: options)
    }
}
