/// What goes into a workshop report besides the map itself.
public struct WorkshopReportOptions: Sendable, Hashable {
    /// The date the timeline's "today" line and contract status are judged from.
    public var asOf: CalendarDate
    /// Analyse and draw every item, or services only.
    public var level: DetailLevel
    /// How many conflicts get a card with its own diagram; the rest are listed in a table.
    public var conflictCards: Int
    /// How many feedback loops get a diagram; the rest are listed.
    public var loopDiagrams: Int
    /// How long structural balance may search for a proof of optimality, in seconds.
    public var balanceTimeLimit: Double

    public init(asOf: CalendarDate, level: DetailLevel = .objectives, conflictCards: Int = 24,
                loopDiagrams: Int = 12, balanceTimeLimit: Double = 10) {
        self.asOf = asOf
        self.level = level
        self.conflictCards = conflictCards
        self.loopDiagrams = loopDiagrams
        self.balanceTimeLimit = balanceTimeLimit
    }
}

/// The workshop pack: every analysis of a map, with its diagrams, as one self-contained HTML
/// page or as Markdown with SVG files beside it.
///
/// Build one with ``build(graph:options:)``; it runs the analyses and draws the figures, so
/// writing HTML or Markdown afterwards is pure formatting.
public struct WorkshopReport: Sendable {
    public let graph: PlaceGraph
    public let options: WorkshopReportOptions
    public let analysis: AnalysisReport
    /// Feedback loops of the analysed graph, bounded by ``loopOptions``.
    public let loops: LoopReport
    /// Structural balance of the map.
    public let balance: BalanceReport

    /// Figures by name, as SVG text: `map`, `matrix`, `timeline`, `influence`, and one per
    /// conflict card and loop diagram.
    public let figures: [String: String]

    /// The bounds the report puts on the loop search, so a dense map still gives a report.
    static let loopOptions = LoopSearchOptions(maxLength: 8, maxLoops: 2_000, timeLimit: .seconds(5))

    /// ``loopOptions`` in words: "loops up to 8 interactions, at most 2,000 loops, 5 seconds".
    static var loopBoundsDescription: String {
        var digits = String(loopOptions.maxLoops ?? 0), count = ""
        while digits.count > 3 {
            count = "," + digits.suffix(3) + count
            digits.removeLast(3)
        }
        let seconds = loopOptions.timeLimit?.components.seconds ?? 0
        return "loops up to \(loopOptions.maxLength ?? 0) interactions, at most \(digits + count) loops, \(seconds) seconds"
    }
}
