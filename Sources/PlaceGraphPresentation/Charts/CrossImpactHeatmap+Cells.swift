import PlaceGraphKit

extension CrossImpactHeatmap {
    /// One filled cell: the effects of the row's item on the column's, one for each sign shown.
    struct Cell: Sendable, Hashable {
        let row: Int
        let column: Int
        /// One effect, or a reinforcing and an undermining one for a mixed pair, in that order.
        let effects: [Effect]
        /// "a → b: +2", or "a → b: +2/−2 (mixed)".
        let title: String

        /// The values as the cell writes them: `+2`, or `+2/−2`.
        var text: String { effects.map(Words.signed).joined(separator: "/") }
    }

    /// The filled cells among the drawn items, in arc order.
    ///
    /// - Parameter drawn: each drawn item's position, by its index in the graph.
    /// - Complexity: O(*m*) for *m* arcs, plus the interactions rolled-up arcs stand for.
    func cells(drawn: [Int: Int]) -> [Cell] {
        var cells: [Cell] = []
        var pending: [DrawnLink] = []
        func flush() {
            guard let first = pending.first, let row = drawn[first.from], let column = drawn[first.to] else { return }
            let effects = pending.map(\.effect)
            let from = graph.items[first.from].name, to = graph.items[first.to].name
            let values = effects.map(Words.signed).joined(separator: "/")
            cells.append(Cell(row: row, column: column, effects: effects,
                              title: "\(from) → \(to): \(values)\(effects.count > 1 ? " (mixed)" : "")"))
        }
        let arcs = graph.arcs.filter { drawn[$0.from] != nil && drawn[$0.to] != nil }
        for link in DrawnLink.links(of: arcs, in: graph) {
            if let last = pending.last, last.from != link.from || last.to != link.to {
                flush()
                pending = []
            }
            pending.append(link)
        }
        flush()
        return cells
    }

    /// A cell's fill and value; a mixed cell is split on its diagonal, blue above and
    /// vermillion below, with both values written.
    func draw(_ cell: Cell, on canvas: inout SVGCanvas, x: Double, y: Double, side: Double, fontSize: Double) {
        guard cell.effects.count > 1, let first = cell.effects.first, let last = cell.effects.last else {
            let value = cell.effects.first?.value ?? 0
            canvas.rect(x: x, y: y, width: side, height: side, fill: Palette.diverging(value),
                        extra: ["stroke": "#FFFFFF"], title: cell.title)
            canvas.text(cell.text, x: x + side / 2, y: y + side * 0.68, anchor: "middle",
                        size: fontSize, fill: Palette.ink(on: value))
            return
        }
        canvas.rect(x: x, y: y, width: side, height: side, fill: "#FFFFFF", extra: ["stroke": "#FFFFFF"], title: cell.title)
        canvas.polygon([(x, y), (x + side, y), (x, y + side)], fill: Palette.diverging(first.value))
        canvas.polygon([(x + side, y), (x + side, y + side), (x, y + side)], fill: Palette.diverging(last.value))
        let small = fontSize * 0.72
        canvas.text(Words.signed(first), x: x + 1, y: y + small, size: small, fill: Palette.ink(on: first.value))
        canvas.text(Words.signed(last), x: x + side - 1, y: y + side - 2, anchor: "end", size: small,
                    fill: Palette.ink(on: last.value))
    }
}
