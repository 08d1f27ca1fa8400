import Foundation

/// Turns CSV rows into a ``PlaceMap``: either an edge list (one interaction a row) or a
/// cross-impact matrix (row A, column B holds A's effect on B), as SPEC §2 describes.
struct EdgeListDecoder {
    private(set) var diagnostics: [Diagnostic] = []
    let file: String

    /// Header names, lowercased, and the field each one fills.
    static let aliases: [String: String] = [
        "from": "from", "source": "from",
        "to": "to", "target": "to",
        "effect": "effect", "sign": "sign", "polarity": "sign", "weight": "weight",
        "because": "because", "evidence": "evidence", "confidence": "confidence", "mutual": "mutual",
    ]

    /// True when the header names both ends of an edge, so the file is an edge list.
    static func isEdgeList(_ header: CSVReader.Row) -> Bool {
        let fields = Set(header.cells.compactMap { aliases[normalise($0.text)] })
        return fields.contains("from") && fields.contains("to")
    }

    static func normalise(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }

    mutating func decodeEdgeList(_ rows: [CSVReader.Row], placeName: String) -> PlaceMap? {
        guard let header = rows.first else { return nil }
        var columns: [String: Int] = [:]
        for (index, cell) in header.cells.enumerated() {
            let name = Self.normalise(cell.text)
            guard let field = Self.aliases[name] else {
                let hint = "known columns: from (or source), to (or target), effect (or sign, weight, polarity), because, evidence, confidence, mutual"
                diagnostics.append(.warning("column '\(cell.text)' is not used\(Suggestion.didYouMean(name, in: Self.aliases.keys))",
                                            hint: hint, at: cell.location))
                continue
            }
            if columns[field] != nil {
                diagnostics.append(.error("two columns give '\(field)'", hint: "keep one of them", at: cell.location))
                continue
            }
            columns[field] = index
        }
        if columns["effect"] == nil && columns["sign"] == nil && columns["weight"] == nil {
            diagnostics.append(.error("the edge list has no effect column",
                                      hint: "add a column named effect, sign, weight or polarity", at: header.cells[0].location))
        }
        var factors: [String: Factor] = [:]
        var interactions: [Interaction] = []
        for row in rows.dropFirst() {
            guard fits(row, header, what: "row",
                       hint: "every row needs one cell per column; leave a cell empty with nothing between two commas")
            else { continue }
            func cell(_ field: String) -> CSVReader.Cell? {
                guard let index = columns[field] else { return nil }
                let cell = row.cells[index]
                return cell.text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : cell
            }
            func name(_ field: String) -> String? {
                guard let index = columns[field] else { return nil }
                guard let cell = cell(field) else {
                    diagnostics.append(.error("empty '\(field)' cell", hint: "name the item this interaction \(field == "from" ? "starts" : "ends") at",
                                              at: row.cells[index].location))
                    return nil
                }
                let id = cell.text.trimmingCharacters(in: .whitespaces)
                if factors[id] == nil { factors[id] = Factor(id: id, location: cell.location) }
                return id
            }
            let from = name("from"), to = name("to")
            let effect = readEffect(sign: cell("sign"), weight: cell("weight"), effect: cell("effect"), row: row)
            var confidence = Confidence.medium
            if let raw = cell("confidence") {
                confidence = ConfidenceReader.read(raw.text, at: raw.location, into: &diagnostics) ?? .medium
            }
            var mutual = false
            if let raw = cell("mutual") {
                if let flag = BooleanReader.read(raw.text) { mutual = flag } else {
                    diagnostics.append(.error("'mutual' must be true or false", at: raw.location))
                }
            }
            guard let from, let to, let effect else { continue }
            interactions.append(Interaction(from: from, to: to, effect: effect, because: cell("because")?.text,
                                            evidence: cell("evidence")?.text, confidence: confidence,
                                            mutual: mutual, location: row.cells[0].location))
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        return PlaceMap(place: Place(name: placeName), services: [],
                        factors: factors.values.sorted { $0.id < $1.id }, interactions: interactions)
    }

    /// The effect of one row: the `effect` column, or the sign times the weight's magnitude.
    private mutating func readEffect(sign: CSVReader.Cell?, weight: CSVReader.Cell?, effect: CSVReader.Cell?,
                                     row: CSVReader.Row) -> Effect? {
        if let effect { return EffectReader.read(effect.text, at: effect.location, into: &diagnostics) }
        var direction = 1.0
        if let sign {
            let word = sign.text.trimmingCharacters(in: .whitespaces).lowercased()
            switch word {
            case "positive", "pos", "reinforcing": direction = 1
            case "negative", "neg", "undermining": direction = -1
            default:
                guard let parsed = EffectReader.read(sign.text, at: sign.location, into: &diagnostics) else { return nil }
                if weight == nil { return parsed }
                direction = Double(parsed.sign)
            }
        }
        guard let weight else {
            diagnostics.append(.error("row has no effect", hint: "fill in the effect, sign or weight cell", at: row.cells[0].location))
            return nil
        }
        guard let magnitude = EffectReader.read(weight.text, at: weight.location, into: &diagnostics) else { return nil }
        return Effect(direction * magnitude.magnitude)
    }

    /// Reads a cross-impact matrix: the header row names the columns, the first cell of each
    /// row names the row, and each non-empty, non-zero cell is an interaction.
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
        var seenRows: Set<String> = []
        var interactions: [Interaction] = []
        for row in rows.dropFirst() {
            guard fits(row, header, what: "matrix row",
                       hint: "a cross-impact matrix has one cell per column in every row")
            else { continue }
            let rowName = row.cells[0].text.trimmingCharacters(in: .whitespaces)
            guard !rowName.isEmpty else {
                diagnostics.append(.error("empty row name in the matrix", hint: "the first cell of each row names its item", at: row.cells[0].location))
                continue
            }
            guard seenRows.insert(rowName).inserted else {
                diagnostics.append(.error("duplicate row '\(rowName)'", hint: "each item heads one row", at: row.cells[0].location))
                continue
            }
            if factors[rowName] == nil { factors[rowName] = Factor(id: rowName, location: row.cells[0].location) }
            for (offset, cell) in row.cells.dropFirst().enumerated() {
                let raw = cell.text.trimmingCharacters(in: .whitespaces)
                guard !raw.isEmpty, let effect = EffectReader.read(raw, at: cell.location, into: &diagnostics),
                      effect.value != 0 else { continue }
                interactions.append(Interaction(from: rowName, to: columnNames[offset], effect: effect,
                                                location: cell.location))
            }
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        return PlaceMap(place: Place(name: placeName), services: [],
                        factors: factors.values.sorted { $0.id < $1.id }, interactions: interactions)
    }

    /// Whether `row` has one cell per header column; reports it when not, at the end of a
    /// short row or at the first extra cell of a long one.
    private mutating func fits(_ row: CSVReader.Row, _ header: CSVReader.Row, what: String, hint: String) -> Bool {
        let have = row.cells.count, want = header.cells.count
        guard have != want else { return true }
        let problem = have < want ? "is missing cells" : "has too many cells"
        diagnostics.append(.error("\(what) \(problem): it has \(have) and the header has \(want)", hint: hint,
                                  at: have < want ? row.end : row.cells[want].location))
        return false
    }
}
