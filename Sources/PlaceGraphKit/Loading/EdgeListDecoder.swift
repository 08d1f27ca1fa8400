import Foundation

/// Turns CSV rows into a ``PlaceMap``: either an edge list (one interaction a row) or a
/// cross-impact matrix (row A, column B holds A's effect on B), as SPEC §2 describes.
struct EdgeListDecoder {
    var diagnostics: [Diagnostic] = []
    let file: String

    /// Header names, lowercased, and the field each one fills.
    static let aliases: [String: String] = [
        "from": "from", "source": "from",
        "to": "to", "target": "to",
        "effect": "effect", "sign": "sign", "polarity": "sign", "weight": "weight",
        "because": "because", "evidence": "evidence", "confidence": "confidence", "mutual": "mutual",
    ]

    /// Decodes either CSV form, or reports that the file is neither.
    mutating func decode(_ rows: [CSVReader.Row], placeName: String) -> PlaceMap? {
        guard let header = rows.first else { return nil }
        if Self.isEdgeList(header) { return decodeEdgeList(rows, placeName: placeName) }
        if Self.isMatrix(rows) { return decodeMatrix(rows, placeName: placeName) }
        diagnostics.append(.error(
            "the CSV is neither an edge list nor a cross-impact matrix",
            hint: "an edge list's first row names its columns, among them from (or source), to (or target) and effect "
                + "(or sign, weight, polarity); a matrix names the same items across its first row and down its first "
                + "column, after an empty or label corner cell",
            at: header.cells[0].location))
        return nil
    }

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
        var unused = WarningGroup()
        var suggestions: [String] = []
        for (index, cell) in header.cells.enumerated() {
            let name = Self.normalise(cell.text)
            guard let field = Self.aliases[name] else {
                let suggestion = Suggestion.closest(to: name, in: Self.aliases.keys)
                if let suggestion, suggestions.count < WarningGroup.shownNames {
                    suggestions.append("'\(WarningGroup.cut(cell.text))' may be '\(suggestion)'")
                }
                unused.add(cell.text, message: "column '\(WarningGroup.cut(cell.text))' is not used"
                               + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                           at: cell.location)
                continue
            }
            if columns[field] != nil {
                diagnostics.append(.error("two columns give '\(field)'", hint: "keep one of them", at: cell.location))
                continue
            }
            columns[field] = index
        }
        let known = "known columns: from (or source), to (or target), effect (or sign, weight, polarity), because, "
            + "evidence, confidence, mutual"
        let hint = unused.count > 1 && !suggestions.isEmpty ? known + "; " + suggestions.joined(separator: ", ") : known
        if let warning = unused.warning(plural: "unused columns", hint: hint) { diagnostics.append(warning) }
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
        if let effect { return EffectReader.read(effect.text, at: effect.location, allowsBareSign: true, into: &diagnostics) }
        var direction = 1.0
        if let sign {
            let word = sign.text.trimmingCharacters(in: .whitespaces).lowercased()
            switch word {
            case "positive", "pos", "reinforcing": direction = 1
            case "negative", "neg", "undermining": direction = -1
            default:
                guard let parsed = EffectReader.read(sign.text, at: sign.location, allowsBareSign: true, into: &diagnostics) else { return nil }
                if weight == nil { return parsed }
                direction = Double(parsed.sign)
            }
        }
        guard let weight else {
            diagnostics.append(.error("row has no effect", hint: "fill in the effect, sign or weight cell", at: row.cells[0].location))
            return nil
        }
        guard let magnitude = EffectReader.read(weight.text, at: weight.location, allowsBareSign: true, into: &diagnostics) else { return nil }
        return Effect(direction * magnitude.magnitude)
    }

    /// Whether `row` has one cell per header column; reports it when not, at the end of a
    /// short row or at the first extra cell of a long one.
    mutating func fits(_ row: CSVReader.Row, _ header: CSVReader.Row, what: String, hint: String) -> Bool {
        let have = row.cells.count, want = header.cells.count
        guard have != want else { return true }
        let problem = have < want ? "is missing cells" : "has too many cells"
        diagnostics.append(.error("\(what) \(problem): it has \(have) and the header has \(want)", hint: hint,
                                  at: have < want ? row.end : row.cells[want].location))
        return false
    }
}
