import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

@Suite("Rolling up to services")
struct RollUpTests {
    static let text = TestSupport.map(
        services: """
          - id: parks
            name: Parks
            objectives: [{id: bees, text: Bees}]
            contracts:
              - id: grounds
                name: Grounds
                objectives: [{id: cut, text: Cut grass}]
          - id: cleaning
            name: Cleaning
            objectives: [{id: tidy, text: Tidy estate}, {id: litter, text: Less litter}]
        """,
        interactions: """
          - {from: cut, to: bees, effect: -2, because: internal}
          - {from: cut, to: tidy, effect: 2, because: Short grass looks tidy, confidence: high}
          - {from: bees, to: litter, effect: 3, because: Wild areas hold litter, confidence: low}
          - {from: tidy, to: parks, effect: -1, mutual: true, because: Clean-ups trample beds}
        """)

    @Test("interactions between two services sum, clamp, and take the lowest confidence")
    func sums() throws {
        let graph = try TestSupport.graph(Self.text).rolledUpToServices()
        #expect(graph.level == .services)
        #expect(graph.items.map(\.id) == ["cleaning", "parks"])
        let arcs = graph.arcs.map { "\(graph.items[$0.from].id)>\(graph.items[$0.to].id) \($0.effect) \($0.confidence)" }
        #expect(arcs == ["cleaning>parks -1 medium", "parks>cleaning +3 low"])
        let parksToCleaning = try #require(graph.arc(from: 1, to: 0))
        #expect(graph.interaction(of: parksToCleaning).because == "Clean-ups trample beds; Short grass looks tidy; Wild areas hold litter")
        #expect(graph.rolledUpFrom[parksToCleaning.interaction].count == 3)
    }

    @Test("the example rolls up to its services only")
    func example() throws {
        let graph = try #require(try MapLoader.load(path: TestSupport.example("map.yaml")).graph)
        let services = graph.rolledUpToServices()
        #expect(services.items.count == graph.summary.services)
        #expect(services.items.allSatisfy { $0.kind == .service })
        #expect(services.rolledUpToServices().arcs == services.arcs)
    }
}
