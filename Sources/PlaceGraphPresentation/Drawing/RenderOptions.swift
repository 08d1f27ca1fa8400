import PlaceGraphKit

/// What to draw of a map, and how to lay it out.
///
/// The defaults draw the whole map at objective level, services grouped by domain, laid out
/// by `dot` from left to right, with a legend. Every option only ever narrows or rearranges
/// the picture; none of them changes what an interaction means.
public struct RenderOptions: Sendable, Hashable {
    /// Every item, or services only (interactions rolled up by ``PlaceGraph/rolledUpToServices()``).
    public var level: DetailLevel
    /// What groups services into clusters.
    public var clusterBy: Clustering
    /// Draw only the neighbourhood of these ids; empty draws the whole map.
    public var focus: [String]
    /// How many interactions away from ``focus`` to reach, following them either way.
    public var depth: Int
    /// Draw only reinforcing or only undermining interactions; `nil` draws all.
    public var only: Polarity?
    /// The Graphviz layout engine; `nil` chooses `dot`, or `sfdp` for a large map without
    /// clusters (see the README's "Drawing the map").
    public var engine: LayoutEngine?
    /// The direction `dot` ranks in.
    public var rankdir: RankDirection
    /// Draw exactly these items and the interactions between them; `nil` draws all.
    ///
    /// Used for small diagrams of one conflict and its neighbours, or of one feedback loop.
    public var items: Set<String>?
    /// Draw only these interactions, as ``arcKey(from:to:)``; `nil` draws all between the
    /// items drawn.
    ///
    /// Used for the figure of the links between a map's domains.
    public var interactions: Set<String>?
    /// Items and interactions to emphasise: item ids, and interactions as
    /// ``arcKey(from:to:)``.
    public var highlight: Set<String>
    /// Whether to draw the legend.
    public var legend: Bool
    /// Whether to write the place's name and what is drawn above the drawing; a figure with
    /// a caption of its own leaves it out.
    public var titled = true
    /// The changes from an older version to mark on the drawing (`render --diff`); `nil`
    /// marks none. Drawn at objective level only.
    public var diff: DiffOverlay? = nil

    public init(level: DetailLevel = .objectives, clusterBy: Clustering = .domain,
                focus: [String] = [], depth: Int = 1, only: Polarity? = nil,
                engine: LayoutEngine? = nil, rankdir: RankDirection = .leftToRight,
                items: Set<String>? = nil, interactions: Set<String>? = nil, highlight: Set<String> = [],
                legend: Bool = true) {
        self.level = level
        self.clusterBy = clusterBy
        self.focus = focus
        self.depth = depth
        self.only = only
        self.engine = engine
        self.rankdir = rankdir
        self.items = items
        self.interactions = interactions
        self.highlight = highlight
        self.legend = legend
    }

    /// The key ``highlight`` uses for the interaction from one id to another: `from->to`.
    public static func arcKey(from: String, to: String) -> String { "\(from)->\(to)" }
}

/// What groups services into clusters in a drawing.
public enum Clustering: String, Sendable, Hashable, CaseIterable {
    /// The service's `domain`.
    case domain
    /// The team or directorate that commissions the service.
    case owner
    /// The first area the service lists.
    case area
    /// No grouping of services.
    case none
}

/// The sign of an interaction, for drawing one kind only.
public enum Polarity: String, Sendable, Hashable, CaseIterable {
    case reinforcing, undermining

    /// True when `effect` has this polarity; a `0` effect has neither.
    public func matches(_ effect: Effect) -> Bool {
        self == .reinforcing ? effect.isReinforcing : effect.isUndermining
    }
}

/// The direction in which `dot` ranks a drawing.
public enum RankDirection: String, Sendable, Hashable, CaseIterable {
    case topToBottom = "TB"
    case leftToRight = "LR"
    case bottomToTop = "BT"
    case rightToLeft = "RL"
}
