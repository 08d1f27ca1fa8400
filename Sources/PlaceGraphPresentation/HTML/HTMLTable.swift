import PlaceGraphKit

/// One table of the workshop pack: a header row of column titles, then body rows of cells.
///
/// Every table in the pack is written the same way, one row per line:
/// `<table>`, `<thead><tr><th>…</th></tr></thead>`, `<tbody>`, then `<tr><td>…</td></tr>` per
/// row. Cells hold ``HTML``, so user text in them is escaped by construction.
struct HTMLTable {
    /// A column title; a numeric column's title carries the right-aligning `num` class.
    struct Column: ExpressibleByStringLiteral {
        let title: String
        let isNumeric: Bool

        init(stringLiteral title: String) {
            self.title = title
            isNumeric = false
        }

        private init(title: String, isNumeric: Bool) {
            self.title = title
            self.isNumeric = isNumeric
        }

        /// A right-aligned column of numbers.
        static func numeric(_ title: String) -> Column { Column(title: title, isNumeric: true) }

        var html: HTML { isNumeric ? "<th class=\"num\">\(title)</th>" : "<th>\(title)</th>" }
    }

    /// One body cell: its markup and the class it carries, if any.
    struct Cell {
        let html: HTML
        let className: String?

        /// A plain cell of text.
        static func text(_ text: String) -> Cell { Cell(html: "\(text)", className: nil) }
        /// A plain cell of markup.
        static func html(_ html: HTML) -> Cell { Cell(html: html, className: nil) }
        /// A right-aligned cell of text.
        static func numeric(_ text: String) -> Cell { Cell(html: "\(text)", className: "num") }
        /// A right-aligned number with at most two decimals.
        static func number(_ value: Double) -> Cell { .numeric(Words.number(value)) }
        /// A cell of text with a class of its own.
        static func styled(_ text: String, className: String) -> Cell { Cell(html: "\(text)", className: className) }

        var rendered: HTML {
            className.map { "<td class=\"\($0)\">\(html)</td>" } ?? "<td>\(html)</td>"
        }
    }

    let columns: [Column]
    private var rows: [[Cell]] = []

    /// An empty table with these column titles.
    init(_ columns: [Column]) { self.columns = columns }

    /// Adds one body row.
    mutating func add(_ cells: [Cell]) { rows.append(cells) }

    /// The table's markup, ending with a newline.
    var html: HTML {
        var out: HTML = "<table>\n<thead><tr>\(columns.map(\.html).joined())</tr></thead>\n<tbody>\n"
        for row in rows { out += "<tr>\(row.map(\.rendered).joined())</tr>\n" }
        out += "</tbody>\n</table>\n"
        return out
    }
}
