/// How many rows of each id sheet the drop-downs cover.
struct IDCapacity {
    let services: Int
    let contracts: Int
    let objectives: Int

    var serviceRange: String { "\(WorkbookLayout.services)!$A$2:$A$\(services + 1)" }
    var contractRange: String { "\(WorkbookLayout.contracts)!$A$2:$A$\(contracts + 1)" }
    var objectiveRange: String { "\(WorkbookLayout.objectives)!$A$2:$A$\(objectives + 1)" }
}

/// The data validations of each sheet: drop-downs of ids, the scale, confidence and `mutual`,
/// and date checks.
enum Validations {
    static func contracts(capacity: IDCapacity, extensionColumns: Int) -> [SheetSpec.Validation] {
        let rows = capacity.contracts + 1
        // start, end and the extension options sit side by side from column E.
        let lastDate = SourceLocation.columnLetters(6 + extensionColumns)
        return [
            .init(type: "list", range: "B2:B\(rows)", formula1: "ServiceIDs", title: "service",
                  message: "The id of the service this contract belongs to, from the Services sheet."),
            .init(type: "date", range: "E2:\(lastDate)\(rows)", formula1: "1", formula2: String(ExcelDate.lastSerial),
                  operatorName: "between", title: "date", message: "A date, such as 2026-03-31."),
        ]
    }

    static func objectives(capacity: IDCapacity) -> [SheetSpec.Validation] {
        [.init(type: "list", range: "B2:B\(capacity.objectives + 1)", formula1: "OwnerIDs", title: "belongs_to",
               message: "The id of the service or contract this objective belongs to.")]
    }

    static func interactions(rows: Int) -> [SheetSpec.Validation] {
        let last = rows + 1
        return [
            .init(type: "list", range: "A2:B\(last)", formula1: "ItemIDs", title: "item",
                  message: "The id of a service, contract or objective from the other sheets."),
            .init(type: "list", range: "C2:C\(last)", formula1: "Effects", warnOnly: true, title: "effect",
                  message: "-3 cancelling … 0 consistent … +3 indivisible; see the Scale sheet."),
            .init(type: "list", range: "F2:F\(last)", formula1: "\"low,medium,high\"", title: "confidence",
                  message: "low, medium or high; medium when empty."),
            .init(type: "list", range: "G2:G\(last)", formula1: "\"TRUE,FALSE\"", title: "mutual",
                  message: "TRUE when the effect runs both ways."),
        ]
    }
}

/// The hidden Lists sheet: column A every service, contract and objective id, column B every
/// service and contract id, each worked out by a formula from the id columns of the other
/// sheets, so ids a person adds join the drop-downs. The formulas take each sheet's ids down to
/// its first empty id cell.
enum IDLists {
    static func names(capacity: IDCapacity) -> [WorkbookPackage.DefinedName] {
        let s = "COUNTA(\(capacity.serviceRange))", c = "COUNTA(\(capacity.contractRange))"
        let o = "COUNTA(\(capacity.objectiveRange))"
        let lists = WorkbookLayout.lists
        return [
            .init(name: "ItemIDs", formula: "OFFSET(\(lists)!$A$2,0,0,MAX(1,\(s)+\(c)+\(o)),1)"),
            .init(name: "OwnerIDs", formula: "OFFSET(\(lists)!$B$2,0,0,MAX(1,\(s)+\(c)),1)"),
            .init(name: "ServiceIDs", formula: "OFFSET(\(WorkbookLayout.services)!$A$2,0,0,MAX(1,\(s)),1)"),
        ]
    }

    static func sheet(capacity: IDCapacity, services: [Service], contracts: [Contract], objectives: [Objective]) -> SheetSpec {
        let k = "ROW()-1"
        let (sr, cr, or) = (capacity.serviceRange, capacity.contractRange, capacity.objectiveRange)
        let s = "COUNTA(\(sr))", c = "COUNTA(\(cr))", o = "COUNTA(\(or))"
        let pick = { (range: String, offset: String) in "INDEX(\(range),\(k)\(offset))&\"\"" }
        let owners = "IF(\(k)<=\(s),\(pick(sr, "")),IF(\(k)<=\(s)+\(c),\(pick(cr, "-\(s)")),\"\"))"
        let items = "IF(\(k)<=\(s),\(pick(sr, "")),IF(\(k)<=\(s)+\(c),\(pick(cr, "-\(s)")),IF(\(k)<=\(s)+\(c)+\(o),\(pick(or, "-\(s)-\(c)")),\"\")))"
        let ownerIDs = services.map(\.id) + contracts.map(\.id)
        let itemIDs = ownerIDs + objectives.map(\.id)
        let itemRows = capacity.services + capacity.contracts + capacity.objectives
        let ownerRows = capacity.services + capacity.contracts
        let rows: [[SheetSpec.Value?]] = (0..<itemRows).map { index in
            let item = index < itemIDs.count ? itemIDs[index] : ""
            let owner = index < ownerIDs.count ? ownerIDs[index] : ""
            let a: SheetSpec.Value = index == 0
                ? .sharedFormula(items, range: "A2:A\(itemRows + 1)", group: 0, cached: item)
                : .sharedFormulaCopy(group: 0, cached: item)
            guard index < ownerRows else { return [a, nil] }
            let b: SheetSpec.Value = index == 0
                ? .sharedFormula(owners, range: "B2:B\(ownerRows + 1)", group: 1, cached: owner)
                : .sharedFormulaCopy(group: 1, cached: owner)
            return [a, b]
        }
        var sheet = SheetSpec(name: WorkbookLayout.lists, columns: [("item ids", 26, false), ("service and contract ids", 26, false)],
                              rows: rows)
        sheet.hidden = true
        return sheet
    }
}

/// The Scale sheet: the seven points of Nilsson, Griggs & Visbeck (2016).
enum ScaleSheet {
    static let meanings: [Int: String] = [
        3: "one cannot be achieved without the other",
        2: "one directly helps the other",
        1: "one creates conditions for the other",
        0: "no significant effect",
        -1: "one limits the options of the other",
        -2: "one works against the other",
        -3: "one makes the other impossible",
    ]

    static let rows: [[SheetSpec.Value?]] = Effect.names.map { point in
        [.number(Double(point.value)), .text(point.name), .text(meanings[point.value] ?? "")]
    }
}
