import Foundation

/// Reads a Kumu map (https://kumu.io) into the same ``SourceNode`` tree the YAML reader makes,
/// each value located at its cell or JSON pointer, so ``MapDecoder`` checks it unchanged.
///
/// Elements become items by their `type` (any case):
///
/// | Kumu type | placegraph |
/// | --- | --- |
/// | `Service`, `Organisation`, `Organization`, `Team`, `Programme`, `Program` | a service |
/// | `Contract` | a contract of the service its `Service` field names |
/// | `Objective`, `Outcome`, `Goal`, `KPI`, `Indicator` | an objective of the contract its `Contract` field names, else of the service its `Service` field names |
/// | anything else, or none (`Factor` too) | a service, with the type as its domain unless a `Domain` field gives one |
///
/// An element's id is its `id` (a blueprint) or `ID` column, else its label; `Service` and
/// `Contract` fields, and connections' `From` and `To`, name elements by id or label.
/// Connections' effects: an `Effect` field (−3…3, or a scale name) wins; otherwise the sign
/// comes from a negative `Strength`, or from the type (`+`, `positive`, `reinforcing`,
/// `reinforces`, `supports`, `enables`, `same` against `-`, `−`, `negative`, `undermining`,
/// `undermines`, `hinders`, `opposite`; any other type reads as reinforcing, with a warning),
/// and the size from `Strength` (a number up to 3, or `weak` 1, `medium` 2, `strong` 3;
/// 1 when there is none). `Direction` `mutual` or `undirected` makes a mutual interaction.
/// `Description` is the reason, and `Confidence` and `Evidence` are read as named.
struct KumuReader {
    let file: String
    var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    static let serviceTypes: Set<String> = ["service", "organisation", "organization", "team", "programme", "program"]
    static let objectiveTypes: Set<String> = ["objective", "outcome", "goal", "kpi", "indicator"]
    static let positive: Set<String> = ["+", "positive", "reinforcing", "reinforces", "supports", "enables", "same"]
    static let negative: Set<String> = ["-", "−", "negative", "undermining", "undermines", "hinders", "opposite"]

    private struct Element {
        let id: String
        let label: String
        let record: KumuRecord
        let kind: String
    }

    /// The tree of a Kumu map, or `nil` when it cannot be read (see ``diagnostics``).
    mutating func tree(elements: [KumuRecord], connections: [KumuRecord], placeName: String) -> SourceNode? {
        var byKey: [String: Element] = [:], ordered: [Element] = []
        for record in elements {
            // Labels are kept as typed (a name may start with a space); lookups trim them.
            guard let label = (record.field("label") ?? record.field("id"))?.text else {
                diagnostics.append(.error("an element has no label", hint: "every Kumu element has a Label", at: record.location))
                continue
            }
            let id = record.field("id")?.text ?? label
            let type = record.field("type")?.text.lowercased().trimmingCharacters(in: .whitespaces) ?? ""
            let kind = type == "contract" ? "contract" : Self.objectiveTypes.contains(type) ? "objective" : "service"
            let element = Element(id: id, label: label, record: record, kind: kind)
            ordered.append(element)
            for key in [id, label, id.trimmingCharacters(in: .whitespaces), label.trimmingCharacters(in: .whitespaces)] where byKey[key] == nil {
                byKey[key] = element
            }
        }
        // Elements named only by connections become services, as an edge list's names do.
        for record in connections {
            for end in ["from", "to"] {
                guard let name = record.field(end)?.text.trimmingCharacters(in: .whitespaces), byKey[name] == nil else { continue }
                let element = Element(id: name, label: name, record: KumuRecord(fields: [:], location: record.location), kind: "service")
                byKey[name] = element
                ordered.append(element)
            }
        }
        func parent(_ element: Element, field: String) -> Element? {
            guard let value = element.record.field(field) else { return nil }
            guard let found = byKey[value.text] ?? byKey[value.text.trimmingCharacters(in: .whitespaces)], found.kind == (field == "service" ? "service" : "contract") else {
                diagnostics.append(.error("'\(value.text)' is not a \(field) element of the map",
                                          hint: "the \(field.capitalized) field names a \(field) element by its id or label", at: value.location))
                return nil
            }
            return found
        }
        var contractsOf: [String: [Element]] = [:], objectivesOf: [String: [Element]] = [:]
        for element in ordered where element.kind != "service" {
            let owner = element.kind == "objective" && element.record.field("contract") != nil
                ? parent(element, field: "contract") : parent(element, field: "service")
            guard let owner else {
                if element.record.field("service") == nil, element.record.field("contract") == nil {
                    diagnostics.append(.error("the \(element.kind) '\(element.label)' belongs to no service",
                                              hint: "give it a Service field naming its service\(element.kind == "objective" ? ", or a Contract field" : "")",
                                              at: element.record.location))
                }
                continue
            }
            if element.kind == "contract" { contractsOf[owner.id, default: []].append(element) } else { objectivesOf[owner.id, default: []].append(element) }
        }
        let here = SourceLocation(file: file, line: 1, column: 1)
        let services = ordered.filter { $0.kind == "service" }.map { service -> SourceNode in
            var entries = [entry("id", service.id, service.record.field("id")?.location ?? service.record.field("label")?.location ?? service.record.location),
                           entry("name", service.label, service.record.field("label")?.location ?? service.record.location)]
            let type = service.record.field("type")
            if let domain = service.record.field("domain") ?? type.flatMap({ Self.serviceTypes.contains($0.text.lowercased()) ? nil : $0 }) {
                entries.append(entry("domain", domain.text, domain.location))
            }
            if let owner = service.record.field("owner") { entries.append(entry("owner", owner.text, owner.location)) }
            if let tags = service.record.field("tags") ?? service.record.field("areas") {
                entries.append(list("areas", tags.texts.flatMap { $0.components(separatedBy: "; ") }, tags.location))
            }
            let objectives = (objectivesOf[service.id] ?? []).map(objective)
            if !objectives.isEmpty { entries.append(SourceEntry(key: "objectives", keyLocation: service.record.location, value: .sequence(objectives, service.record.location))) }
            let contracts = (contractsOf[service.id] ?? []).map { contract in
                self.contract(contract, objectives: (objectivesOf[contract.id] ?? []).map(objective))
            }
            if !contracts.isEmpty { entries.append(SourceEntry(key: "contracts", keyLocation: service.record.location, value: .sequence(contracts, service.record.location))) }
            return .mapping(entries, service.record.location)
        }
        let interactions = connections.compactMap { interaction($0, byKey: byKey) }
        // Kumu has no place: every tag a service carries becomes one of the place's areas.
        var areas: [String] = []
        for service in ordered where service.kind == "service" {
            for tag in ((service.record.field("tags") ?? service.record.field("areas"))?.texts ?? []).flatMap({ $0.components(separatedBy: "; ") }) {
                let id = tag.trimmingCharacters(in: .whitespaces)
                if !id.isEmpty, !areas.contains(id) { areas.append(id) }
            }
        }
        var placeEntries = [entry("name", placeName, here)]
        if !areas.isEmpty {
            let nodes = areas.map { SourceNode.mapping([entry("id", $0, here), entry("name", $0, here)], here) }
            placeEntries.append(SourceEntry(key: "areas", keyLocation: here, value: .sequence(nodes, here)))
        }
        let place = SourceNode.mapping(placeEntries, here)
        return .mapping([entry("placegraph", "1", here), SourceEntry(key: "place", keyLocation: here, value: place),
                         SourceEntry(key: "services", keyLocation: here, value: .sequence(services, here)),
                         SourceEntry(key: "interactions", keyLocation: here, value: .sequence(interactions, here))], here)
    }

    private func contract(_ element: Element, objectives: [SourceNode]) -> SourceNode {
        var entries = [entry("id", element.id, element.record.field("id")?.location ?? element.record.location),
                       entry("name", element.label, element.record.field("label")?.location ?? element.record.location)]
        for (field, key) in [("supplier", "supplier"), ("start", "start"), ("end", "end"), ("lead time", "lead_time"),
                             ("ocid", "ocid"), ("value", "value")] {
            if let value = element.record.field(field) { entries.append(entry(key, value.text, value.location)) }
        }
        if let options = element.record.field("extensions") ?? element.record.field("extension") {
            entries.append(list("extensions", options.texts.flatMap { $0.components(separatedBy: "; ") }, options.location))
        }
        if !objectives.isEmpty { entries.append(SourceEntry(key: "objectives", keyLocation: element.record.location, value: .sequence(objectives, element.record.location))) }
        return .mapping(entries, element.record.location)
    }

    private func objective(_ element: Element) -> SourceNode {
        var entries = [entry("id", element.id, element.record.field("id")?.location ?? element.record.location),
                       entry("text", element.label, element.record.field("label")?.location ?? element.record.location)]
        if let kpi = element.record.field("kpi") { entries.append(entry("kpi", kpi.text, kpi.location)) }
        return .mapping(entries, element.record.location)
    }

    private mutating func interaction(_ record: KumuRecord, byKey: [String: Element]) -> SourceNode? {
        guard let from = record.field("from"), let to = record.field("to") else {
            diagnostics.append(.error("a connection has no \(record.field("from") == nil ? "From" : "To")",
                                      hint: "every Kumu connection names the elements it joins", at: record.location))
            return nil
        }
        func id(_ value: KumuRecord.Value) -> String {
            byKey[value.text]?.id ?? byKey[value.text.trimmingCharacters(in: .whitespaces)]?.id ?? value.text.trimmingCharacters(in: .whitespaces)
        }
        var entries = [entry("from", id(from), from.location), entry("to", id(to), to.location)]
        guard let effect = effect(record) else { return nil }
        entries.append(effect)
        if let because = record.field("description") { entries.append(entry("because", because.text, because.location)) }
        if let evidence = record.field("evidence") { entries.append(entry("evidence", evidence.text, evidence.location)) }
        if let confidence = record.field("confidence") { entries.append(entry("confidence", confidence.text, confidence.location)) }
        if let direction = record.field("direction") {
            switch direction.text.lowercased().trimmingCharacters(in: .whitespaces) {
            case "mutual", "undirected": entries.append(entry("mutual", "true", direction.location))
            case "directed": break
            default:
                diagnostics.append(.error("unknown direction '\(direction.text)'", hint: "Kumu's directions are directed, mutual and undirected",
                                          at: direction.location))
            }
        }
        return .mapping(entries, record.location)
    }

    /// The `effect` entry of a connection, by the rules above.
    private mutating func effect(_ record: KumuRecord) -> SourceEntry? {
        if let effect = record.field("effect") { return entry("effect", effect.text, effect.location) }
        var sign = 1.0, size = 1.0
        var location = record.field("type")?.location ?? record.location
        if let type = record.field("type") {
            let word = type.text.lowercased().trimmingCharacters(in: .whitespaces)
            if Self.negative.contains(word) {
                sign = -1
            } else if !Self.positive.contains(word) {
                diagnostics.append(.warning("the connection type '\(type.text)' is read as reinforcing",
                                            hint: "types placegraph reads: + or - (and positive, negative, reinforcing, undermining, …), or give an Effect field",
                                            at: type.location))
            }
        }
        if let strength = record.field("strength") {
            location = strength.location
            let word = strength.text.lowercased().trimmingCharacters(in: .whitespaces)
            let named: [String: Double] = ["weak": 1, "low": 1, "medium": 2, "moderate": 2, "strong": 3, "high": 3]
            if let value = named[word] {
                size = value
            } else if let value = Double(word), value.isFinite, abs(value) <= 3 {
                size = abs(value)
                if value < 0 { sign = -1 }
            } else {
                diagnostics.append(.error("strength '\(strength.text)' is not a number from -3 to 3 or weak, medium or strong",
                                          hint: "placegraph's scale runs from -3 to +3; rescale larger strengths", at: strength.location))
                return nil
            }
        }
        return entry("effect", MapOutline.number(sign * size), location)
    }

    private func entry(_ key: String, _ text: String, _ location: SourceLocation) -> SourceEntry {
        SourceEntry(key: key, keyLocation: location, value: .scalar(SourceScalar(text: text, isQuoted: true, isNull: false, location: location)))
    }

    private func list(_ key: String, _ texts: [String], _ location: SourceLocation) -> SourceEntry {
        let items = texts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .map { SourceNode.scalar(SourceScalar(text: $0, isQuoted: true, isNull: false, location: location)) }
        return SourceEntry(key: key, keyLocation: location, value: .sequence(items, location))
    }
}
