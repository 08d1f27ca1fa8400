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

    @Test("between two services each sign rolls up apart, to its strongest effect and that member's confidence")
    func signsApart() throws {
        let graph = try TestSupport.graph(Self.text).rolledUpToServices()
        #expect(graph.level == .services)
        #expect(graph.items.map(\.id) == ["cleaning", "parks"])
        // cleaning → parks: tidy → parks (−1). parks → cleaning: cut → tidy (+2, high) and
        // bees → litter (+3, low) reinforce, the strongest is +3 (low); the mutual's reverse,
        // parks → tidy (−1), undermines. Inside parks, cut → bees (−2) undermines.
        let arcs = graph.arcs.map { "\(graph.items[$0.from].id)>\(graph.items[$0.to].id) \($0.effect) \($0.confidence)" }
        #expect(arcs == ["cleaning>parks -1 medium", "parks>cleaning -1 medium", "parks>cleaning +3 low", "parks>parks -2 medium"])
        let both = graph.arcs(from: 1, to: 0)
        #expect(both.map(\.effect.value) == [-1, 3])
        #expect(graph.arc(from: 1, to: 0)?.effect.value == -1)
        let reinforcing = both[1], undermining = both[0]
        #expect(graph.interaction(of: reinforcing).because == "Short grass looks tidy; Wild areas hold litter")
        #expect(graph.rolledUpFrom[reinforcing.interaction].map { "\($0.from)>\($0.to)" } == ["bees>litter", "cut>tidy"])
        // The reverse of the mutual interaction is written in the direction it runs.
        #expect(graph.rolledUpFrom[undermining.interaction].map { "\($0.from)>\($0.to)" } == ["parks>tidy"])
    }

    @Test("a rolled-up effect never leaves the scale, and equally strong members lend their highest confidence")
    func strongest() throws {
        let text = TestSupport.map(
            services: """
              - {id: a, name: A, objectives: [{id: a1, text: A1}, {id: a2, text: A2}, {id: a3, text: A3}]}
              - {id: b, name: B, objectives: [{id: b1, text: B1}, {id: b2, text: B2}]}
            """,
            interactions: """
              - {from: a1, to: b1, effect: -3, confidence: low}
              - {from: a2, to: b1, effect: -3, confidence: high}
              - {from: a3, to: b2, effect: -1, confidence: high}
              - {from: a1, to: b2, effect: 0}
              - {from: b1, to: a1, effect: 0}
              - {from: a1, to: a2, effect: 3}
            """)
        let graph = try TestSupport.graph(text).rolledUpToServices()
        // a → b: −3, −3 and −1 give −3 (a sum would be −7), high from the second −3; the 0 is
        // left out since a signed interaction runs. b → a: only a 0, kept as consistent. The
        // reinforcing a1 → a2 inside a stays out.
        let arcs = graph.arcs.map { "\(graph.items[$0.from].id)>\(graph.items[$0.to].id) \($0.effect) \($0.confidence)" }
        #expect(arcs == ["a>b -3 high", "b>a 0 medium"])
        #expect(graph.rolledUpFrom.map(\.count) == [3, 1])
    }

    @Test("two services that help and hinder each other both ways give four loops and one frustrated tie a pair")
    func mixedPairs() throws {
        let text = TestSupport.map(
            services: """
              - {id: a, name: A, objectives: [{id: a1, text: A1}, {id: a2, text: A2}]}
              - {id: b, name: B, objectives: [{id: b1, text: B1}, {id: b2, text: B2}]}
            """,
            interactions: """
              - {from: a1, to: b1, effect: 2}
              - {from: a2, to: b2, effect: -1}
              - {from: b1, to: a1, effect: 1}
              - {from: b2, to: a2, effect: -2}
            """)
        let graph = try TestSupport.graph(text).rolledUpToServices()
        #expect(graph.arcs.map(\.effect.value) == [-1, 2, -2, 1])
        // Each signed arc is its own route: a → b (−, +) times b → a (−, +), polarity the product.
        let loops = try graph.feedbackLoops()
        #expect(loops.count == 4 && loops.reinforcing == 2 && loops.balancing == 2)
        #expect(loops.loops.allSatisfy { $0.items == ["a", "b"] })
        // Each arc counts for balance, and a mixed pair always leaves one of its two ties frustrated.
        let balance = try graph.structuralBalance()
        #expect(balance.interactions == 4 && balance.frustrationIndex == 2)
        // The pair is one conflict (undermining both ways) and no synergy.
        #expect(graph.conflicts().conflicts.map(\.id) == ["mutual:a>b"])
        #expect(graph.synergies(asOf: CalendarDate(iso: "2026-11-28")!).synergies.filter { $0.kind != .cluster }.isEmpty)
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
