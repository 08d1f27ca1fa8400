import Foundation

/// Reads a placegraph workbook into the same ``SourceNode`` tree the YAML and JSON readers
/// produce, every value located at its cell, so ``MapDecoder`` checks it unchanged.
///
/// Contracts and objectives sit in sheets of their own and name the row they belong to
/// (`service`, `belongs_to`); this reader nests them back under it.
struct WorkbookMapReader {
    private(set) var diagnostics: [Diagnostic] = []
    let file: String
    private var uses1904 = false

    init(file: String) { self.file = file }

    /// The tree of the workbook in `data`, or `nil` when its structure stops it being read
    /// (see ``diagnostics``).
    mutating func read(_ data: Data) -> SourceNode? {
        do {
            var workbook = try WorkbookFile(data: data, file: file)
            uses1904 = workbook.uses1904
            let names = workbook.sheets.map(\.name)
            var missing = false
            for name in WorkbookLayout.requiredSheets where workbook.entry(named: name) == nil {
                missing = true
                diagnostics.append(.error("the workbook has no '\(name)' sheet\(Suggestion.didYouMean(name, in: names))",
                                          hint: "a placegraph workbook has the sheets \(WorkbookLayout.requiredSheets.joined(separator: ", ")); 'placegraph init --format xlsx' writes one",
                                          at: SourceLocation(file: file)))
            }
            guard !missing else { return nil }
            func grid(_ name: String) throws(Diagnostic) -> SheetGrid? {
                guard let entry = workbook.entry(named: name) else { return nil }
                return try workbook.grid(of: entry, diagnostics: &diagnostics)
            }
            let place = try grid(WorkbookLayout.place), areas = try grid(WorkbookLayout.areas)
            let services = try grid(WorkbookLayout.services), contracts = try grid(WorkbookLayout.contracts)
            let objectives = try grid(WorkbookLayout.objectives), interactions = try grid(WorkbookLayout.interactions)
            guard let place, let services, let contracts, let objectives, let interactions else { return nil }
            return tree(place: place, areas: areas, services: services, contracts: contracts,
                        objectives: objectives, interactions: interactions)
        } catch {
            diagnostics.append(error)
            return nil
        }
    }

    private mutating func tree(place: SheetGrid, areas: SheetGrid?, services: SheetGrid, contracts: SheetGrid,
                               objectives: SheetGrid, interactions: SheetGrid) -> SourceNode? {
        func names(_ columns: [WorkbookLayout.Column]) -> [String] { columns.map(\.name) }
        let areaTable = areas.map { SheetTable($0, fields: names(WorkbookLayout.areaColumns), required: ["id"], file: file, diagnostics: &diagnostics) }
        let serviceTable = SheetTable(services, fields: names(WorkbookLayout.serviceColumns), required: ["id", "name"],
                                      file: file, diagnostics: &diagnostics)
        let contractTable = SheetTable(contracts, fields: names(WorkbookLayout.contractColumns()), required: ["id", "service", "name"],
                                       allowsExtensions: true, file: file, diagnostics: &diagnostics)
        let objectiveTable = SheetTable(objectives, fields: names(WorkbookLayout.objectiveColumns), required: ["id", "belongs_to", "text"],
                                        file: file, diagnostics: &diagnostics)
        let interactionTable = SheetTable(interactions, fields: names(WorkbookLayout.interactionColumns), required: ["from", "to", "effect"],
                                          file: file, diagnostics: &diagnostics)
        let tables = [serviceTable, contractTable, objectiveTable, interactionTable] + (areaTable.map { [$0] } ?? [])
        guard tables.allSatisfy(\.usable) else { return nil }

        var (root, placeEntries) = placeFields(place)
        if let areaTable {
            let location = SourceLocation(file: file, sheet: areaTable.sheet, row: 1, column: 1)
            placeEntries.append(SourceEntry(key: "areas", keyLocation: location,
                                            value: .sequence(areaTable.records.map { record(of: $0) }, location)))
        }
        let placeLocation = SourceLocation(file: file, sheet: place.name, row: 1, column: 1)
        root.append(SourceEntry(key: "place", keyLocation: placeLocation, value: .mapping(placeEntries, placeLocation)))

        var nesting = Nesting(services: serviceTable.records, contracts: contractTable.records)
        for index in contractTable.records.indices {
            nesting.attach(contract: index, reader: &self)
        }
        for record in objectiveTable.records {
            nesting.attach(objective: record, reader: &self)
        }
        let serviceNodes = serviceTable.records.indices.map { nesting.service($0, reader: &self) }
        let servicesLocation = SourceLocation(file: file, sheet: services.name, row: 1, column: 1)
        root.append(SourceEntry(key: "services", keyLocation: servicesLocation, value: .sequence(serviceNodes, servicesLocation)))
        let interactionsLocation = SourceLocation(file: file, sheet: interactions.name, row: 1, column: 1)
        root.append(SourceEntry(key: "interactions", keyLocation: interactionsLocation,
                                value: .sequence(interactionTable.records.map { record(of: $0) }, interactionsLocation)))
        return .mapping(root, placeLocation)
    }

    /// The Place sheet's field rows: `placegraph` goes to the root (1 when absent), the rest
    /// to `place`. A first row reading `field` is a header.
    private mutating func placeFields(_ grid: SheetGrid) -> (root: [SourceEntry], place: [SourceEntry]) {
        var root: [SourceEntry] = [], place: [SourceEntry] = [], seen: [String: SourceLocation] = [:]
        for (index, row) in grid.rows.enumerated() {
            guard let nameCell = row.cell(1) else { continue }
            let field = WorkbookLayout.fieldName(nameCell.text)
            if index == 0 && field == "field" { continue }
            guard let valueCell = row.cell(2) else { continue }
            if let first = seen[field] {
                diagnostics.append(.error("the field '\(field)' is given twice in the \(grid.name) sheet",
                                          hint: "keep one row for it; the first is at \(first.place)", at: nameCell.location))
                continue
            }
            seen[field] = nameCell.location
            let kind: WorkbookLayout.Kind = field == "name" || field == "mission" ? .text : .id
            guard let value = scalar(valueCell, kind: kind) else { continue }
            let entry = SourceEntry(key: field, keyLocation: nameCell.location, value: value)
            if field == "placegraph" { root.append(entry) } else { place.append(entry) }
        }
        if root.isEmpty {
            let location = SourceLocation(file: file, sheet: grid.name, row: 1, column: 1)
            root.append(SourceEntry(key: "placegraph", keyLocation: location,
                                    value: .scalar(SourceScalar(text: "1", isQuoted: false, isNull: false, location: location))))
        }
        return (root, place)
    }

    /// A row as a mapping of its fields.
    mutating func record(of record: SheetTable.Record, leaving parent: String? = nil) -> SourceNode {
        .mapping(entries(of: record, leaving: parent), record.location)
    }

    /// A row's fields, with extension options gathered into `extension` (one) or `extensions`
    /// (several, in column order), and the `parent` field left out.
    mutating func entries(of record: SheetTable.Record, leaving parent: String? = nil) -> [SourceEntry] {
        var entries: [SourceEntry] = [], options: [(number: Int, node: SourceNode, cell: SheetCell)] = []
        for (field, cell) in record.cells where field != parent {
            if let option = WorkbookLayout.extensionOption(field) {
                if let node = scalar(cell, kind: .date) { options.append((option, node, cell)) }
                continue
            }
            guard let node = scalar(cell, kind: kind(of: field)) else { continue }
            entries.append(SourceEntry(key: field, keyLocation: cell.location, value: node))
        }
        options.sort { $0.number < $1.number }
        if options.count == 1, let only = options.first {
            entries.append(SourceEntry(key: "extension", keyLocation: only.cell.location, value: only.node))
        } else if let first = options.first {
            entries.append(SourceEntry(key: "extensions", keyLocation: first.cell.location,
                                       value: .sequence(options.map(\.node), first.cell.location)))
        }
        return entries
    }

    /// A cell as a value: a number in a date column read as a serial date, a list of ids split
    /// at commas and semicolons, and everything but free text trimmed. `nil` when the cell
    /// cannot be a value (reported).
    mutating func scalar(_ cell: SheetCell, kind: WorkbookLayout.Kind) -> SourceNode? {
        func text(_ value: String, at location: SourceLocation = cell.location) -> SourceNode {
            .scalar(SourceScalar(text: value, isQuoted: false, isNull: false, location: location))
        }
        switch kind {
        case .text:
            return text(cell.text)
        case .date:
            guard case let .number(serial) = cell.kind else { return text(cell.text.trimmingCharacters(in: .whitespaces)) }
            switch ExcelDate.date(serial: serial, uses1904: uses1904) {
            case let .success(date):
                return text(date.description)
            case .failure(.phantomLeapDay):
                report(.error("day 60 of a spreadsheet's calendar is 29 February 1900, which never existed",
                              hint: "spreadsheets keep this day for compatibility with Lotus 1-2-3; type the date as YYYY-MM-DD",
                              at: cell.location))
            case .failure(.outOfRange):
                report(.error("the number \(cell.text) in a date column is not a date",
                              hint: "spreadsheets store dates as day numbers from 1 (1900-01-01) to \(ExcelDate.lastSerial) (9999-12-31); type the date as YYYY-MM-DD",
                              at: cell.location))
            }
            return nil
        case .idList:
            let ids = cell.text.split(whereSeparator: { $0 == "," || $0 == ";" })
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            return .sequence(ids.map { text($0) }, cell.location)
        case .id, .number, .effect, .confidence, .flag, .parent:
            return text(cell.text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    private func kind(of field: String) -> WorkbookLayout.Kind { Self.kinds[field] ?? .text }

    /// Each column's kind by field name; a name means the same in every sheet.
    private static let kinds: [String: WorkbookLayout.Kind] = {
        let all = WorkbookLayout.areaColumns + WorkbookLayout.serviceColumns + WorkbookLayout.contractColumns()
            + WorkbookLayout.objectiveColumns + WorkbookLayout.interactionColumns
        return Dictionary(all.map { ($0.name, $0.kind) }) { first, _ in first }
    }()
}
