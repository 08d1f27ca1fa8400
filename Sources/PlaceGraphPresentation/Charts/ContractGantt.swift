import PlaceGraphKit

/// The contract timeline as an SVG Gantt chart: a bar for each contract's term, a dashed bar
/// for its extension option, a line for the chosen "today", and a note beside each bar.
struct ContractGantt {
    /// One contract's row.
    struct Row: Sendable {
        let label: String
        let supplier: String?
        let start: CalendarDate?
        let end: CalendarDate
        let extensionEnd: CalendarDate?
        /// Shown to the right of the bars, such as "fixes 3 conflicts".
        let note: String
    }

    let rows: [Row]
    let asOf: CalendarDate

    /// - Complexity: O(*r*) for *r* rows.
    /// The 1 January `years` after the year of `date`, or the last day the calendar has.
    static func newYear(_ date: CalendarDate, after years: Int) -> CalendarDate {
        CalendarDate(year: date.year + years, month: 1, day: 1) ?? CalendarDate(year: 9999, month: 12, day: 31) ?? date
    }

    func svg(id: String) -> HTML {
        let labelWidth = 290.0, plotWidth = 540.0, noteWidth = 230.0, rowHeight = 30.0, top = 46.0
        var canvas = SVGCanvas(width: labelWidth + plotWidth + noteWidth, height: top + Double(rows.count) * rowHeight + 40)
        let dates = rows.flatMap { [$0.start, $0.end, $0.extensionEnd].compactMap { $0 } } + [asOf]
        let first = Self.newYear(dates.min() ?? asOf, after: 0)
        let last = Self.newYear(dates.max() ?? asOf, after: 1)
        let span = Double(max(1, first.days(until: last)))
        func x(_ date: CalendarDate) -> Double { labelWidth + plotWidth * Double(first.days(until: date)) / span }

        for year in first.year...max(first.year, last.year) {
            let tick = x(CalendarDate(year: year, month: 1, day: 1) ?? last)
            canvas.line(x1: tick, y1: top - 8, x2: tick, y2: top + Double(rows.count) * rowHeight, stroke: "#DDDDDD")
            if year < last.year {
                canvas.text(String(year), x: tick + 4, y: top - 14, size: 11, fill: "#555555")
            }
        }
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            if index % 2 == 1 {
                canvas.rect(x: 0, y: y, width: canvas.width, height: rowHeight, fill: "#F6F6F6")
            }
            canvas.text(SVGCanvas.clip(row.label, 36), x: labelWidth - 8, y: y + 13, anchor: "end", size: 11, weight: "600")
            if let supplier = row.supplier {
                canvas.text(SVGCanvas.clip(supplier, 40), x: labelWidth - 8, y: y + 25, anchor: "end", size: 9.5, fill: "#555555")
            }
            let start = row.start.map(x) ?? labelWidth
            let ended = row.end < asOf
            let describe = "\(row.label): \(row.start.map { "\($0) to " } ?? "until ")\(row.end)"
                + (row.extensionEnd.map { ", extension to \($0)" } ?? "")
            canvas.rect(x: start, y: y + 7, width: x(row.end) - start, height: 16,
                        fill: ended ? "#9AA5B1" : Palette.reinforcing, extra: ["rx": "2"], title: describe)
            if let extensionEnd = row.extensionEnd {
                canvas.rect(x: x(row.end), y: y + 7, width: x(extensionEnd) - x(row.end), height: 16, fill: "#FFFFFF",
                            extra: ["stroke": Palette.reinforcing, "stroke-dasharray": "4 2", "rx": "2"],
                            title: "extension option to \(extensionEnd)")
            }
            canvas.text(row.note, x: labelWidth + plotWidth + 10, y: y + 19, size: 10.5)
        }
        let today = x(asOf)
        canvas.line(x1: today, y1: top - 22, x2: today, y2: top + Double(rows.count) * rowHeight, stroke: Palette.undermining,
                    width: 2, dash: "6 3")
        canvas.text("as of \(asOf)", x: today + 4, y: top - 26, size: 11, weight: "600", fill: Palette.undermining)
        let legendY = top + Double(rows.count) * rowHeight + 24
        canvas.rect(x: labelWidth, y: legendY - 10, width: 24, height: 12, fill: Palette.reinforcing)
        canvas.text("contract term", x: labelWidth + 30, y: legendY, size: 10.5)
        canvas.rect(x: labelWidth + 130, y: legendY - 10, width: 24, height: 12, fill: "#FFFFFF",
                    extra: ["stroke": Palette.reinforcing, "stroke-dasharray": "4 2"])
        canvas.text("extension option", x: labelWidth + 160, y: legendY, size: 10.5)
        canvas.rect(x: labelWidth + 280, y: legendY - 10, width: 24, height: 12, fill: "#9AA5B1")
        canvas.text("term already ended", x: labelWidth + 310, y: legendY, size: 10.5)
        return canvas.rendered(
            title: "Contract timeline",
            description: "Each bar is a contract's term from start to end; a dashed bar is its extension option. "
                + "The dashed vertical line marks \(asOf). Notes give what each re-procurement window could fix.",
            id: id)
    }
}
