import Foundation

/// A map ready for Graphviz: its DOT text, the engine to lay it out with, and notes for the user.
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
}

extension PlaceGraph {
    /// The map as DOT text, ready for Graphviz.
    ///
    /// - Throws: ``RenderError/unknownItem(_:suggestion:)`` when `focus` or `items` names an
    ///   unknown id; ``RenderError/invalidDepth(_:)`` for a negative depth.
    /// - Complexity: O(*n* log *n* + *m*) for *n* items and *m* interactions.
    public func drawing(_ options: RenderOptions = RenderOptions()) throws -> MapDrawing {
        try DOTWriter(options: options).drawing(of: self)
    }

    /// The map laid out and drawn in `format`.
    ///
    /// The `dot` format is the DOT text itself and needs no layout. Others go through
    /// Graphviz's C library in this process.
    /// - Throws: ``RenderError``.
    /// - Complexity: dominated by Graphviz's layout, bounded by ``LayoutBudget``.
    public func rendered(as format: OutputFormat = .svg, options: RenderOptions = RenderOptions()) throws -> RenderedMap {
        let drawing = try drawing(options)
        return try GraphvizRenderer.render(drawing, as: format)
    }
}
