/// Puts each contract under its service and each objective under its service or contract, as
/// the map format nests them, keeping the order of the rows.
///
/// A row whose parent is missing or unknown is reported, then nested under the first service
/// anyway, so its own fields are still checked and its id still counts: the map is refused
/// for the error, and one wrong cell does not turn into a cascade of unknown ids.
struct Nesting {
    private let services: [SheetTable.Record]
    private let contracts: [SheetTable.Record]
    private var serviceIndex: [String: Int] = [:]
    private var contractIndex: [String: Int] = [:]
    private var owners: [String: Int] = [:]
    private var contractsOfService: [Int: [Int]] = [:]
    private var serviceObjectives: [Int: [SheetTable.Record]] = [:]
    private var contractObjectives: [Int: [SheetTable.Record]] = [:]

    init(services: [SheetTable.Record], contracts: [SheetTable.Record]) {
        self.services = services
        self.contracts = contracts
        for (index, record) in services.enumerated() {
            if let id = Self.id(of: record), serviceIndex[id] == nil { serviceIndex[id] = index }
        }
    }

    /// Nests the contract at `index`; every contract is attached before any objective.
    mutating func attach(contract index: Int, reader: inout WorkbookMapReader) {
        let record = contracts[index]
        guard let service = parent(of: record, field: "service", among: serviceIndex, what: "service",
                                   hint: "name the id of its service, from the Services sheet", reader: &reader)
                ?? (services.isEmpty ? nil : 0)
        else { return }
        contractsOfService[service, default: []].append(index)
        if let id = Self.id(of: record), contractIndex[id] == nil { contractIndex[id] = index }
    }

    /// Nests an objective under its service or contract.
    mutating func attach(objective record: SheetTable.Record, reader: inout WorkbookMapReader) {
        // Services and contracts in one index: a service at i is -1 - i, a contract at i is i.
        if owners.isEmpty { owners = serviceIndex.mapValues { -1 - $0 }.merging(contractIndex) { service, _ in service } }
        guard let owner = parent(of: record, field: "belongs_to", among: owners, what: "service or contract",
                                 hint: "name the id of the service or contract it belongs to", reader: &reader)
                ?? (services.isEmpty ? nil : -1)
        else { return }
        if owner < 0 {
            serviceObjectives[-1 - owner, default: []].append(record)
        } else {
            contractObjectives[owner, default: []].append(record)
        }
    }

    /// The service at `index` as a mapping, with its objectives and contracts nested.
    func service(_ index: Int, reader: inout WorkbookMapReader) -> SourceNode {
        let record = services[index]
        var entries = reader.entries(of: record)
        let objectives = (serviceObjectives[index] ?? []).map { reader.record(of: $0, leaving: "belongs_to") }
        let contractNodes = (contractsOfService[index] ?? []).map { contract in
            var fields = reader.entries(of: contracts[contract], leaving: "service")
            let nested = (contractObjectives[contract] ?? []).map { reader.record(of: $0, leaving: "belongs_to") }
            if !nested.isEmpty {
                fields.append(SourceEntry(key: "objectives", keyLocation: contracts[contract].location,
                                          value: .sequence(nested, contracts[contract].location)))
            }
            return SourceNode.mapping(fields, contracts[contract].location)
        }
        if !objectives.isEmpty {
            entries.append(SourceEntry(key: "objectives", keyLocation: record.location, value: .sequence(objectives, record.location)))
        }
        if !contractNodes.isEmpty {
            entries.append(SourceEntry(key: "contracts", keyLocation: record.location, value: .sequence(contractNodes, record.location)))
        }
        return .mapping(entries, record.location)
    }

    /// The index the row's `field` names, or `nil` after reporting an empty or unknown one.
    private func parent(of record: SheetTable.Record, field: String, among known: [String: Int], what: String,
                        hint: String, reader: inout WorkbookMapReader) -> Int? {
        guard let cell = record.cell(field) else {
            let column = record.columns[field] ?? 1
            let location = SourceLocation(file: reader.file, sheet: record.location.sheet ?? "", row: record.location.line,
                                          column: column)
            reader.report(.error("the row has no '\(field)'", hint: hint, at: location))
            return nil
        }
        let id = cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let index = known[id] else {
            reader.report(.error("unknown \(what) '\(id)'\(Suggestion.didYouMean(id, in: known.keys.sorted()))",
                                 hint: hint, at: cell.location))
            return nil
        }
        return index
    }

    private static func id(of record: SheetTable.Record) -> String? {
        record.cell("id")?.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
