import Foundation

/// A map ready for Graphviz: its DOT text, the engine to lay it out with, and notes for the user.
///
/// The presentation target writes it; ``GraphvizRenderer`` draws it.
public struct MapDrawing: Sendable, Hashable {
    /// The DOT text; the `layout` graph attribute names ``engine`` too.
    public let dot: String
    /// The layout engine chosen, which may differ from the one asked for on a large map.
    public let engine: LayoutEngine
    /// Things the user should know, such as a change of engine; empty usually.
    public let notes: [String]
    /// How many items are drawn.
    public let itemCount: Int
    /// How many interactions are drawn; a `mutual` interaction counts once.
    public let interactionCount: Int

    package init(dot: String, engine: LayoutEngine, notes: [String], itemCount: Int, interactionCount: Int) {
        self.dot = dot
        self.engine = engine
        self.notes = notes
        self.itemCount = itemCount
        self.interactionCount = interactionCount
    }
}

/// A map drawn in one format.
public struct RenderedMap: Sendable, Hashable {
    /// The file's bytes.
    public let data: Data
    public let format: OutputFormat
    /// The engine used.
    public let engine: LayoutEngine
    /// Graphviz's warnings, trimmed, one a message.
    public let warnings: [String]
    /// Notes from placegraph itself, such as a change of engine.
    public let notes: [String]

    package init(data: Data, format: OutputFormat, engine: LayoutEngine, warnings: [String], notes: [String]) {
        self.data = data
        self.format = format
        self.engine = engine
        self.warnings = warnings
        self.notes = notes
    }
}
