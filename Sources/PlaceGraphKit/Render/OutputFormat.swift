/// A file format a map can be drawn in.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    /// Scalable vector graphics, with tooltips; the default.
    case svg
    /// A bitmap, drawn by Graphviz's cairo plugin.
    case png
    /// A vector document, drawn by Graphviz's cairo plugin.
    case pdf
    /// The DOT text placegraph hands to Graphviz, before layout.
    case dot
    /// Graphviz's JSON description of the laid-out drawing.
    case json

    /// The format a file name's extension implies: `.svg`, `.png`, `.pdf`, `.dot` or `.gv`,
    /// `.json`; `nil` for any other.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        case "json": self = .json
        default: return nil
        }
    }

    /// True for formats that are not text.
    public var isBinary: Bool { self == .png || self == .pdf }

    /// True when drawing in this format needs Graphviz's layout and renderers.
    public var needsLayout: Bool { self != .dot }

    /// The name Graphviz knows the format by, choosing the cairo plugin for bitmaps and PDF.
    var graphvizName: String {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        case .dot: "dot"
        case .json: "json"
        }
    }
}
