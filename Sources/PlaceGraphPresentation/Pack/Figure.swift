/// A figure of the workshop pack: the one list of names a figure can have, used for its
/// anchor ids, its `id` prefix inside the page and its file name beside the Markdown.
public enum Figure: Sendable, Hashable, Comparable {
    /// The whole map, drawn by Graphviz.
    case map
    /// The map of one domain's services, when the whole map is too big for a printed page
    /// (0 for the first domain in alphabetical order).
    case domain(Int)
    /// The interactions between domains, drawn with the items they join.
    case domainLinks
    /// The cross-impact matrix as a heatmap.
    case matrix
    /// The contract timeline as a Gantt chart.
    case timeline
    /// MICMAC influence against dependence.
    case influence
    /// The diagram of the conflict card at this position (0 for the first card).
    case conflict(Int)
    /// The diagram of the feedback loop at this position (0 for the first loop).
    case loop(Int)

    /// `map`, `map-domain-2`, `map-links`, `matrix`, `timeline`, `influence`, `conflict-1`,
    /// `loop-3`: counted from 1.
    public var name: String {
        switch self {
        case .map: "map"
        case let .domain(index): "map-domain-\(index + 1)"
        case .domainLinks: "map-links"
        case .matrix: "matrix"
        case .timeline: "timeline"
        case .influence: "influence"
        case let .conflict(index): "conflict-\(index + 1)"
        case let .loop(index): "loop-\(index + 1)"
        }
    }

    /// The file the Markdown pack writes it to: ``name`` with `.svg`.
    public var fileName: String { name + ".svg" }

    /// The `id` of a hand-made chart's `<svg>` element.
    var chartID: String { name + "-chart" }
}
