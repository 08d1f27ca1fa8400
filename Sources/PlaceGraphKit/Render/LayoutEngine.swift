/// A Graphviz layout engine.
public enum LayoutEngine: String, Sendable, Hashable, CaseIterable {
    /// Layered drawing of directed graphs; the only engine that draws nested clusters well.
    case dot
    /// Spring model, for small maps.
    case neato
    /// Force-directed, with clusters.
    case fdp
    /// Multiscale force-directed, for large maps.
    case sfdp
    /// Circular layout.
    case circo
}
