import Foundation

/// Gives meaning to a parsed YAML or JSON document: checks it against the place-map format
/// (SPEC §1) and builds a ``PlaceMap``, collecting every problem rather than stopping at the
/// first.
struct MapDecoder {
    private(set) var diagnostics: [Diagnostic] = []
    private let file: String
    /// Every id defined so far, with what it names and where, for duplicates and references.
    private var definitions: [String: (kind: String, location: SourceLocation)] = [:]

    init(file: String) { self.file = file }

    static let rootKeys = ["placegraph", "place", "services", "interactions"]
    static let placeKeys = ["name", "mission", "lead_time", "areas"]
    static let areaKeys = ["id", "name"]
    static let serviceKeys = ["id", "name", "domain", "owner", "areas", "objectives", "contracts"]
    static let contractKeys = ["id", "name", "supplier", "start", "end", "extension", "extensions", "lead_time", "ocid",
                               "value", "objectives"]
    static let objectiveKeys = ["id", "text", "kpi"]
    static let interactionKeys = ["from", "to", "effect", "because", "evidence", "confidence", "mutual"]

    /// Decodes the whole document.
    ///
    /// - Returns: the map, or `nil` when any error was found (see ``diagnostics``).
    mutating func decode(_ root: SourceNode) -> PlaceMap? {
        guard let fields = fields(of: root, in: "the map", allowed: Self.rootKeys,
                                  required: ["placegraph", "place"]) else { return nil }
        if let version = fields["placegraph"] {
            let text = scalarText(version.value)
            if text != "1" {
                report(.error("unsupported format version '\(text ?? version.value.kindDescription)'",
                              hint: "this version of placegraph reads 'placegraph: 1'", at: version.value.location))
            }
        }
        let place = fields["place"].flatMap { decodePlace($0.value) }
        let services = list(fields["services"], of: "services").compactMap { decodeService($0) }
        let interactions = list(fields["interactions"], of: "interactions").compactMap { decodeInteraction($0) }
        checkReferences()
        guard let place, !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        return PlaceMap(place: place, services: services, interactions: interactions)
    }

    // MARK: Sections

    private mutating func decodePlace(_ node: SourceNode) -> Place? {
        guard let fields = fields(of: node, in: "place", allowed: Self.placeKeys, required: ["name"]) else { return nil }
        let areas = list(fields["areas"], of: "areas").compactMap { node -> Area? in
            guard let f = self.fields(of: node, in: "an area", allowed: Self.areaKeys, required: ["id"]),
                  let id = define(f["id"], as: "area") else { return nil }
            return Area(id: id, name: text(f["name"]) ?? id, location: node.location)
        }
        let leadTime = span(fields["lead_time"])
        guard let name = text(fields["name"]) else { return nil }
        return Place(name: name, mission: text(fields["mission"]), leadTime: leadTime, areas: areas)
    }

    private mutating func decodeService(_ node: SourceNode) -> Service? {
        guard let f = fields(of: node, in: "a service", allowed: Self.serviceKeys, required: ["id", "name"]) else { return nil }
        let id = define(f["id"], as: "service")
        let objectives = list(f["objectives"], of: "objectives").compactMap { decodeObjective($0) }
        let contracts = list(f["contracts"], of: "contracts").compactMap { decodeContract($0) }
        let areas = list(f["areas"], of: "areas").compactMap { reference($0, toArea: true) }
        guard let id, let name = text(f["name"]) else { return nil }
        return Service(id: id, name: name, domain: text(f["domain"]), owner: text(f["owner"]),
                       areas: areas.map(\.id), objectives: objectives, contracts: contracts,
                       location: node.location)
    }

    private mutating func decodeContract(_ node: SourceNode) -> Contract? {
        guard let f = fields(of: node, in: "a contract", allowed: Self.contractKeys, required: ["id", "name"]) else { return nil }
        let id = define(f["id"], as: "contract")
        let start = date(f["start"]), end = date(f["end"])
        if let start, let end, end < start, let entry = f["end"] {
            report(.error("contract ends (\(end)) before it starts (\(start))",
                          hint: "check the order of 'start' and 'end'", at: entry.value.location))
        }
        let options = extensionOptions(f, end: end)
        let leadTime = span(f["lead_time"])
        let ocid = text(f["ocid"])
        let value = number(f["value"], range: 0...Double.greatestFiniteMagnitude, what: "contract value")
        let objectives = list(f["objectives"], of: "objectives").compactMap { decodeObjective($0) }
        guard let id, let name = text(f["name"]) else { return nil }
        return Contract(id: id, name: name, supplier: text(f["supplier"]), start: start, end: end,
                        extensionOptions: options, leadTime: leadTime, ocid: ocid, value: value,
                        objectives: objectives, location: node.location)
    }

    /// A contract's extension options, from `extension` (one date) or `extensions` (a list),
    /// each checked to come after the end and after the option before it.
    private mutating func extensionOptions(_ f: [String: SourceEntry], end: CalendarDate?) -> [CalendarDate] {
        if f["extension"] != nil, let several = f["extensions"] {
            report(.error("a contract has both 'extension' and 'extensions'",
                          hint: "use 'extension' for one option or 'extensions: [dates]' for several, not both",
                          at: several.keyLocation))
            return []
        }
        var dated: [(date: CalendarDate, location: SourceLocation)] = []
        if let entry = f["extension"], let value = date(entry) {
            dated.append((value, entry.value.location))
        } else if let entry = f["extensions"] {
            for node in list(entry, of: "extensions") {
                guard let raw = scalarText(node) else {
                    report(.error("expected a date in 'extensions', found \(node.kindDescription)", at: node.location))
                    continue
                }
                guard let value = CalendarDate(iso: raw) else {
                    report(.error("malformed date '\(raw)' in 'extensions'",
                                  hint: "write dates as YYYY-MM-DD, for example 2026-03-31", at: node.location))
                    continue
                }
                dated.append((value, node.location))
            }
        }
        guard let first = dated.first else { return [] }
        guard let end else {
            if f["end"] == nil {
                report(.error("contract has an extension but no end date",
                              hint: "add 'end:', the date the contract ends without its extension", at: first.location))
            }
            return []
        }
        var previous = end, ordered = true
        for (index, option) in dated.enumerated() {
            if option.date <= previous {
                ordered = false
                report(index == 0
                    ? .error("extension (\(option.date)) is not after the end (\(end))",
                             hint: "'extension' is the latest date an extension can run to, so it comes after 'end'",
                             at: option.location)
                    : .error("extension option (\(option.date)) is not after the option before it (\(previous))",
                             hint: "list extension options in order, each running to a later date", at: option.location))
            }
            previous = max(previous, option.date)
        }
        return ordered ? dated.map(\.date) : []
    }

    /// A lead time such as `9m`, `6w`, `90d` or `1y`.
    private mutating func span(_ entry: SourceEntry?) -> CalendarSpan? {
        guard let entry, let raw = text(entry) else { return nil }
        guard let span = CalendarSpan(parsing: raw) else {
            report(.error("'\(raw)' is not a length of time for '\(entry.key)'",
                          hint: "write a number and a unit: 90d, 6w, 9m or 1y", at: entry.value.location))
            return nil
        }
        return span
    }

    private mutating func decodeObjective(_ node: SourceNode) -> Objective? {
        guard let f = fields(of: node, in: "an objective", allowed: Self.objectiveKeys, required: ["id", "text"]) else { return nil }
        let id = define(f["id"], as: "objective")
        guard let id, let text = text(f["text"]) else { return nil }
        return Objective(id: id, text: text, kpi: self.text(f["kpi"]), location: node.location)
    }

    private mutating func decodeInteraction(_ node: SourceNode) -> Interaction? {
        guard let f = fields(of: node, in: "an interaction", allowed: Self.interactionKeys,
                             required: ["from", "to", "effect"]) else { return nil }
        let from = f["from"].flatMap { reference($0.value) }
        let to = f["to"].flatMap { reference($0.value) }
        let effect = f["effect"].flatMap { entry -> Effect? in
            guard let raw = scalarText(entry.value) else {
                expected("an effect", for: entry)
                return nil
            }
            return EffectReader.read(raw, at: entry.value.location, into: &diagnostics)
        }
        let confidence = f["confidence"].flatMap { entry -> Confidence? in
            guard let raw = scalarText(entry.value) else { expected("low, medium or high", for: entry); return nil }
            return ConfidenceReader.read(raw, at: entry.value.location, into: &diagnostics)
        }
        let mutual = f["mutual"].flatMap { entry -> Bool? in
            guard let raw = scalarText(entry.value), let flag = BooleanReader.read(raw) else {
                report(.error("'mutual' must be true or false", at: entry.value.location))
                return nil
            }
            return flag
        }
        guard let from, let to, let effect else { return nil }
        return Interaction(from: from.id, to: to.id, effect: effect, because: text(f["because"]),
                           evidence: text(f["evidence"]), confidence: confidence ?? .medium,
                           mutual: mutual ?? false, location: node.location)
    }

    // MARK: References

    private struct Reference { let id: String; let location: SourceLocation }
    /// References are checked once every id is known, so a forward reference is fine.
    private var itemReferences: [Reference] = []
    private var areaReferences: [Reference] = []

    private mutating func reference(_ node: SourceNode, toArea: Bool = false) -> Reference? {
        guard let id = scalarText(node), !id.isEmpty else {
            report(.error("expected an id, found \(node.kindDescription)", at: node.location))
            return nil
        }
        let reference = Reference(id: id, location: node.location)
        if toArea { areaReferences.append(reference) } else { itemReferences.append(reference) }
        return reference
    }

    private mutating func checkReferences() {
        let areaIDs = Set(definitions.filter { $0.value.kind == "area" }.keys)
        let itemIDs = Set(definitions.filter { $0.value.kind != "area" }.keys)
        // A suggestion compares the id with every id in the map, so only the first unknown ids
        // get one: a map that misspells thousands would otherwise take minutes to check.
        var suggestionsLeft = 100
        func suggestion(_ id: String, in ids: Set<String>) -> String {
            suggestionsLeft -= 1
            return suggestionsLeft >= 0 ? Suggestion.didYouMean(id, in: ids) : ""
        }
        for reference in areaReferences where !areaIDs.contains(reference.id) {
            report(.error("unknown area '\(reference.id)'\(suggestion(reference.id, in: areaIDs))",
                          hint: "areas are listed under 'place: areas:'", at: reference.location))
        }
        for reference in itemReferences where !itemIDs.contains(reference.id) {
            if areaIDs.contains(reference.id) {
                report(.error("'\(reference.id)' is an area, not a service, contract or objective",
                              hint: "interactions connect services, contracts and objectives", at: reference.location))
            } else {
                report(.error("unknown id '\(reference.id)'\(suggestion(reference.id, in: itemIDs))",
                              hint: "an interaction may name any service, contract or objective id", at: reference.location))
            }
        }
    }

    // MARK: Fields and values

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// The entries of a mapping by key, after reporting unknown and missing keys.
    private mutating func fields(of node: SourceNode, in context: String, allowed: [String],
                                 required: [String]) -> [String: SourceEntry]? {
        guard case let .mapping(entries, location) = node else {
            report(.error("expected \(context) as a mapping of keys to values, found \(node.kindDescription)",
                          at: node.location))
            return nil
        }
        var result: [String: SourceEntry] = [:]
        for entry in entries {
            if allowed.contains(entry.key) {
                result[entry.key] = entry
            } else {
                let known = allowed.map { "'\($0)'" }.joined(separator: ", ")
                report(.error("unknown key '\(entry.key)' in \(context)\(Suggestion.didYouMean(entry.key, in: allowed))",
                              hint: "known keys: \(known)", at: entry.keyLocation))
            }
        }
        for key in required where result[key] == nil || isNull(result[key]!.value) {
            if let entry = result[key] {
                report(.error("'\(key)' in \(context) is empty", at: entry.value.location))
            } else {
                report(.error("\(context) is missing '\(key)'", hint: "add '\(key): …'", at: location))
            }
        }
        return result
    }

    private func isNull(_ node: SourceNode) -> Bool {
        if case let .scalar(scalar) = node { return scalar.isNull }
        return false
    }

    private func scalarText(_ node: SourceNode) -> String? {
        guard case let .scalar(scalar) = node, !scalar.isNull else { return nil }
        return scalar.text
    }

    /// The items of a list; a missing or empty value is an empty list.
    private mutating func list(_ entry: SourceEntry?, of name: String) -> [SourceNode] {
        guard let entry else { return [] }
        switch entry.value {
        case let .sequence(items, _):
            return items
        case let .scalar(scalar) where scalar.isNull: return []
        default:
            report(.error("expected '\(name)' to be a list, found \(entry.value.kindDescription)",
                          hint: "write each entry on its own line starting with '- '", at: entry.value.location))
            return []
        }
    }

    private mutating func expected(_ what: String, for entry: SourceEntry) {
        report(.error("expected \(what) for '\(entry.key)', found \(entry.value.kindDescription)",
                      at: entry.value.location))
    }

    /// A text value; `nil` (reported) when the value is a list or mapping.
    private mutating func text(_ entry: SourceEntry?) -> String? {
        guard let entry else { return nil }
        if isNull(entry.value) { return nil }
        guard let text = scalarText(entry.value) else {
            expected("text", for: entry)
            return nil
        }
        return text
    }

    /// Records an id, reporting a duplicate at its second definition.
    private mutating func define(_ entry: SourceEntry?, as kind: String) -> String? {
        guard let entry else { return nil }
        guard let id = scalarText(entry.value), !id.trimmingCharacters(in: .whitespaces).isEmpty else {
            if !isNull(entry.value) { expected("an id", for: entry) }
            return nil
        }
        if let first = definitions[id] {
            report(.error("duplicate id '\(id)'",
                          hint: "ids are unique across the whole file; '\(id)' is already the \(first.kind) at \(first.location.place)",
                          at: entry.value.location))
            return nil
        }
        definitions[id] = (kind, entry.value.location)
        return id
    }

    private mutating func date(_ entry: SourceEntry?) -> CalendarDate? {
        guard let entry, let raw = text(entry) else { return nil }
        guard let date = CalendarDate(iso: raw) else {
            report(.error("malformed date '\(raw)' for '\(entry.key)'",
                          hint: "write dates as YYYY-MM-DD, for example 2026-03-31", at: entry.value.location))
            return nil
        }
        return date
    }

    private mutating func number(_ entry: SourceEntry?, range: ClosedRange<Double>, what: String) -> Double? {
        guard let entry, let raw = text(entry) else { return nil }
        let cleaned = raw.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "_", with: "")
            .replacingOccurrences(of: "£", with: "")
        guard case let .number(value) = DecimalText.read(cleaned), range.contains(value) else {
            report(.error("\(what) '\(raw)' is not a number of pounds", hint: "write it as a plain number, for example 1200000",
                          at: entry.value.location))
            return nil
        }
        return value
    }
}
