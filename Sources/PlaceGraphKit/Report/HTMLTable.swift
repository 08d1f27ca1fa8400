/// One table of the workshop report: a header row of column titles, then body rows of cells.
///
/// Every table in the report is written the same way, one row per line:
/// `<table>`, `<thead><tr><th>…</th></tr></thead>`, `<tbody>`, then `<tr><td>…</td></tr>` per
/// row. Cells take markup that is already escaped, so the caller decides what is user text.
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

        var html: String { isNumeric ? "<th class=\"num\">\(title)</th>" : "<th>\(title)</th>" }
    }

    /// One body cell: escaped markup and the class it carries, if any.
    struct Cell {
        let html: String
        let className: String?

        /// A plain cell of escaped markup.
        static func text(_ html: String) -> Cell { Cell(html: html, className: nil) }
        /// A right-aligned cell of escaped markup.
        static func numeric(_ html: String) -> Cell { Cell(html: html, className: "num") }
        /// A right-aligned number with at most two decimals.
        static func number(_ value: Double) -> Cell { .numeric(formatNumber(value, decimals: 2)) }
        /// A cell of escaped markup with a class of its own.
        static func styled(_ html: String, className: String) -> Cell { Cell(html: html, className: className) }

        var rendered: String {
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
    var html: String {
        var out = "<table>\n<thead><tr>" + columns.map(\.html).joined() + "</tr></thead>\n<tbody>\n"
        for row in rows { out += "<tr>" + row.map(\.rendered).joined() + "</tr>\n" }
        out += "</tbody>\n</table>\n"
        return out
    }
}
