import Foundation
import PlaceGraphKit

/// The cross-impact matrix as an SVG heatmap: row A, column B is A's effect on B, coloured on a
/// diverging blue–white–vermillion ramp and labelled with its value, so colour is never the
/// only cue. A mixed cell, where A both reinforces and undermines B, shows both values.
struct CrossImpactHeatmap {
    /// The most items drawn; beyond this a matrix is unreadable on paper.
    static let maxItems = 60

    let graph: PlaceGraph

    /// The items drawn, in id order: all of them, or the most connected ``maxItems``.
    var drawnItems: [Int] {
        guard graph.items.count > Self.maxItems else { return Array(graph.items.indices) }
        let degree = graph.items.indices.map { graph.outgoingArcs(of: $0).count + graph.incomingArcs(of: $0).count }
        let chosen = graph.items.indices.sorted { (degree[$0], graph.items[$1].id) > (degree[$1], graph.items[$0].id) }
        return Array(chosen.prefix(Self.maxItems)).sorted()
    }

    /// - Complexity: O(*n*² + *m*) for *n* drawn items and *m* arcs.
    func svg(id: String) -> HTML {
        let indices = drawnItems
        let position = Dictionary(uniqueKeysWithValues: indices.enumerated().map { ($1, $0) })
        let side = indices.count > 30 ? 16.0 : 24.0
        let labelWidth = 220.0, header = 170.0, legendHeight = 50.0
        let size = Double(indices.count) * side
        var canvas = SVGCanvas(width: labelWidth + max(size + 130, 7 * 34 + 300), height: header + size + legendHeight)
        let fontSize = side > 20 ? 11.0 : 9.0
        for (row, index) in indices.enumerated() {
            let label = SVGCanvas.clip(graph.items[index].name, 34)
            let y = header + Double(row) * side
            canvas.text(label, x: labelWidth - 6, y: y + side * 0.68, anchor: "end", size: fontSize)
            let x = labelWidth + Double(row) * side + side * 0.6
            canvas.text(label, x: x, y: header - 6, size: fontSize, rotate: -55)
        }
        canvas.rect(x: labelWidth, y: header, width: size, height: size, fill: "#FFFFFF",
                    extra: ["stroke": "#BBBBBB"])
        for cell in cells(drawn: position) {
            let x = labelWidth + Double(cell.column) * side, y = header + Double(cell.row) * side
            draw(cell, on: &canvas, x: x, y: y, side: side, fontSize: fontSize)
        }
        for step in 0...indices.count {
            let offset = Double(step) * side
            canvas.line(x1: labelWidth, y1: header + offset, x2: labelWidth + size, y2: header + offset, stroke: "#E4E4E4", width: 0.5)
            canvas.line(x1: labelWidth + offset, y1: header, x2: labelWidth + offset, y2: header + size, stroke: "#E4E4E4", width: 0.5)
        }
        drawLegend(on: &canvas, x: labelWidth, y: header + size + 18)
        let shown = indices.count == graph.items.count ? "all \(indices.count) items"
            : "the \(indices.count) most connected of \(graph.items.count) items"
        return canvas.rendered(
            title: "Cross-impact matrix",
            description: "Each cell is the effect of the row's item on the column's item on the scale from -3 to +3, "
                + "showing \(shown). Blue cells reinforce, vermillion cells undermine; each cell also shows its value, "
                + "and a cell where the row both reinforces and undermines the column shows both.",
            id: id)
    }

    private func drawLegend(on canvas: inout SVGCanvas, x: Double, y: Double) {
        for (offset, value) in (-3...3).enumerated() {
            let left = x + Double(offset) * 34
            canvas.rect(x: left, y: y, width: 32, height: 18, fill: Palette.diverging(Double(value)),
                        extra: ["stroke": "#BBBBBB"])
            canvas.text(Effect(Double(value)).map(Words.signed) ?? "", x: left + 16, y: y + 13, anchor: "middle", size: 10,
                        fill: Palette.ink(on: Double(value)))
        }
        canvas.text("undermining ← effect of row on column → reinforcing", x: x + 7 * 34 + 8, y: y + 13, size: 10)
    }
}
