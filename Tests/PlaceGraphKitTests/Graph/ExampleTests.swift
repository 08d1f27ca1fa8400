import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// The bundled example in its three forms.
@Suite("The Camden example")
struct ExampleTests {
    static func load(_ name: String) throws -> PlaceGraph {
        let result = try MapLoader.load(path: TestSupport.example(name))
        #expect(!result.hasErrors)
        return try #require(result.graph)
    }

    /// The interaction graph as plain values: every signed arc, with its interaction's text.
    static func signature(_ graph: PlaceGraph) -> [String] {
        graph.arcs.map { arc in
            let interaction = graph.interaction(of: arc)
            return "\(graph.items[arc.from].id)>\(graph.items[arc.to].id) \(arc.effect) \(arc.confidence) "
                + "\(interaction.because ?? "-") | \(interaction.evidence ?? "-")"
        }
    }

    @Test("YAML, JSON and CSV load into the same graph")
    func threeForms() throws {
        let yaml = try Self.load("map.yaml")
        let json = try Self.load("map.json")
        let csv = try Self.load("interactions.csv")
        #expect(yaml.items == json.items)
        #expect(yaml.map == json.map)
        #expect(Self.signature(yaml) == Self.signature(json))
        #expect(Self.signature(yaml) == Self.signature(csv))
        // The edge list names only items that interact; they are the YAML's connected items.
        let connected = Set(yaml.arcs.flatMap { [yaml.items[$0.from].id, yaml.items[$0.to].id] })
        #expect(Set(csv.items.map(\.id)) == connected)
        #expect(yaml.map.place == json.map.place)
    }

    @Test("the example meets the brief: 12+ services, 8+ contracts, 35+ interactions")
    func size() throws {
        let graph = try Self.load("map.yaml")
        let summary = graph.summary
        #expect(summary.services >= 12)
        #expect(summary.contracts >= 8)
        #expect(summary.interactions >= 35)
        let withBecause = graph.map.interactions.filter { $0.because != nil }.count
        #expect(withBecause >= 35)
        #expect(graph.map.services.flatMap(\.contracts).allSatisfy { $0.supplier != nil && $0.end != nil })
    }

    @Test("arcs are sorted and indexed both ways")
    func adjacency() throws {
        let graph = try Self.load("map.yaml")
        #expect(graph.items.map(\.id) == graph.items.map(\.id).sorted())
        for index in graph.items.indices {
            let out = graph.outgoingArcs(of: index)
            #expect(out.allSatisfy { $0.from == index })
            #expect(out.map(\.to) == out.map(\.to).sorted())
            let incoming = graph.incomingArcs(of: index)
            #expect(incoming.allSatisfy { $0.to == index })
            #expect(incoming.map(\.from) == incoming.map(\.from).sorted())
        }
        let mutual = graph.map.interactions.filter(\.mutual).count
        #expect(graph.arcs.count == graph.map.interactions.count + mutual)
    }
}
