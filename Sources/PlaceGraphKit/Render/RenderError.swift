/// Why a map could not be drawn.
///
/// Graphviz's own messages are captured, trimmed and carried here; Graphviz never prints.
public enum RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An option named an id the map does not have; `suggestion` is the closest one.
    case unknownItem(String, suggestion: String?)
    /// A depth below zero.
    case invalidDepth(Int)
    /// Graphviz could not read the DOT text.
    case invalidDOT(String)
    /// Graphviz has no layout engine of this name.
    case unknownEngine(String)
    /// Graphviz has no renderer for this format.
    case unknownFormat(String)
    /// Graphviz's plugin configuration (`config6a`) is missing, so it knows no engine or format.
    case missingPluginConfiguration
    /// Graphviz failed while laying the graph out.
    case layoutFailed(String)
    /// Graphviz failed while drawing the laid-out graph.
    case renderFailed(String)

    public var description: String {
        switch self {
        case .unknownItem(let id, let suggestion):
            "unknown id '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .invalidDepth(let depth):
            "depth '\(depth)' must be 0 or more"
        case .invalidDOT(let message):
            "graphviz could not read the DOT text: \(message)"
        case .unknownEngine(let engine):
            "graphviz has no layout engine '\(engine)'; use one of "
                + LayoutEngine.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        case .unknownFormat(let format):
            "graphviz has no renderer for '\(format)'; is its cairo plugin (libgvplugin_pango) installed?"
        case .missingPluginConfiguration:
            "graphviz found no plugins; register them by running 'dot -c' as root (or 'sudo dot -c')"
        case .layoutFailed(let message):
            "graphviz could not lay the map out: \(message)"
        case .renderFailed(let message):
            "graphviz could not draw the map: \(message)"
        }
    }
}
