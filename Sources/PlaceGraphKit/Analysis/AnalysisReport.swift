/// What ``PlaceGraph/analysis(_:)`` should do.
public struct AnalysisOptions: Sendable, Hashable {
    /// The date that date-relative findings are judged from: contract status and next windows
    /// in the timeline, and aligned windows of clusters. Nothing else depends on it.
    public var asOf: CalendarDate
    /// Analyse every item, or services only (see ``PlaceGraph/rolledUpToServices()``).
    public var level: DetailLevel
    public var conflicts: ConflictOptions
    /// How many of the highest-ranked conflicts count as top conflicts for the
    /// low-confidence note.
    public var topConflicts: Int

    public init(asOf: CalendarDate, level: DetailLevel = .objectives,
                conflicts: ConflictOptions = ConflictOptions(), topConflicts: Int = 10) {
        self.asOf = asOf
        self.level = level
        self.conflicts = conflicts
        self.topConflicts = topConflicts
    }
}

/// Every analysis of one map at one level: the values a workshop report is built from.
public struct AnalysisReport: Sendable, Hashable {
    /// The place analysed.
    public let place: Place
    public let level: DetailLevel
    public let asOf: CalendarDate
    /// Counts of the map as written (at objective level, whatever ``level`` is).
    public let summary: PlaceGraph.Summary
    public let conflicts: ConflictAnalysis
    public let synergies: SynergyAnalysis
    public let influence: InfluenceAnalysis
    public let timeline: Timeline
    /// Data-quality notes on the map as written.
    public let notes: [DataQualityNote]
    /// The options the analysis ran with.
    public let options: AnalysisOptions

    /// What each part of the report is, for headings and method notes, in report order.
    public static let analyses: [AnalysisInfo] = [
        ConflictAnalysis.info, SynergyAnalysis.info, InfluenceAnalysis.info, InfluenceAnalysis.micmacInfo,
        Timeline.info, DataQualityNote.info,
    ]
}

extension PlaceGraph {
    /// Runs every analysis (conflicts, synergies, influence, timeline, data-quality notes)
    /// at the level asked for.
    ///
    /// Call it on the graph a loader returned. At ``DetailLevel/services`` the findings come
    /// from ``rolledUpToServices()``; the notes always look at the map as written.
    ///
    /// - Complexity: the sum of the parts; dominated by the bounded hidden-conflict search.
    public func analysis(_ options: AnalysisOptions) -> AnalysisReport {
        let graph = at(options.level)
        let conflicts = graph.conflicts(options.conflicts)
        let synergies = graph.synergies(asOf: options.asOf)
        // Low-confidence notes point at the interactions as written, so rank the conflicts of
        // the detailed graph for them even when the report is at service level.
        let detailed = graph.level == level ? conflicts : self.conflicts(options.conflicts)
        return AnalysisReport(
            place: map.place, level: graph.level, asOf: options.asOf, summary: summary,
            conflicts: conflicts, synergies: synergies, influence: graph.influence(),
            timeline: graph.timeline(asOf: options.asOf, conflicts: conflicts.conflicts, synergies: synergies.synergies),
            notes: dataQualityNotes(conflicts: detailed.conflicts, top: options.topConflicts),
            options: options)
    }
}
