/// Reads a contract register as the Local Government Transparency Code 2015 (part 2,
/// "Contracts") asks councils to publish it: one contract a row, with its reference, title,
/// supplier, value and start, end and review dates. Councils name the columns in their own
/// words, so each field is found under any of its usual headings, in any case and spacing.
///
/// Other columns (department, description, VAT, review date, SME and VCSE status, …) are not
/// read: a review date is when the council looks at the contract again, not when it can next
/// change it.
struct ContractRegisterReader {
    static let fields: [AliasedColumns.Field] = [
        .init(name: "reference", headings: ["reference", "reference number", "contract reference", "contract reference number",
                                            "contract ref", "ref", "contract number", "contract no", "contract id", "id"]),
        .init(name: "ocid", headings: ["ocid", "open contracting id", "ocds id"]),
        .init(name: "title", headings: ["title", "title of agreement", "contract title", "contract name", "agreement title", "name"]),
        .init(name: "supplier", headings: ["supplier", "supplier name", "supplier name and details", "suppliers", "vendor",
                                           "vendor name", "contractor", "provider"]),
        .init(name: "start", headings: ["start", "start date", "contract start date", "contract start", "commencement date",
                                        "validity period start"]),
        .init(name: "end", headings: ["end", "end date", "contract end date", "contract end", "expiry date",
                                      "contract current end date", "current end date", "validity period end"]),
        .init(name: "extension", headings: ["extension", "extension date", "extended end date", "end date including extensions",
                                            "end date with extensions", "maximum end date", "contract maximum end date",
                                            "max extent date", "latest end date"]),
        .init(name: "value", headings: ["value", "contract value", "total value", "total contract value",
                                        "sum to be paid over the length of the contract", "contract award value",
                                        "award value", "original contract value", "estimated value"]),
    ]

    /// Cells that say "no value" in registers, read as empty.
    static let placeholders: Set<String> = ["n/a", "na", "tbc", "tba", "-", "none", "not applicable", "unknown"]

    let file: String
    let uses1904: Bool
    var diagnostics: [Diagnostic] = []

    /// The contracts in the first sheet of a register (or its only table, for a CSV file).
    mutating func contracts(in grid: SheetGrid) -> [PublishedContract] {
        guard let header = grid.rows.first else {
            diagnostics.append(.error("the contract register is empty", at: SourceLocation(file: file)))
            return []
        }
        let columns = AliasedColumns(header: header, fields: Self.fields)
        guard columns.columns["reference"] != nil || columns.columns["ocid"] != nil else {
            diagnostics.append(.error("no column names the contracts: expected a reference or an ocid column",
                                      hint: "the first row names the columns, such as 'Reference number', 'Title', 'Supplier name', 'Start date', 'End date', 'Value'",
                                      at: header.cells.first?.location ?? SourceLocation(file: file)))
            return []
        }
        var seen: [String: SourceLocation] = [:]
        return grid.rows.dropFirst().compactMap { row -> PublishedContract? in
            func text(_ field: String) -> SheetCell? {
                guard let cell = columns.cell(field, in: row) else { return nil }
                let trimmed = cell.text.trimmingCharacters(in: .whitespaces)
                return Self.placeholders.contains(trimmed.lowercased()) ? nil : cell
            }
            let reference = text("reference")?.text.trimmingCharacters(in: .whitespaces)
            let ocid = text("ocid")?.text.trimmingCharacters(in: .whitespaces)
            guard let key = ocid ?? reference else {
                diagnostics.append(.warning("a row names no contract (its reference and ocid are empty) and is not read",
                                            at: row.cells.first?.location ?? SourceLocation(file: file)))
                return nil
            }
            let location = row.cells.first?.location ?? SourceLocation(file: file)
            if let first = seen[key] {
                diagnostics.append(.warning("'\(key)' is listed again; the first row, at \(first.place), is read", at: location))
                return nil
            }
            seen[key] = location
            func dated(_ field: String) -> Published<CalendarDate>? {
                text(field).flatMap { date($0, heading: columns.headings[field] ?? field) }
            }
            let start = dated("start"), end = dated("end"), extent = dated("extension")
            if let start, let end, end.value < start.value {
                diagnostics.append(.error("the contract ends (\(end.value)) before it starts (\(start.value))", at: end.location))
            }
            let value = text("value").flatMap { amount($0, heading: columns.headings["value"] ?? "value") }
            let supplier = text("supplier").map { cell in
                Published([cell.text.trimmingCharacters(in: .whitespaces)], field: columns.headings["supplier"] ?? "supplier",
                          location: cell.location)
            }
            return PublishedContract(ocid: ocid, reference: reference, title: text("title")?.text, start: start, end: end,
                                     maxExtent: extent, value: value, suppliers: supplier, location: location)
        }
    }

    private mutating func date(_ cell: SheetCell, heading: String) -> Published<CalendarDate>? {
        if case let .number(serial) = cell.kind, case let .success(date) = ExcelDate.date(serial: serial, uses1904: uses1904) {
            return Published(date, field: heading, location: cell.location)
        }
        guard let date = RegisterText.date(cell.text) else {
            diagnostics.append(.error("'\(cell.text)' under '\(heading)' is not a date",
                                      hint: "write dates as 2026-03-31 or 31/03/2026 (day first), or 31 March 2026",
                                      at: cell.location))
            return nil
        }
        return Published(date, field: heading, location: cell.location)
    }

    private mutating func amount(_ cell: SheetCell, heading: String) -> Published<Double>? {
        guard let value = RegisterText.amount(cell.text) else {
            diagnostics.append(.error("'\(cell.text)' under '\(heading)' is not an amount of pounds",
                                      hint: "write it as a number, such as 1200000 or £1,200,000.00", at: cell.location))
            return nil
        }
        return Published(value, field: heading, location: cell.location)
    }
}
