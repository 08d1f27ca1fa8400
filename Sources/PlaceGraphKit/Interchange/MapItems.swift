/// Every item of a map with the attributes the graph formats (GraphML, GEXF, Kumu) carry, in
/// file order: each service, its objectives, its contracts each followed by their objectives,
/// then the items an edge list or matrix named.
struct MapItem {
    enum Kind: String { case service, contract, objective, factor }

    let id: String
    let kind: Kind
    /// A service's or contract's name, an objective's text, a factor's id.
    let name: String
    /// The attributes the item has, in the documented order, by name.
    let attributes: [(name: String, value: AttributeValue)]

    /// The documented order of item attributes, after `kind` and `name`.
    static let attributeNames = ["service", "contract", "domain", "owner", "areas", "supplier", "start", "end",
                                 "extensions", "lead_time", "ocid", "value", "kpi"]

    /// The items of `map`.
    static func all(in map: PlaceMap) -> [MapItem] {
        var items: [MapItem] = []
        for service in map.services {
            var common: [(String, AttributeValue)] = []
            common.add("domain", service.domain.map(AttributeValue.text))
            common.add("owner", service.owner.map(AttributeValue.text))
            if !service.areas.isEmpty { common.append(("areas", .list(service.areas))) }
            items.append(MapItem(id: service.id, kind: .service, name: service.name, attributes: common))
            let inService = [("service", AttributeValue.text(service.id))] + common
            for objective in service.objectives { items.append(Self.objective(objective, attributes: inService)) }
            for contract in service.contracts {
                var fields = inService
                fields.add("supplier", contract.supplier.map(AttributeValue.text))
                fields.add("start", contract.start.map(AttributeValue.date))
                fields.add("end", contract.end.map(AttributeValue.date))
                if !contract.extensionOptions.isEmpty { fields.append(("extensions", .list(contract.extensionOptions.map(\.description)))) }
                fields.add("lead_time", contract.leadTime.map { .text($0.description) })
                fields.add("ocid", contract.ocid.map(AttributeValue.text))
                fields.add("value", contract.value.map(AttributeValue.number))
                items.append(MapItem(id: contract.id, kind: .contract, name: contract.name, attributes: fields.sorted()))
                let inContract = inService + [("contract", AttributeValue.text(contract.id))]
                for objective in contract.objectives { items.append(Self.objective(objective, attributes: inContract)) }
            }
        }
        items += map.factors.map { MapItem(id: $0.id, kind: .factor, name: $0.id, attributes: []) }
        return items
    }

    private static func objective(_ objective: Objective, attributes: [(String, AttributeValue)]) -> MapItem {
        var fields = attributes
        fields.add("kpi", objective.kpi.map(AttributeValue.text))
        return MapItem(id: objective.id, kind: .objective, name: objective.text, attributes: fields.sorted())
    }
}

/// A value of an item or interaction attribute, typed so each format can declare its type.
enum AttributeValue: Equatable {
    case text(String)
    case number(Double)
    case date(CalendarDate)
    case flag(Bool)
    /// Several values (areas, extension options), written with `"; "` between them where a
    /// format has no lists.
    case list([String])

    /// The value as one text: numbers in their shortest form, dates `YYYY-MM-DD`, lists
    /// joined by `"; "`.
    var text: String {
        switch self {
        case let .text(text): text
        case let .number(number): MapOutline.number(number)
        case let .date(date): date.description
        case let .flag(flag): flag ? "true" : "false"
        case let .list(items): items.joined(separator: "; ")
        }
    }
}

/// The attributes of an interaction, in the documented order: `effect`, `confidence`,
/// `because`, `evidence`, `mutual`.
extension Interaction {
    var attributes: [(name: String, value: AttributeValue)] {
        var fields: [(String, AttributeValue)] = [("effect", .number(effect.value)), ("confidence", .text(confidence.rawValue))]
        fields.add("because", because.map(AttributeValue.text))
        fields.add("evidence", evidence.map(AttributeValue.text))
        fields.append(("mutual", .flag(mutual)))
        return fields
    }
}

private extension Array where Element == (String, AttributeValue) {
    mutating func add(_ name: String, _ value: AttributeValue?) {
        if let value { append((name, value)) }
    }

    /// In the documented order of ``MapItem/attributeNames``.
    func sorted() -> [(String, AttributeValue)] {
        sorted { (MapItem.attributeNames.firstIndex(of: $0.0) ?? 99) < (MapItem.attributeNames.firstIndex(of: $1.0) ?? 99) }
    }
}
