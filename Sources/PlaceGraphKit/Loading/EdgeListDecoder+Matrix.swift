/// The second CSV form: a cross-impact matrix, as SDG-interaction workshops write them.
extension EdgeListDecoder {
    /// True when the first row and the first column name at least one item in common, so the
    /// file is meant as a matrix (whose mismatched names ``decodeMatrix(_:placeName:)`` then
    /// reports one by one); a header such as `x,y,z` over rows `1,2,3` is not.
    static func isMatrix(_ rows: [CSVReader.Row]) -> Bool {
        guard let header = rows.first else { return false }
        let columns = Set(header.cells.dropFirst().map { $0.text.trimmingCharacters(in: .whitespaces) })
        return rows.dropFirst().contains { row in
            let name = row.cells[0].text.trimmingCharacters(in: .whitespaces)
            return !name.isEmpty && columns.contains(name)
        }
    }

    /// Reads a cross-impact matrix: the header row names the columns, the first cell of each
    /// row names the row, and each non-empty, non-zero cell is an interaction. The rows and
    /// the columns name the same items, in any order; the corner cell may hold a label.
    ///
    /// A zero is "consistent" on Nilsson's scale, meaning no significant interaction, so it
    /// draws no edge; matrices from SDG workshops are mostly zeros.
    mutating func decodeMatrix(_ rows: [CSVReader.Row], placeName: String) -> PlaceMap? {
        guard let header = rows.first else { return nil }
        let columnNames = header.cells.dropFirst().map { $0.text.trimmingCharacters(in: .whitespaces) }
        var factors: [String: Factor] = [:]
        var seenColumns: [String: SourceLocation] = [:]
        for cell in header.cells.dropFirst() {
            let id = cell.text.trimmingCharacters(in: .whitespaces)
            if id.isEmpty {
                diagnostics.append(.error("empty column name in the matrix header", hint: "name every column", at: cell.location))
            } else if seenColumns[id] != nil {
                diagnostics.append(.error("duplicate column '\(id)'", hint: "each item heads one column", at: cell.location))
            } else {
                seenColumns[id] = cell.location
                factors[id] = Factor(id: id, location: cell.location)
            }
        }
        let sameItems = "a cross-impact matrix names the same items across its first row and down its first column"
        var seenRows: Set<String> = []
        var interactions: [Interaction] = []
        // Suggestions compare every name with every other, so only the first few mismatches get one.
        var suggestionsLeft = 20
        func suggestion(_ name: String, in names: some Sequence<String>) -> String {
            suggestionsLeft -= 1
            return suggestionsLeft >= 0 ? Suggestion.didYouMean(name, in: names) : ""
        }
        for row in rows.dropFirst() {
            let rowName = row.cells[0].text.trimmingCharacters(in: .whitespaces)
            guard !rowName.isEmpty else {
                diagnostics.append(.error("empty row name in the matrix", hint: "the first cell of each row names its item", at: row.cells[0].location))
                continue
            }
            guard seenRows.insert(rowName).inserted else {
                diagnostics.append(.error("duplicate row '\(rowName)'", hint: "each item heads one row", at: row.cells[0].location))
                continue
            }
            if seenColumns[rowName] == nil {
                diagnostics.append(.error("row '\(rowName)' has no column\(suggestion(rowName, in: seenColumns.keys))",
                                          hint: sameItems, at: row.cells[0].location))
            }
            guard fits(row, header, what: "matrix row",
                       hint: "a cross-impact matrix has one cell per column in every row")
            else { continue }
            for (offset, cell) in row.cells.dropFirst().enumerated() {
                let raw = cell.text.trimmingCharacters(in: .whitespaces)
                guard !raw.isEmpty,
                      let effect = EffectReader.read(raw, at: cell.location, allowsBareSign: true, into: &diagnostics),
                      effect.value != 0 else { continue }
                interactions.append(Interaction(from: rowName, to: columnNames[offset], effect: effect,
                                                location: cell.location))
            }
        }
        for (name, location) in seenColumns.sorted(by: { $0.value < $1.value }) where !seenRows.contains(name) {
            diagnostics.append(.error("column '\(name)' has no row\(suggestion(name, in: seenRows))",
                                      hint: sameItems, at: location))
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        return PlaceMap(place: Place(name: placeName), services: [],
                        factors: factors.values.sorted { $0.id < $1.id }, interactions: interactions)
    }
}
