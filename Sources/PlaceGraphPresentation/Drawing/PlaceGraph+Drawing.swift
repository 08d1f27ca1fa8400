import PlaceGraphKit

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
    /// Graphviz's C library in this process, through ``GraphvizRenderer``.
    /// - Throws: ``RenderError``.
    /// - Complexity: dominated by Graphviz's layout, bounded by the layout budget.
    public func rendered(as format: OutputFormat = .svg, options: RenderOptions = RenderOptions()) throws -> RenderedMap {
        try drawing(options).rendered(as: format)
    }
}

extension MapDrawing {
    /// The drawing laid out and drawn in `format` by ``GraphvizRenderer``.
    ///
    /// Effect numbers are left out where they would overlap, on purpose, so Graphviz's count
    /// of those it placed ("29 out of 32 exterior labels positioned") is dropped from the
    /// warnings.
    /// - Throws: ``RenderError``.
    public func rendered(as format: OutputFormat) throws -> RenderedMap {
        let map = try GraphvizRenderer.render(self, as: format)
        let warnings = map.warnings.filter { !$0.hasSuffix("exterior labels positioned.") }
        return RenderedMap(data: map.data, format: map.format, engine: map.engine, warnings: warnings, notes: map.notes)
    }
}
