import Foundation

/// Writes a ``PlaceMap`` as an `.xlsx` workbook a strategy team can fill in: the sheets Place,
/// Areas, Services, Contracts, Objectives and Interactions, a Scale sheet explaining the
/// effect scale, and a hidden Lists sheet behind the id drop-downs.
///
/// Every text is written as text, never as a formula, so a name starting with `=` stays a
/// name. The bytes depend only on the map.
public enum WorkbookWriter {
    /// The longest text a spreadsheet cell holds.
    public static let maximumCellText = 32_767

    /// The workbook's bytes.
    ///
    /// - Throws: ``MapWriteError`` when a text is longer than a cell can hold.
    public static func data(for map: PlaceMap) throws(MapWriteError) -> Data {
        let sheets = WorkbookSheets(map)
        try sheets.checkTextLengths()
        do {
            return try WorkbookPackage.data(sheets: sheets.specs, names: sheets.definedNames, title: map.place.name)
        } catch {
            throw MapWriteError("cannot assemble the workbook: \(error)")
        }
    }
}

/// The sheets of one map, with the capacities their drop-downs and date checks cover.
struct WorkbookSheets {
    let specs: [SheetSpec]
    let definedNames: [WorkbookPackage.DefinedName]

    /// Validations reach this many rows past the last one written, for the rows a person adds.
    static let spareRows = 500

    init(_ map: PlaceMap) {
        let services = map.services + map.factors.map { Service(id: $0.id, name: $0.id) }
        let contracts = services.flatMap { service in service.contracts.map { (service: service.id, contract: $0) } }
        let objectives = services.flatMap { service in
            service.objectives.map { (owner: service.id, objective: $0) }
                + service.contracts.flatMap { contract in contract.objectives.map { (owner: contract.id, objective: $0) } }
        }
        let capacity = IDCapacity(services: services.count + Self.spareRows, contracts: contracts.count + Self.spareRows,
                                  objectives: objectives.count + Self.spareRows)
        let interactionRows = map.interactions.count + Self.spareRows
        let extensionColumns = max(1, contracts.map(\.contract.extensionOptions.count).max() ?? 1)

        let place = SheetSpec(name: WorkbookLayout.place, columns: [("field", 14, false), ("value", 44, false), ("meaning", 70, false)],
                              rows: WorkbookLayout.placeFields.map { field in
            let value: SheetSpec.Value? = switch field.name {
            case "placegraph": .number(1)
            case "name": .text(map.place.name)
            case "mission": map.place.mission.map { .text($0) }
            default: map.place.leadTime.map { .text($0.description) }
            }
            return [.text(field.name), value, .text(field.meaning)]
        })
        let areas = SheetSpec(name: WorkbookLayout.areas, columns: Self.columns(WorkbookLayout.areaColumns),
                              rows: map.place.areas.map { [.text($0.id), .text($0.name)] })
        let serviceSheet = SheetSpec(name: WorkbookLayout.services, columns: Self.columns(WorkbookLayout.serviceColumns),
                                     rows: services.map { service in
            [.text(service.id), .text(service.name), service.domain.map { .text($0) }, service.owner.map { .text($0) },
             service.areas.isEmpty ? nil : .text(service.areas.joined(separator: ", "))]
        })
        var contractSheet = SheetSpec(name: WorkbookLayout.contracts,
                                      columns: Self.columns(WorkbookLayout.contractColumns(extensionColumns: extensionColumns)),
                                      rows: contracts.map { entry in
            let contract = entry.contract
            let options: [SheetSpec.Value?] = (0..<extensionColumns).map { index in
                index < contract.extensionOptions.count ? .date(contract.extensionOptions[index]) : nil
            }
            let head: [SheetSpec.Value?] = [.text(contract.id), .text(entry.service), .text(contract.name),
                                            contract.supplier.map { .text($0) }, contract.start.map { .date($0) },
                                            contract.end.map { .date($0) }]
            let tail: [SheetSpec.Value?] = [contract.leadTime.map { .text($0.description) }, contract.ocid.map { .text($0) },
                                            contract.value.map { .number($0) }]
            return head + options + tail
        })
        contractSheet.validations = Validations.contracts(capacity: capacity, extensionColumns: extensionColumns)
        var objectiveSheet = SheetSpec(name: WorkbookLayout.objectives, columns: Self.columns(WorkbookLayout.objectiveColumns),
                                       rows: objectives.map { entry in
            [.text(entry.objective.id), .text(entry.owner), .text(entry.objective.text), entry.objective.kpi.map { .text($0) }]
        })
        objectiveSheet.validations = Validations.objectives(capacity: capacity)
        var interactionSheet = SheetSpec(name: WorkbookLayout.interactions, columns: Self.columns(WorkbookLayout.interactionColumns),
                                         rows: map.interactions.map { interaction in
            [.text(interaction.from), .text(interaction.to), .number(interaction.effect.value),
             interaction.because.map { .text($0) }, interaction.evidence.map { .text($0) },
             .text(interaction.confidence.rawValue), .boolean(interaction.mutual)]
        })
        interactionSheet.validations = Validations.interactions(rows: interactionRows)
        let scale = SheetSpec(name: WorkbookLayout.scale, columns: [("value", 8, false), ("name", 16, false), ("meaning", 56, false)],
                              rows: ScaleSheet.rows)
        specs = [place, areas, serviceSheet, contractSheet, objectiveSheet, interactionSheet, scale,
                 IDLists.sheet(capacity: capacity, services: services, contracts: contracts.map(\.contract),
                               objectives: objectives.map(\.objective))]
        definedNames = IDLists.names(capacity: capacity) + [
            .init(name: "Effects", formula: "\(WorkbookLayout.scale)!$A$2:$A$\(ScaleSheet.rows.count + 1)"),
        ]
    }

    private static func columns(_ layout: [WorkbookLayout.Column]) -> [(header: String, width: Double, isDate: Bool)] {
        layout.map { ($0.name, $0.width, $0.kind == .date) }
    }

    /// Refuses a text no spreadsheet cell can hold.
    func checkTextLengths() throws(MapWriteError) {
        for sheet in specs {
            for (offset, row) in sheet.rows.enumerated() {
                for (column, value) in row.enumerated() {
                    guard case let .text(text)? = value, text.utf16.count > WorkbookWriter.maximumCellText else { continue }
                    let cell = SourceLocation.cellReference(sheet: sheet.name, row: offset + 2, column: column + 1)
                    throw MapWriteError("the text for \(cell) has \(text.utf16.count) characters; a spreadsheet cell holds at most \(WorkbookWriter.maximumCellText)")
                }
            }
        }
    }
}
