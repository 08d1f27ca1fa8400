/// Turns a decoded worksheet into a ``SheetGrid``: resolves each cell's type and value, and
/// fills merged ranges.
///
/// Readings: a formula cell gives the value the spreadsheet last calculated and saved for it
/// (one never calculated is an error); a range merged down one column gives its value to every
/// row of the range; a range merged across columns is an error, since it would put one value
/// under two headings; an error value such as `#REF!` is an error.
struct SheetGridReader {
    let file: String
    let sheet: String
    let sharedStrings: [String]
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, sheet: String, sharedStrings: [String]) {
        self.file = file
        self.sheet = sheet
        self.sharedStrings = sharedStrings
    }

    mutating func grid(of worksheet: WorkbookXML.Worksheet) -> SheetGrid {
        var cells: [Int: [Int: SheetCell]] = [:]
        var lastRow = 0
        for row in worksheet.sheetData.row ?? [] {
            let rowNumber = row.r ?? lastRow + 1
            lastRow = rowNumber
            var lastColumn = 0
            for cell in row.c ?? [] {
                let position = cell.r.flatMap(CellReference.parse) ?? (lastColumn + 1, rowNumber)
                lastColumn = position.column
                let location = SourceLocation(file: file, sheet: sheet, row: position.row, column: position.column)
                if let value = read(cell, at: location) {
                    cells[position.row, default: [:]][position.column] = value
                }
            }
        }
        for merge in worksheet.mergeCells?.mergeCell ?? [] {
            fill(merge.ref, in: &cells)
        }
        let rows = cells.keys.sorted().compactMap { number -> SheetRow? in
            let row = (cells[number] ?? [:]).values
                .filter { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
                .sorted { $0.column < $1.column }
            return row.isEmpty ? nil : SheetRow(number: number, cells: row)
        }
        return SheetGrid(name: sheet, rows: rows)
    }

    /// The value of one cell, or `nil` when it is empty or unusable (reported).
    private mutating func read(_ cell: WorkbookXML.Cell, at location: SourceLocation) -> SheetCell? {
        let cached = cell.v?.value
        if cell.f != nil, cached == nil || (cached ?? "").isEmpty && cell.t != "str" {
            diagnostics.append(.error("the cell holds a formula with no saved value",
                                      hint: "placegraph reads the value a formula last showed; open and save the workbook in your spreadsheet program, or type the value",
                                      at: location))
            return nil
        }
        func make(_ text: String, _ kind: SheetCell.Kind) -> SheetCell {
            SheetCell(column: location.column, text: text, kind: kind, location: location)
        }
        switch cell.t ?? "n" {
        case "s":
            guard let index = cached.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
                  sharedStrings.indices.contains(index) else {
                diagnostics.append(.error("the cell points to a shared text that the workbook does not have",
                                          hint: "open the workbook in your spreadsheet program and save it again", at: location))
                return nil
            }
            return make(sharedStrings[index], .text)
        case "inlineStr":
            return make(ExcelText.unescaped(cell.is?.string ?? ""), .text)
        case "str":
            return make(ExcelText.unescaped(cached ?? ""), .text)
        case "b":
            return make(cached?.trimmingCharacters(in: .whitespaces) == "1" ? "true" : "false", .boolean)
        case "e":
            diagnostics.append(.error("the cell holds the spreadsheet error '\(cached ?? "#VALUE!")'",
                                      hint: "fix the formula or type the value", at: location))
            return nil
        case "d":
            // An ISO 8601 date-time (strict OOXML); a contract date needs only the day.
            return make(String((cached ?? "").prefix(10)), .text)
        default:
            guard let raw = cached?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            guard let number = Double(raw), number.isFinite else { return make(raw, .text) }
            return make(Self.shortest(number), .number(number))
        }
    }

    /// A number as a person would type it: `46112`, `-2`, `1.5`.
    static func shortest(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return "\(number)"
    }

    /// Copies the top-left value of a range merged down one column into the rows below it.
    private mutating func fill(_ reference: String, in cells: inout [Int: [Int: SheetCell]]) {
        let ends = reference.split(separator: ":").map(String.init)
        guard ends.count == 2, let first = CellReference.parse(ends[0]), let last = CellReference.parse(ends[1]) else { return }
        let topLeft = SourceLocation(file: file, sheet: sheet, row: first.row, column: first.column)
        guard first.column == last.column else {
            guard cells[first.row]?[first.column] != nil else { return }
            diagnostics.append(.error("cells \(reference) are merged across columns",
                                      hint: "unmerge them: each column of a placegraph sheet holds one field", at: topLeft))
            return
        }
        guard let value = cells[first.row]?[first.column] else { return }
        // A merge can claim a million rows: only rows that hold other cells are filled, so
        // the range never makes rows of its own.
        for row in cells.keys where row > first.row && row <= last.row && cells[row]?[first.column] == nil {
            let location = SourceLocation(file: file, sheet: sheet, row: row, column: first.column)
            cells[row]?[first.column] = value.moved(to: location)
        }
    }
}
