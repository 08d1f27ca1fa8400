/// Reads Mental Modeler's CSV adjacency matrix: the first row names the concepts the columns
/// stand for (its first cell is ignored), the first cell of each row names the row's concept,
/// and the cell in row A, column B is A's effect on B as a weight from −1 to 1.
///
/// A weight becomes an effect on placegraph's −3…+3 scale by multiplying by 3, rounded to 2
/// decimals; a result within 0.0015 of a whole number is that whole number, so thirds written
/// to three decimals or more (0.333, or 0.3333 and 0.6667 as ``MentalModelerWriter`` writes
/// them) read as +1 and +2, while 0.33 reads as 0.99. An empty cell or 0 is no interaction. Concepts become items
/// named by the text, as a cross-impact matrix's do.
struct MentalModelerReader {
    let file: String
    var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    /// An effect for a weight from −1 to 1, by the rule above.
    static func effect(weight: Double) -> Effect? {
        let scaled = weight * 3
        let whole = scaled.rounded()
        return Effect(abs(scaled - whole) <= 0.0015 ? whole : (scaled * 100).rounded() / 100)
    }

    mutating func map(_ rows: [CSVReader.Row], placeName: String) -> PlaceMap? {
        guard let header = rows.first else { return nil }
        var factors: [String: Factor] = [:], columns: [String] = []
        for cell in header.cells.dropFirst() {
            let name = cell.text.trimmingCharacters(in: .whitespaces)
            if name.isEmpty {
                diagnostics.append(.error("a concept in the first row has no name", hint: "name every column", at: cell.location))
            } else if factors[name] != nil {
                diagnostics.append(.error("the concept '\(name)' heads two columns", hint: "each concept heads one column", at: cell.location))
            } else {
                factors[name] = Factor(id: name, location: cell.location)
            }
            columns.append(name)
        }
        var interactions: [Interaction] = [], seenRows: Set<String> = []
        for row in rows.dropFirst() {
            let name = row.cells[0].text.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, seenRows.insert(name).inserted else {
                diagnostics.append(.error(name.isEmpty ? "a row names no concept" : "the concept '\(name)' heads two rows",
                                          hint: "the first cell of each row names its concept", at: row.cells[0].location))
                continue
            }
            if factors[name] == nil { factors[name] = Factor(id: name, location: row.cells[0].location) }
            if row.cells.count > columns.count + 1 {
                diagnostics.append(.error("the row has \(row.cells.count - 1) weights for \(columns.count) concepts",
                                          hint: "a matrix has one weight per column in every row", at: row.cells[columns.count + 1].location))
            }
            for (offset, cell) in row.cells.dropFirst().prefix(columns.count).enumerated() {
                let raw = cell.text.trimmingCharacters(in: .whitespaces)
                guard !raw.isEmpty else { continue }
                guard let weight = Double(raw.replacingOccurrences(of: "−", with: "-")), weight.isFinite, (-1.0...1.0).contains(weight),
                      raw.unicodeScalars.allSatisfy({ "0123456789.-−+".unicodeScalars.contains($0) }) else {
                    diagnostics.append(.error("'\(raw)' is not a weight from -1 to 1",
                                              hint: "Mental Modeler's weights run from -1 to 1; placegraph multiplies them by 3", at: cell.location))
                    continue
                }
                guard weight != 0, let effect = Self.effect(weight: weight), !columns[offset].isEmpty else { continue }
                interactions.append(Interaction(from: name, to: columns[offset], effect: effect, location: cell.location))
            }
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        return PlaceMap(place: Place(name: placeName), services: [], factors: factors.values.sorted { $0.id < $1.id },
                        interactions: interactions)
    }
}
