import PlaceGraphKit

/// The layout engine and settings that bound how long Graphviz works on a map, by its size.
///
/// Measured with Graphviz 2.42 (see `scripts/bench-render`): `dot` lays out a map of services
/// quickly even at 1,000 items, because clusters keep its ranks few, but a spreadsheet of
/// 300 unclustered factors and 600 interactions takes it seconds (long chains give it tens of
/// thousands of virtual nodes to place and route), and `circo` takes seconds from about 100
/// items. So:
/// - above ``boundedSize`` items plus interactions, `dot` runs with capped effort
///   (`nslimit`, `nslimit1`, `searchsize`, `mclimit`, `remincross=false`) and polyline edges,
///   which changes the picture a little and the time a lot;
/// - when no engine was asked for and more than ``switchSize`` items and interactions lie
///   outside clusters, or more than ``largeSize`` items and interactions are drawn at all,
///   `sfdp` replaces `dot` (`dot` took 7 s at 2,000 items and 10,000 interactions and two
///   minutes at 5,000 and 25,000, `sfdp` 12 s at 20,000 and 100,000);
/// - `circo` above ``circoSize`` is replaced by `neato`, since nothing bounds it;
/// - force-directed engines get an iteration cap, and `sfdp` the fast approximate forces;
/// - up to ``numberedSize`` items plus interactions, each edge carries its effect as an
///   external label, which Graphviz places only where it overlaps nothing.
///
/// Each change of engine comes with a note for the user. The settings are written into the
/// DOT text, so `dot -Tsvg` on `--format dot` output draws the same picture.
struct LayoutBudget {
    /// The engine to use.
    let engine: LayoutEngine
    /// Graph attributes to add.
    private(set) var attributes: [(String, String)]
    /// Said to the user when the budget changed the engine.
    let note: String?
    /// Whether edges carry their effect as a number.
    let numbersEdges: Bool

    /// Items plus interactions above which `dot` runs with capped effort.
    static let boundedSize = 160
    /// Unclustered items plus their interactions above which `sfdp` replaces `dot`, unless
    /// `dot` was asked for.
    static let switchSize = 800
    /// Items plus interactions above which `neato` replaces `circo`.
    static let circoSize = 150
    /// Items plus interactions above which `sfdp` replaces `dot`, unless `dot` was asked for.
    static let largeSize = 10_000
    /// Items plus interactions up to which edges carry their effect as a number.
    static let numberedSize = 2_000

    /// The budget for a drawing.
    ///
    /// - Parameters:
    ///   - requested: the engine asked for; `nil` lets the size choose.
    ///   - items: items drawn; `arcs`: interactions drawn.
    ///   - looseItems: items outside any cluster; `looseArcs`: interactions touching one.
    init(engine requested: LayoutEngine?, items: Int, arcs: Int, looseItems: Int, looseArcs: Int) {
        let size = items + arcs
        var engine = requested ?? .dot
        var note: String?
        if requested == nil && size > Self.largeSize {
            engine = .sfdp
            note = "\(items) items and \(arcs) interactions would take 'dot' minutes to lay out; drawn with 'sfdp' "
                + "instead, without the boxes around services and domains (ask for the 'dot' engine to insist)"
        } else if requested == nil && looseItems + looseArcs > Self.switchSize {
            engine = .sfdp
            note = "\(looseItems) items and \(looseArcs) interactions lie outside clusters, which 'dot' "
                + "would take long to lay out; drawn with 'sfdp' instead (ask for the 'dot' engine to insist)"
        } else if requested == .circo && size > Self.circoSize {
            engine = .neato
            note = "'circo' takes long on \(items) items and \(arcs) interactions; drawn with 'neato' instead"
        }
        self.engine = engine
        self.note = note
        numbersEdges = size <= Self.numberedSize
        switch engine {
        case .dot where size > Self.boundedSize:
            attributes = [("nslimit", "0.5"), ("nslimit1", "0.5"), ("searchsize", "20"),
                          ("mclimit", "0.2"), ("remincross", "false"), ("splines", "polyline")]
        case .dot:
            attributes = []
        case .neato:
            attributes = [("maxiter", "400"), ("overlap", "false"), ("sep", "+8")]
        case .fdp:
            attributes = [("maxiter", "300"), ("overlap", "false")]
        case .sfdp:
            attributes = [("overlap", size > Self.largeSize ? "true" : "false"), ("maxiter", "300"), ("quadtree", "fast")]
        case .circo:
            attributes = [("mindist", "0.6")]
        }
        // Effect numbers are placed after the layout, and dropped where they would overlap.
        if numbersEdges { attributes.append(("forcelabels", "false")) }
    }
}
