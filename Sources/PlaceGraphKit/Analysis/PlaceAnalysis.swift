/// What ``PlaceGraph/analysis(_:)`` should do.
public struct AnalysisOptions: Sendable, Hashable {
    /// The date that date-relative findings are judged from: contract windows, decide-by dates
    /// and status in the timeline and the agenda, conflicts' windows, and aligned windows of
    /// clusters. Nothing else depends on it.
    public var asOf: CalendarDate
    /// When given, the timeline and the agenda list only contracts whose decision falls due
    /// within this span of ``asOf`` (overdue ones included).
    public var within: CalendarSpan?
    /// Analyse every item, or services only (see ``PlaceGraph/rolledUpToServices()``).
    public var level: DetailLevel
    public var conflicts: ConflictOptions
    /// How many of the highest-ranked conflicts count as top conflicts for the
    /// low-confidence note.
    public var topConflicts: Int
    /// The expensive analyses to run besides the ones always run.
    public var parts: PlaceAnalysis.Parts
    /// The bounds of the loop search, when ``parts`` holds ``PlaceAnalysis/Parts/loops``.
    public var loopSearch: LoopSearchOptions
    /// How long the balance solver may run, when ``parts`` holds
    /// ``PlaceAnalysis/Parts/balance``; `nil` for no limit.
    public var balanceTimeLimit: Duration?

    public init(asOf: CalendarDate, level: DetailLevel = .objectives, within: CalendarSpan? = nil,
                conflicts: ConflictOptions = ConflictOptions(), topConflicts: Int = 10,
                parts: PlaceAnalysis.Parts = [], loopSearch: LoopSearchOptions = LoopSearchOptions(),
                balanceTimeLimit: Duration? = .seconds(60)) {
        self.asOf = asOf
        self.within = within
        self.level = level
        self.conflicts = conflicts
        self.topConflicts = topConflicts
        self.parts = parts
        self.loopSearch = loopSearch
        self.balanceTimeLimit = balanceTimeLimit
    }
}

/// Every analysis of one map at one level and date, computed once: the one value that text,
/// Markdown, JSON and the workshop pack are all written from.
///
/// Conflicts, synergies, influence, the timeline, the decision agenda and the data-quality
/// notes are always there.
/// Feedback loops and structural balance cost more, so they are there only when
/// ``AnalysisOptions/parts`` asks for them.
public struct PlaceAnalysis: Sendable {
    /// The expensive analyses an ``AnalysisOptions`` may ask for.
    public struct Parts: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Feedback loops (``PlaceGraph/feedbackLoops(_:)``).
        public static let loops = Parts(rawValue: 1 << 0)
        /// Structural balance (``PlaceGraph/structuralBalance(timeLimit:)``), which runs a solver.
        public static let balance = Parts(rawValue: 1 << 1)
        /// Everything.
        public static let all: Parts = [.loops, .balance]
    }

    /// The place analysed.
    public let place: Place
    public let level: DetailLevel
    public let asOf: CalendarDate
    /// The graph at ``level``: the map as loaded, or its service roll-up.
    public let graph: PlaceGraph
    /// Counts of the map as written (at objective level, whatever ``level`` is).
    public let summary: PlaceGraph.Summary
    public let conflicts: ConflictAnalysis
    public let synergies: SynergyAnalysis
    public let influence: InfluenceAnalysis
    public let timeline: Timeline
    /// The decisions by contract window, in decide-by order.
    public let agenda: Agenda
    /// Data-quality notes on the map as written.
    public let notes: [DataQualityNote]
    /// The feedback loops of ``graph``, when asked for.
    public let loops: LoopAnalysis?
    /// The structural balance of ``graph``, when asked for.
    public let balance: BalanceAnalysis?
    /// The options the analysis ran with.
    public let options: AnalysisOptions

    /// What each analysis is, for headings and method notes, in report order.
    public static let analyses: [AnalysisInfo] = [
        Agenda.info, ConflictAnalysis.info, SynergyAnalysis.info, InfluenceAnalysis.info, InfluenceAnalysis.micmacInfo,
        Timeline.info, DataQualityNote.info, LoopAnalysis.info, BalanceAnalysis.info,
    ]
}

extension PlaceGraph {
    /// Runs every analysis at the level asked for: conflicts, synergies, influence, the
    /// timeline, the decision agenda and data-quality notes, and loops and balance when
    /// ``AnalysisOptions/parts`` holds them.
    ///
    /// Call it on the graph a loader returned. At ``DetailLevel/services`` the findings come
    /// from ``rolledUpToServices()``; the notes always look at the map as written.
    ///
    /// Influence and synergies are worked out on threads of Dispatch's global queue while the
    /// conflict search runs on the calling thread, which waits for them; they share only the
    /// graph, so the result is the same as one after the other. Since the caller blocks, call it
    /// from a thread that may block, not from a Dispatch worker that many callers share.
    ///
    /// - Throws: ``LoopSearchError`` when the loop bounds are out of range, ``BalanceError``
    ///   when the balance time limit is negative or the solver fails; neither can happen
    ///   without their part.
    /// - Complexity: the sum of the parts; without loops and balance, dominated by the bounded
    ///   hidden-conflict search and MICMAC's powers.
    public func analysis(_ options: AnalysisOptions) throws -> PlaceAnalysis {
        let graph = at(options.level)
        // Influence shares nothing with the rest, and on a big map MICMAC's powers take about
        // as long as the conflict search, so it runs on a second core meanwhile; synergies,
        // which the timeline needs but the conflicts do not, run beside the conflict search.
        let (influence, rest) = try inParallel({ graph.influence() }) { try self.findings(at: graph, options) }
        return PlaceAnalysis(
            place: map.place, level: graph.level, asOf: options.asOf, graph: graph, summary: summary,
            conflicts: rest.conflicts, synergies: rest.synergies, influence: influence, timeline: rest.timeline,
            agenda: rest.agenda, notes: rest.notes, loops: rest.loops, balance: rest.balance, options: options)
    }

    /// Every analysis but influence, for ``analysis(_:)``.
    private func findings(at graph: PlaceGraph, _ options: AnalysisOptions) throws
        -> (conflicts: ConflictAnalysis, synergies: SynergyAnalysis, timeline: Timeline, agenda: Agenda,
            notes: [DataQualityNote], loops: LoopAnalysis?, balance: BalanceAnalysis?) {
        let (synergies, conflicts) = inParallel({ graph.synergies(asOf: options.asOf) }) { graph.conflicts(options.conflicts) }
        // Low-confidence notes point at the interactions as written, so rank the conflicts of
        // the detailed graph for them even when the analysis is at service level.
        let detailed = graph.level == level ? conflicts : self.conflicts(options.conflicts)
        let loops = options.parts.contains(.loops) ? try graph.feedbackLoops(options.loopSearch) : nil
        let balance = options.parts.contains(.balance)
            ? try graph.structuralBalance(timeLimit: options.balanceTimeLimit) : nil
        let timeline = graph.timeline(asOf: options.asOf, within: options.within, conflicts: conflicts.conflicts,
                                      synergies: synergies.synergies)
        return (conflicts, synergies, timeline,
                graph.agenda(from: timeline, conflicts: conflicts.conflicts, synergies: synergies.synergies),
                dataQualityNotes(conflicts: detailed.conflicts, top: options.topConflicts), loops, balance)
    }
}
