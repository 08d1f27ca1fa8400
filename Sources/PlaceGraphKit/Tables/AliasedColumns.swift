/// The columns of a table whose first row names them in someone else's words: each field has
/// a list of headings it goes by (`end`, `End date`, `Contract end date`, `Expiry date`), and
/// headings match whatever their case, spacing and punctuation.
struct AliasedColumns {
    /// A field and the headings it goes by, the preferred first.
    struct Field {
        let name: String
        let headings: [String]
    }

    /// The column number of each field found.
    private(set) var columns: [String: Int] = [:]
    /// Each found field's heading as the table writes it, for saying where a value came from.
    private(set) var headings: [String: String] = [:]
    /// Headings that named no field.
    private(set) var unknown: [SheetCell] = []

    /// Matches the cells of `header` to `fields`. When two columns go by headings of one field,
    /// the one whose heading comes first in the field's list is read.
    init(header: SheetRow, fields: [Field]) {
        var rank: [String: Int] = [:]
        for cell in header.cells {
            let key = Self.normalized(cell.text)
            var matched = false
            for field in fields {
                guard let position = field.headings.map(Self.normalized).firstIndex(of: key) else { continue }
                matched = true
                if let best = rank[field.name], best <= position { continue }
                rank[field.name] = position
                columns[field.name] = cell.column
                headings[field.name] = cell.text.trimmingCharacters(in: .whitespaces)
            }
            if !matched { unknown.append(cell) }
        }
    }

    /// A heading reduced to lower-case words: `Contract End-Date (£)` → `contract end date`.
    static func normalized(_ heading: String) -> String {
        heading.lowercased().unicodeScalars
            .map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? String($0) : " " }
            .joined().split(separator: " ").joined(separator: " ")
    }

    /// The non-empty cell of `row` under `field`'s column.
    func cell(_ field: String, in row: SheetRow) -> SheetCell? {
        columns[field].flatMap { row.cell($0) }
    }
}
