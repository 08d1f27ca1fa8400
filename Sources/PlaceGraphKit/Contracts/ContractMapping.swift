import Foundation

/// Which published contract each of the map's contracts is, when the map does not say so
/// itself: a CSV file (or a workbook's first sheet) with the columns `contract` (the map's
/// contract id) and `ocid` (an Open Contracting id or a register reference).
public struct ContractMapping: Sendable {
    /// One row: a map contract id and the published key it stands for.
    public struct Link: Sendable, Hashable {
        public let contract: String
        public let key: String
        public let location: SourceLocation
    }

    public let links: [Link]
    public let diagnostics: [Diagnostic]
    /// The CSV text, for quoting lines in diagnostics.
    public let source: String?

    static let fields: [AliasedColumns.Field] = [
        .init(name: "contract", headings: ["contract", "contract id", "map contract", "id"]),
        .init(name: "key", headings: ["ocid", "reference", "ocid or reference", "register reference", "published"]),
    ]

    /// Reads the mapping at `path`.
    ///
    /// - Throws: ``MapReadError`` when the file does not exist or cannot be read.
    public static func read(path: String) throws(MapReadError) -> ContractMapping {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        return read(data, file: path)
    }

    /// Reads a mapping held in memory; `file` names it in diagnostics and says whether it is a
    /// workbook.
    public static func read(_ data: Data, file: String) -> ContractMapping {
        var diagnostics: [Diagnostic] = []
        guard let table = TableFile.read(data, file: file, workbook: TableFile.isWorkbook(file), diagnostics: &diagnostics),
              let grid = table.grids.first, let header = grid.rows.first else {
            if diagnostics.isEmpty { diagnostics.append(.error("the mapping is empty", at: SourceLocation(file: file))) }
            return ContractMapping(links: [], diagnostics: diagnostics, source: nil)
        }
        let columns = AliasedColumns(header: header, fields: fields)
        guard columns.columns["contract"] != nil, columns.columns["key"] != nil else {
            diagnostics.append(.error("the mapping needs a 'contract' column and an 'ocid' column",
                                      hint: "the first row is 'contract,ocid'; each row names a contract of the map and its ocid or register reference",
                                      at: header.cells.first?.location ?? SourceLocation(file: file)))
            return ContractMapping(links: [], diagnostics: diagnostics, source: table.source)
        }
        var links: [Link] = [], seen: [String: SourceLocation] = [:]
        for row in grid.rows.dropFirst() {
            let contract = columns.cell("contract", in: row), key = columns.cell("key", in: row)
            guard let contract, let key else {
                diagnostics.append(.error("a row of the mapping has \(contract == nil ? "no contract" : "no ocid")",
                                          hint: "each row names a contract of the map and its ocid or register reference",
                                          at: (contract ?? key)?.location ?? SourceLocation(file: file)))
                continue
            }
            let id = contract.text.trimmingCharacters(in: .whitespaces)
            if let first = seen[id] {
                diagnostics.append(.error("the contract '\(id)' is mapped twice", hint: "the first is at \(first.place)",
                                          at: contract.location))
                continue
            }
            seen[id] = contract.location
            links.append(Link(contract: id, key: key.text.trimmingCharacters(in: .whitespaces), location: contract.location))
        }
        return ContractMapping(links: links, diagnostics: diagnostics, source: table.source)
    }
}
