import PlaceGraphKit

/// What goes into a workshop pack besides the map itself.
public struct WorkshopPackOptions: Sendable, Hashable {
    /// The date the timeline's "today" line and contract status are judged from.
    public var asOf: CalendarDate
    /// Analyse and draw every item, or services only.
    public var level: DetailLevel
    /// How many conflicts get a card with its own diagram; the rest are listed in a table.
    public var conflictCards: Int
    /// How many feedback loops get a diagram; the rest are listed.
    public var loopDiagrams: Int
    /// How long structural balance may search for a proof of optimality.
    public var balanceTimeLimit: Duration

    public init(asOf: CalendarDate, level: DetailLevel = .objectives, conflictCards: Int = 24,
                loopDiagrams: Int = 6, balanceTimeLimit: Duration = .seconds(3)) {
        self.asOf = asOf
        self.level = level
        self.conflictCards = conflictCards
        self.loopDiagrams = loopDiagrams
        self.balanceTimeLimit = balanceTimeLimit
    }

    /// The analysis the pack needs: every part, with the loop search bounded by
    /// ``WorkshopPack/loopSearch`` so a dense map still gives a pack.
    public var analysisOptions: AnalysisOptions {
        AnalysisOptions(asOf: asOf, level: level, parts: .all, loopSearch: WorkshopPack.loopSearch,
                        balanceTimeLimit: balanceTimeLimit)
    }
}

/// The workshop pack: every analysis of a map, with its diagrams, as one self-contained HTML
/// page or as Markdown with SVG files beside it.
///
/// Build one with ``build(from:options:)`` from a ``PlaceAnalysis`` that holds loops and
/// balance; it draws the figures, so writing HTML or Markdown afterwards is pure formatting.
public struct WorkshopPack: Sendable {
    public let analysis: PlaceAnalysis
    public let options: WorkshopPackOptions
    /// Feedback loops of the analysed graph.
    public let loops: LoopAnalysis
    /// Structural balance of the analysed graph.
    public let balance: BalanceAnalysis
    /// The conflicts that get a card, in rank order.
    public let cardConflicts: [Conflict]
    /// Every figure, as markup ready to sit in the page.
    public let figures: [Figure: HTML]
    /// How the map is drawn: whole, or split by domain for print.
    public let map: MapFigures

    /// The bounds the pack puts on the loop search, so a dense map still gives a pack.
    public static let loopSearch = LoopSearchOptions(maxLength: 8, maxLoops: 2_000, timeLimit: .seconds(2))

    /// The analysed graph.
    var graph: PlaceGraph { analysis.graph }
}

/// Why a workshop pack could not be built.
public enum WorkshopPackError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The analysis was run without loops or balance, which the pack shows.
    case missingParts

    public var description: String {
        "the workshop pack needs an analysis with feedback loops and structural balance"
    }
}
