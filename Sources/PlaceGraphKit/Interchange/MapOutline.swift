/// A map as an ordered tree of keys and values, keys in the order the README documents them,
/// optional fields left out when empty: the one shape the YAML and JSON writers both print.
indirect enum MapOutline {
    case text(String)
    /// A number or date, written bare in YAML; in JSON a date is a string.
    case number(String)
    case date(String)
    case flag(Bool)
    case list([MapOutline])
    case record([(String, MapOutline)])

    /// True for a value with nothing inside it.
    var isScalar: Bool {
        switch self {
        case .list, .record: false
        default: true
        }
    }

    /// The outline of a whole map. Items an edge list or matrix named (factors) become
    /// services named by their id, since the map format has no other place for them.
    init(_ map: PlaceMap) {
        var place: [(String, MapOutline)] = [("name", .text(map.place.name))]
        place.add("mission", map.place.mission.map(MapOutline.text))
        place.add("lead_time", map.place.leadTime.map { .text($0.description) })
        if !map.place.areas.isEmpty {
            place.append(("areas", .list(map.place.areas.map { .record([("id", .text($0.id)), ("name", .text($0.name))]) })))
        }
        let services = map.services + map.factors.map { Service(id: $0.id, name: $0.id) }
        self = .record([
            ("placegraph", .number("1")),
            ("place", .record(place)),
            ("services", .list(services.map(Self.service))),
            ("interactions", .list(map.interactions.map(Self.interaction))),
        ])
    }

    private static func service(_ service: Service) -> MapOutline {
        var fields: [(String, MapOutline)] = [("id", .text(service.id)), ("name", .text(service.name))]
        fields.add("domain", service.domain.map(MapOutline.text))
        fields.add("owner", service.owner.map(MapOutline.text))
        if !service.areas.isEmpty { fields.append(("areas", .list(service.areas.map(MapOutline.text)))) }
        if !service.objectives.isEmpty { fields.append(("objectives", .list(service.objectives.map(objective)))) }
        if !service.contracts.isEmpty { fields.append(("contracts", .list(service.contracts.map(contract)))) }
        return .record(fields)
    }

    private static func contract(_ contract: Contract) -> MapOutline {
        var fields: [(String, MapOutline)] = [("id", .text(contract.id)), ("name", .text(contract.name))]
        fields.add("supplier", contract.supplier.map(MapOutline.text))
        fields.add("start", contract.start.map { .date($0.description) })
        fields.add("end", contract.end.map { .date($0.description) })
        if contract.extensionOptions.count == 1, let only = contract.extensionOptions.first {
            fields.append(("extension", .date(only.description)))
        } else if !contract.extensionOptions.isEmpty {
            fields.append(("extensions", .list(contract.extensionOptions.map { .date($0.description) })))
        }
        fields.add("lead_time", contract.leadTime.map { .text($0.description) })
        fields.add("ocid", contract.ocid.map(MapOutline.text))
        fields.add("value", contract.value.map { .number(Self.number($0)) })
        if !contract.objectives.isEmpty { fields.append(("objectives", .list(contract.objectives.map(objective)))) }
        return .record(fields)
    }

    private static func objective(_ objective: Objective) -> MapOutline {
        var fields: [(String, MapOutline)] = [("id", .text(objective.id)), ("text", .text(objective.text))]
        fields.add("kpi", objective.kpi.map(MapOutline.text))
        return .record(fields)
    }

    static func interaction(_ interaction: Interaction) -> MapOutline {
        var fields: [(String, MapOutline)] = [("from", .text(interaction.from)), ("to", .text(interaction.to)),
                                              ("effect", .number(number(interaction.effect.value)))]
        fields.add("because", interaction.because.map(MapOutline.text))
        fields.add("evidence", interaction.evidence.map(MapOutline.text))
        if interaction.confidence != .medium { fields.append(("confidence", .text(interaction.confidence.rawValue))) }
        if interaction.mutual { fields.append(("mutual", .flag(true))) }
        return .record(fields)
    }

    /// A number in the shortest form that reads back the same: `2`, `-1.5`, `1200000`.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}

private extension Array where Element == (String, MapOutline) {
    mutating func add(_ key: String, _ value: MapOutline?) {
        if let value { append((key, value)) }
    }
}
