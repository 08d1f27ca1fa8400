import Foundation

/// `.kumu.json`: the map as a Kumu blueprint (https://docs.kumu.io/guides/import/blueprints),
/// the JSON Kumu imports: `elements` and `connections`, with every attribute as a field.
///
/// Elements have `id` (the item's id), `label` (its name or text), `type` (`Service`,
/// `Contract`, `Objective` or `Factor`) and the fields `Domain`, `Owner`, `Service`,
/// `Contract`, `Supplier`, `Start`, `End`, `Extensions`, `Lead Time`, `OCID`, `Value` and
/// `KPI` where the item has them; a service's areas are its `tags`. Connections have `from`
/// and `to` (element ids), `type` (`reinforcing`, `undermining` or `consistent`), `direction`
/// (`directed`, or `mutual`), `description` (the reason), and the fields `Effect` (−3…+3),
/// `Strength` (|effect|), `Confidence` and `Evidence`. Connections have no ids, since Kumu
/// wants ids unique across elements and connections. placegraph reads the blueprint back
/// (`placegraph convert map.kumu.json`) to the same graph.
public struct KumuWriter: MapWriter {
    public let name = "kumu"
    public let extensions = ["kumu.json"]
    public let losses: String? = "a Kumu blueprint keeps every item, interaction and attribute, but not the place's name, mission, lead time or areas' names"

    public init() {}

    /// Kumu field names for item attributes.
    static let fieldNames: [String: String] = [
        "service": "Service", "contract": "Contract", "domain": "Domain", "owner": "Owner", "supplier": "Supplier",
        "start": "Start", "end": "End", "extensions": "Extensions", "lead_time": "Lead Time", "ocid": "OCID",
        "value": "Value", "kpi": "KPI",
    ]

    public func data(for map: PlaceMap) throws(MapWriteError) -> Data {
        var lines = ["{", "  \"elements\": ["]
        let items = MapItem.all(in: map)
        for (index, item) in items.enumerated() {
            var fields = [("id", string(item.id)), ("label", string(item.name)), ("type", string(item.kind.rawValue.capitalized))]
            for (name, value) in item.attributes where name != "areas" {
                fields.append((Self.fieldNames[name] ?? name, json(value)))
            }
            if case let .list(areas)? = item.attributes.first(where: { $0.name == "areas" })?.value, item.kind == .service {
                fields.append(("tags", "[" + areas.map(string).joined(separator: ", ") + "]"))
            }
            lines.append("    " + object(fields) + (index + 1 < items.count ? "," : ""))
        }
        lines += ["  ],", "  \"connections\": ["]
        for (index, interaction) in map.interactions.enumerated() {
            let effect = interaction.effect
            var fields = [("from", string(interaction.from)), ("to", string(interaction.to)),
                          ("type", string(effect.isReinforcing ? "reinforcing" : effect.isUndermining ? "undermining" : "consistent")),
                          ("direction", string(interaction.mutual ? "mutual" : "directed"))]
            if let because = interaction.because { fields.append(("description", string(because))) }
            fields += [("Effect", MapOutline.number(effect.value)), ("Strength", MapOutline.number(effect.magnitude)),
                       ("Confidence", string(interaction.confidence.rawValue))]
            if let evidence = interaction.evidence { fields.append(("Evidence", string(evidence))) }
            lines.append("    " + object(fields) + (index + 1 < map.interactions.count ? "," : ""))
        }
        lines += ["  ]", "}"]
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    private func string(_ text: String) -> String { JSONMapWriter.string(text) }

    private func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }

    private func json(_ value: AttributeValue) -> String {
        switch value {
        case let .number(number): MapOutline.number(number)
        case let .list(items): "[" + items.map(string).joined(separator: ", ") + "]"
        case let .flag(flag): flag ? "true" : "false"
        default: string(value.text)
        }
    }
}
