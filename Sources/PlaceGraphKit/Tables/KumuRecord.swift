/// One element or connection of a Kumu map, read from a blueprint or a sheet: its fields by
/// name (lower case, spaces kept), each with where it was written.
struct KumuRecord {
    struct Value {
        /// The text, or each entry of a list (`tags`, or a field written `a|b|c`).
        let texts: [String]
        let location: SourceLocation
        var text: String { texts.joined(separator: "|") }
    }

    let fields: [String: Value]
    let location: SourceLocation

    /// The field called `name` (any case, spaces or underscores), when it has a value.
    func field(_ name: String) -> Value? {
        fields[KumuRecord.key(name)].flatMap { value in value.texts.allSatisfy { $0.isEmpty } ? nil : value }
    }

    /// A heading or key as the reader looks it up: lower case, words joined by one space.
    static func key(_ name: String) -> String { AliasedColumns.normalized(name) }

    /// The records of a blueprint's `elements` or `connections` array.
    static func records(_ list: PointedValue?, diagnostics: inout [Diagnostic]) -> [KumuRecord] {
        guard let list else { return [] }
        guard let items = list.items else {
            diagnostics.append(.error("expected an array, found \(list.kind)", at: list.location))
            return []
        }
        return items.compactMap { item in
            guard case let .mapping(entries, _) = item.node else {
                diagnostics.append(.error("expected an object, found \(item.kind)", at: item.location))
                return nil
            }
            var fields: [String: Value] = [:]
            for entry in entries {
                guard let value = item[entry.key] else { continue }
                let texts: [String]
                if let elements = value.items {
                    texts = elements.compactMap { $0.string ?? $0.number.map(MapOutline.number) }
                } else if let string = value.string {
                    texts = [string]
                } else if case let .scalar(scalar) = value.node {
                    texts = [scalar.text]
                } else {
                    diagnostics.append(.error("expected a value or a list for '\(entry.key)', found \(value.kind)", at: value.location))
                    continue
                }
                fields[key(entry.key)] = Value(texts: texts, location: value.location)
            }
            return KumuRecord(fields: fields, location: item.location)
        }
    }

    /// The records of a sheet: its first row names the fields; `|` separates the entries of
    /// `tags` and of multi-valued fields.
    static func records(_ grid: SheetGrid) -> [KumuRecord] {
        guard let header = grid.rows.first else { return [] }
        let names = Dictionary(header.cells.map { ($0.column, key($0.text)) }, uniquingKeysWith: { first, _ in first })
        return grid.rows.dropFirst().map { row in
            var fields: [String: Value] = [:]
            for cell in row.cells {
                guard let name = names[cell.column] else { continue }
                let texts = cell.text.split(separator: "|", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                fields[name] = Value(texts: texts, location: cell.location)
            }
            return KumuRecord(fields: fields, location: row.cells.first?.location ?? SourceLocation(file: grid.name))
        }
    }
}
