/// A sheet read as a table: its first non-empty row names the columns, and each later row
/// with any value is one record.
///
/// Headers are matched to the layout's columns by ``WorkbookLayout/fieldName(_:)``. Columns
/// placegraph does not read are one grouped warning per sheet; a heading given twice and a
/// required column missing are errors.
struct SheetTable {
    struct Record {
        /// The row's first cell position, where problems with the row as a whole are reported.
        let location: SourceLocation
        /// The non-empty cells under known headings, by field name, in column order.
        let cells: [(field: String, cell: SheetCell)]
        /// The column each field sits in, so an empty required cell can still be pointed at.
        let columns: [String: Int]

        func cell(_ field: String) -> SheetCell? { cells.first { $0.field == field }?.cell }
    }

    let sheet: String
    let records: [Record]
    /// False when the header was unusable, so the records were not read.
    let usable: Bool

    /// Reads `grid` with the known `fields` (extension options too when `extensions` is set).
    init(_ grid: SheetGrid, fields: [String], required: [String], allowsExtensions: Bool = false,
         file: String, diagnostics: inout [Diagnostic]) {
        sheet = grid.name
        guard let header = grid.rows.first else {
            records = []
            usable = true
            return
        }
        var columns: [String: Int] = [:], unknown: [SheetCell] = [], ok = true
        for cell in header.cells {
            let field = WorkbookLayout.fieldName(cell.text)
            let known = fields.contains(field) || (allowsExtensions && WorkbookLayout.extensionOption(field) != nil)
            guard known else { unknown.append(cell); continue }
            let key = allowsExtensions && WorkbookLayout.extensionOption(field) == 1 ? "extension" : field
            if columns[key] != nil {
                diagnostics.append(.error("the heading '\(cell.text)' appears twice in the \(grid.name) sheet",
                                          hint: "keep one column for each field", at: cell.location))
                ok = false
            }
            columns[key] = cell.column
        }
        let headerRow = SourceLocation(file: file, sheet: grid.name, row: header.number, column: 1)
        for field in required where columns[field] == nil {
            diagnostics.append(.error("the \(grid.name) sheet has no '\(field)' column",
                                      hint: "its first row names the columns: \(fields.joined(separator: ", "))", at: headerRow))
            ok = false
        }
        if let first = unknown.first {
            let names = unknown.prefix(5).map { "'\($0.text)'" }.joined(separator: ", ")
                + (unknown.count > 5 ? " and \(unknown.count - 5) more" : "")
            let suggestion = unknown.count == 1
                ? Suggestion.didYouMean(WorkbookLayout.fieldName(first.text), in: fields) : ""
            diagnostics.append(.warning(
                "\(unknown.count == 1 ? "a column" : "\(unknown.count) columns") of the \(grid.name) sheet \(unknown.count == 1 ? "is" : "are") not read: \(names)\(suggestion)",
                hint: "placegraph reads the columns \(fields.joined(separator: ", ")); others can hold notes", at: first.location))
        }
        let byColumn = Dictionary(uniqueKeysWithValues: columns.map { ($0.value, $0.key) })
        var stray: [SheetCell] = []
        records = grid.rows.dropFirst().compactMap { row in
            var cells: [(field: String, cell: SheetCell)] = []
            for cell in row.cells {
                if let field = byColumn[cell.column] {
                    cells.append((field, cell))
                } else if !header.cells.contains(where: { $0.column == cell.column }) {
                    stray.append(cell)
                }
            }
            guard !cells.isEmpty else { return nil }
            return Record(location: SourceLocation(file: file, sheet: grid.name, row: row.number, column: 1),
                          cells: cells, columns: columns)
        }
        if let first = stray.first {
            let places = stray.prefix(5).map { $0.location.place }.joined(separator: ", ")
                + (stray.count > 5 ? " and \(stray.count - 5) more" : "")
            diagnostics.append(.warning("\(stray.count) cell\(stray.count == 1 ? "" : "s") of the \(grid.name) sheet \(stray.count == 1 ? "has" : "have") no heading and \(stray.count == 1 ? "is" : "are") not read: \(places)",
                                        hint: "name the column in the first row, or move the value under a heading",
                                        at: first.location))
        }
        usable = ok
    }
}
