import Foundation

/// A spreadsheet someone else's tool wrote (a contract register, a Kumu export, a mapping of
/// contracts to ocids): a CSV file or an `.xlsx` workbook, read as grids of located cells so
/// every reader of such tables works the same way on both.
struct TableFile {
    /// The sheets, in tab order; a CSV file is one grid named by the file.
    let grids: [SheetGrid]
    /// The CSV text, for quoting lines in diagnostics; `nil` for a workbook.
    let source: String?
    /// True for a workbook whose dates count from 1904.
    let uses1904: Bool

    /// The largest table file read: the cap every map file has.
    static let maxBytes = 32 << 20

    /// True for a path whose extension says it is a workbook.
    static func isWorkbook(_ path: String) -> Bool { (path as NSString).pathExtension.lowercased() == "xlsx" }

    /// Reads `data` as a workbook or as CSV text.
    ///
    /// - Returns: the table, or `nil` when it cannot be read (the reason is in `diagnostics`).
    static func read(_ data: Data, file: String, workbook: Bool, diagnostics: inout [Diagnostic]) -> TableFile? {
        guard data.count <= maxBytes else {
            diagnostics.append(.error("the file is \(data.count >> 20) MiB, more than the \(maxBytes >> 20) MiB placegraph reads",
                                      hint: "check this is the table you meant", at: SourceLocation(file: file)))
            return nil
        }
        if workbook {
            do {
                var book = try WorkbookFile(data: data, file: file)
                var grids: [SheetGrid] = []
                for entry in book.sheets { grids.append(try book.grid(of: entry, diagnostics: &diagnostics)) }
                return TableFile(grids: grids, source: nil, uses1904: book.uses1904)
            } catch {
                diagnostics.append(error)
                return nil
            }
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            diagnostics.append(.error("the file is not UTF-8 text", hint: "save or export it as CSV in UTF-8",
                                      at: SourceLocation(file: file)))
            return nil
        }
        do {
            let rows = try CSVReader.read(text, file: file)
            let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            return TableFile(grids: [SheetGrid(csv: rows, name: name)], source: text, uses1904: false)
        } catch {
            diagnostics.append(error)
            return nil
        }
    }
}

extension SheetGrid {
    /// A CSV file as a grid: each row numbered by the line it starts on, empty cells left out.
    init(csv rows: [CSVReader.Row], name: String) {
        self.init(name: name, rows: rows.compactMap { row in
            let cells = row.cells.enumerated().compactMap { column, cell -> SheetCell? in
                cell.text.trimmingCharacters(in: .whitespaces).isEmpty ? nil
                    : SheetCell(column: column + 1, text: cell.text, kind: .text, location: cell.location)
            }
            guard let first = row.cells.first else { return nil }
            return cells.isEmpty ? nil : SheetRow(number: first.location.line, cells: cells)
        })
    }
}
