import Foundation
import PropertyBased
import Testing
@testable import PlaceGraphKit

/// GraphML and GEXF read back by networkx (installed by `scripts/setup` into
/// `.build/graph-venv`), compared with the map item by item and interaction by interaction.
@Suite("GraphML and GEXF in networkx", .serialized)
struct GraphFormatTests {
    static let python = TestSupport.packageRoot.appendingPathComponent(".build/graph-venv/bin/python")
    static let script = TestSupport.packageRoot.appendingPathComponent("scripts/graphs/read_graph.py")

    /// What networkx sees in a written file.
    static func networkx(_ data: Data, ending: String) throws -> [String: Any] {
        try #require(FileManager.default.isExecutableFile(atPath: python.path), "networkx's venv is missing; run scripts/setup")
        let file = try TestSupport.temporaryFolder().appendingPathComponent("map.\(ending)")
        try data.write(to: file)
        let json = try SpreadsheetSoftwareTests.run(python, [script.path, file.path])
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    /// Text as XML carries it: the control characters XML 1.0 cannot hold become U+FFFD.
    static func xml(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            let value = scalar.value
            return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0xFFFE || value == 0xFFFF ? "\u{FFFD}" : scalar
        }))
    }

    /// The nodes the map should give, worked out here from the model: id → attributes.
    static func expectedNodes(_ map: PlaceMap) -> [String: [String: AnyHashable]] {
        var nodes: [String: [String: AnyHashable]] = [:]
        for service in map.services {
            var common: [String: AnyHashable] = [:]
            if let domain = service.domain { common["domain"] = xml(domain) }
            if let owner = service.owner { common["owner"] = xml(owner) }
            if !service.areas.isEmpty { common["areas"] = xml(service.areas.joined(separator: "; ")) }
            nodes[service.id] = common.merging(["kind": "service", "name": xml(service.name)]) { $1 }
            common["service"] = service.id
            func objective(_ objective: Objective, _ base: [String: AnyHashable]) {
                var fields = base.merging(["kind": "objective", "name": xml(objective.text)]) { $1 }
                if let kpi = objective.kpi { fields["kpi"] = xml(kpi) }
                nodes[objective.id] = fields
            }
            for item in service.objectives { objective(item, common) }
            for contract in service.contracts {
                var fields = common.merging(["kind": "contract", "name": xml(contract.name)]) { $1 }
                if let supplier = contract.supplier { fields["supplier"] = xml(supplier) }
                if let start = contract.start { fields["start"] = start.description }
                if let end = contract.end { fields["end"] = end.description }
                if !contract.extensionOptions.isEmpty { fields["extensions"] = contract.extensionOptions.map(\.description).joined(separator: "; ") }
                if let lead = contract.leadTime { fields["lead_time"] = lead.description }
                if let ocid = contract.ocid { fields["ocid"] = xml(ocid) }
                if let value = contract.value { fields["value"] = value }
                nodes[contract.id] = fields
                for item in contract.objectives { objective(item, common.merging(["contract": contract.id]) { $1 }) }
            }
        }
        for factor in map.factors { nodes[factor.id] = ["kind": "factor", "name": factor.id] }
        return nodes
    }

    /// A value networkx gave, as the comparison holds it: `mutual` a flag, numbers doubles,
    /// the rest text.
    static func plain(_ key: String, _ value: Any) -> AnyHashable {
        if key == "mutual" { return (value as? Bool) ?? ((value as? NSNumber)?.boolValue ?? false) }
        if let text = value as? String { return text }
        if let number = value as? NSNumber { return number.doubleValue }
        return "\(value)"
    }

    func check(_ map: PlaceMap, context: String) throws {
        let nodes = Self.expectedNodes(map)
        for (writer, ending) in [(GraphMLWriter() as any MapWriter, "graphml"), (GEXFWriter(), "gexf")] {
            let seen = try Self.networkx(try writer.data(for: map), ending: ending)
            #expect(seen["directed"] as? Bool == true)
            let seenNodes = try #require(seen["nodes"] as? [String: [String: Any]])
            #expect(Set(seenNodes.keys) == Set(nodes.keys), "\(context) \(ending)")
            for (id, expected) in nodes {
                var attributes = seenNodes[id] ?? [:]
                if ending == "gexf" { attributes["name"] = attributes.removeValue(forKey: "label") }
                if ending == "graphml" {
                    // networkx reads yEd's node graphics too: the name again as `label`, and its shape and place.
                    #expect(attributes.removeValue(forKey: "label") as? String == expected["name"] as? String)
                    for key in ["x", "y", "shape_type"] { attributes.removeValue(forKey: key) }
                }
                let normalised = Dictionary(uniqueKeysWithValues: attributes.map { ($0.key, Self.plain($0.key, $0.value)) })
                #expect(normalised == expected, "\(context) \(ending) node \(id)")
            }
            let edges = try #require(seen["edges"] as? [[Any]])
            var expectedEdges: [String: [String: AnyHashable]] = [:]
            for interaction in map.interactions {
                var fields: [String: AnyHashable] = ["effect": interaction.effect.value, "confidence": interaction.confidence.rawValue,
                                                     "mutual": interaction.mutual]
                if let because = interaction.because { fields["because"] = Self.xml(because) }
                if let evidence = interaction.evidence { fields["evidence"] = Self.xml(evidence) }
                if ending == "gexf" { fields["weight"] = interaction.effect.magnitude } else { fields["label"] = interaction.effect.description }
                expectedEdges["\(interaction.from)>\(interaction.to)"] = fields
                if ending == "gexf", interaction.mutual, interaction.from != interaction.to {
                    expectedEdges["\(interaction.to)>\(interaction.from)"] = fields
                }
            }
            var seenEdges: [String: [String: AnyHashable]] = [:]
            for edge in edges {
                guard let from = edge[0] as? String, let to = edge[1] as? String, let data = edge[2] as? [String: Any] else { continue }
                seenEdges["\(from)>\(to)"] = Dictionary(uniqueKeysWithValues: data.map { ($0.key, Self.plain($0.key, $0.value)) })
            }
            #expect(seenEdges == expectedEdges, "\(context) \(ending) edges")
        }
    }

    @Test("the example's items, interactions and every attribute come back from GraphML and GEXF")
    func example() throws {
        let map = try #require(try MapLoader.load(path: TestSupport.example("map.yaml")).graph?.map)
        try check(map, context: "example")
    }

    @Test("random maps with awkward texts come back from GraphML and GEXF")
    func random() async throws {
        await propertyCheck(count: 8, input: Gen.uint64()) { seed in
            try check(RandomPlaceMap.make(seed: seed), context: "seed \(seed)")
        }
    }
}
