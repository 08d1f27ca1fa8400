import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// One conflict per pair, with its knock-ons: the hidden chains that stand alone are checked
/// against a brute force over the map as written.
@Suite("Knock-ons and hidden conflicts")
struct KnockOnTests {
    /// The example counted by brute force from its interactions as written, without the graph.
    @Test("the example has 21 pair conflicts and one hidden one standing alone, bulky-charge to estate-pride at 4/3")
    func exampleByBruteForce() throws {
        let graph = try #require(try MapLoader.load(path: TestSupport.example("map.yaml")).graph)
        let map = graph.map
        var service: [String: String] = [:]
        for entry in map.services {
            service[entry.id] = entry.id
            for objective in entry.objectives { service[objective.id] = entry.id }
            for contract in entry.contracts {
                service[contract.id] = entry.id
                for objective in contract.objectives { service[objective.id] = entry.id }
            }
        }
        var arcs: [(from: String, to: String, effect: Double)] = []
        for interaction in map.interactions {
            arcs.append((interaction.from, interaction.to, interaction.effect.value))
            if interaction.mutual { arcs.append((interaction.to, interaction.from, interaction.effect.value)) }
        }
        // Pair conflicts: item pairs with an undermining interaction either way.
        let pairs = Set(arcs.filter { $0.effect < 0 }.map { Set([$0.from, $0.to]) })
        #expect(pairs.count == 21)
        let joinedServices = Set(pairs.map { Set($0.map { service[$0] ?? $0 }) })
        let adjacent = Set(arcs.map { Set([$0.from, $0.to]) })
        // Every simple chain of 2 or 3 signed interactions with an odd number of undermining steps.
        var standing: [Set<String>: Double] = [:]
        func extend(_ path: [String], _ effects: [Double]) {
            if effects.count >= 2, let start = path.first, let end = path.last,
               effects.filter({ $0 < 0 }).count % 2 == 1, !adjacent.contains(Set([start, end])) {
                let strength = effects.map(abs).reduce(1, *) / (effects.count == 2 ? 3 : 9)
                let ends = Set([start, end])
                let services = Set([service[start] ?? start, service[end] ?? end])
                if !joinedServices.contains(services), strength >= 1 { standing[ends] = max(standing[ends] ?? 0, strength) }
            }
            guard effects.count < 3, let last = path.last else { return }
            for arc in arcs where arc.from == last && arc.effect != 0 && !path.contains(arc.to) {
                extend(path + [arc.to], effects + [arc.effect])
            }
        }
        for start in Set(arcs.map(\.from)) { extend([start], []) }
        #expect(standing.count == 1)
        #expect(standing[["bulky-charge", "estate-pride"]].map { abs($0 - 4.0 / 3) < 1e-12 } == true)

        let analysis = graph.conflicts()
        #expect(analysis.conflicts.filter { $0.kind != .hidden }.count == pairs.count)
        let hidden = analysis.conflicts.filter { $0.kind == .hidden }
        #expect(hidden.map { Set([$0.from.id, $0.to.id]) } == Array(standing.keys))
        #expect(hidden.first?.path.map(\.id) == ["bulky-charge", "fly-tipping-reduced", "estate-pride"])
        #expect(hidden.first.map { abs($0.strength - 4.0 / 3) < 1e-12 } == true)
        #expect(hidden.first?.restsOn == ["direct:bulky-charge>fly-tipping-reduced"])
        // Not also listed as a knock-on of the conflict it rests on.
        let step = try #require(analysis.conflict("direct:bulky-charge>fly-tipping-reduced"))
        #expect(!step.knockOns.contains { $0.to.id == "estate-pride" && $0.from.id == "bulky-charge" })
    }

    /// Green spaces plants trees that shade a cool-streets objective's canopy, and the shade
    /// undermines the energy contract's solar yield: no single link joins green spaces and energy.
    static let treePlanting = TestSupport.map(
        services: """
          - id: green-spaces
            name: Green spaces
            objectives: [{id: tree-planting, text: Plant 200 street trees}]
          - id: cool-streets
            name: Cool streets
            objectives: [{id: shade-cover, text: Shade over south-facing roofs and paths}]
          - id: energy
            name: Energy
            contracts:
              - id: solar-lease
                name: Rooftop solar lease
                end: 2029-03-31
                objectives: [{id: solar-yield, text: Generate 400 MWh a year from rooftop panels}]
        """,
        interactions: """
          - {from: tree-planting, to: shade-cover, effect: 2, because: Trees shade roofs and paths}
          - {from: shade-cover, to: solar-yield, effect: -2, because: Shaded panels generate less}
        """)

    @Test("a tree-planting objective that undermines a solar yield through a third service's shade stands alone")
    func treePlanting() throws {
        let analysis = try TestSupport.graph(Self.treePlanting).conflicts()
        #expect(analysis.conflicts.map(\.id) == ["direct:shade-cover>solar-yield", "hidden:tree-planting>solar-yield"])
        let hidden = try #require(analysis.conflict("hidden:tree-planting>solar-yield"))
        #expect(abs(hidden.strength - 4.0 / 3) < 1e-12)  // 2 · 2 / 3
        #expect(hidden.restsOn == ["direct:shade-cover>solar-yield"])
        #expect(hidden.contracts.map(\.id) == ["solar-lease"])
        #expect(hidden.services == ["cool-streets", "energy", "green-spaces"])
        #expect(analysis.conflict("direct:shade-cover>solar-yield")?.knockOns.isEmpty == true)
        // At service level the chain green spaces → cool streets → energy stands alone too.
        let services = try TestSupport.graph(Self.treePlanting).at(.services).conflicts()
        #expect(services.conflicts.map(\.id) == ["direct:cool-streets>energy", "hidden:green-spaces>energy"])
    }

    @Test("a chain whose end services a pair conflict joins is a knock-on, downstream or upstream, not counted")
    func knockOnsInsideTheirConflict() throws {
        // pollinator-corridor's loss carries on to bees, inside parks, where the cut already conflicts.
        let text = TestSupport.map(
            services: """
              - id: parks
                name: Parks
                objectives: [{id: bees, text: Bees}, {id: corridor, text: Corridor}, {id: cut, text: Cut}, {id: mow, text: Mow plan}]
            """,
            interactions: """
              - {from: cut, to: corridor, effect: -2}
              - {from: corridor, to: bees, effect: 3}
              - {from: mow, to: cut, effect: 2}
            """)
        let analysis = try TestSupport.graph(text).conflicts()
        #expect(analysis.conflicts.map(\.id) == ["direct:cut>corridor"])
        let conflict = analysis.conflicts[0]
        #expect(conflict.knockOnCount == 3)
        let words = conflict.knockOns.map { Words.knockOn($0) }
        // cut ⊣ corridor → bees: 2 · 3 / 3 = 2; mow → cut ⊣ corridor: 2 · 2 / 3; mow → cut ⊣ corridor → bees: 12 / 9.
        #expect(words == ["also undermines bees via corridor", "mow, through cut, also works against corridor",
                          "mow, through cut and corridor, also works against bees"])
        #expect(conflict.knockOns.map(\.step) == [0, 1, 1])
        #expect(analysis.knockOnsFound == 3 && analysis.belowThreshold == 0)
    }

    @Test("a chain between services no conflict joins, weaker than 1, is a knock-on counted below the threshold")
    func weakChain() throws {
        let analysis = try TestSupport.graph("from,to,effect\na,b,-1\nb,c,2\n", format: .csv).conflicts()
        // 1 · 2 / 3 < 1: below the scale's resolution.
        #expect(analysis.conflicts.map(\.id) == ["direct:a>b"])
        #expect(analysis.conflicts[0].knockOns.map { $0.path.map(\.id) } == [["a", "b", "c"]])
        #expect(analysis.belowThreshold == 1 && analysis.hiddenFound == 0)
    }

    @Test("a conflict resting only on low-confidence interactions says so, at both levels")
    func lowConfidenceOnly() throws {
        let text = "from,to,effect,confidence\na,b,-2,low\nb,a,-1,low\nc,d,-2,low\nd,c,-1,high\nd,e,3,high\n"
        let analysis = try TestSupport.graph(text, format: .csv).conflicts()
        #expect(analysis.conflict("mutual:a>b")?.lowConfidenceOnly == true)
        #expect(analysis.conflict("mutual:c>d")?.lowConfidenceOnly == false)
        // The chain c ⊣ d → e needs its low link.
        #expect(analysis.conflict("hidden:c>e")?.lowConfidenceOnly == true)
        #expect(Words.lowConfidence(of: try #require(analysis.conflict("mutual:a>b"))) == "rests only on low-confidence interactions")
        // At service level a rolled-up link is low only when everything it stands for is.
        let services = try TestSupport.graph(TestSupport.map(
            services: """
              - {id: s, name: S, objectives: [{id: s1, text: S1}, {id: s2, text: S2}]}
              - {id: t, name: T, objectives: [{id: t1, text: T1}]}
            """,
            interactions: """
              - {from: s1, to: t1, effect: -3, confidence: low}
              - {from: s2, to: t1, effect: -1, confidence: high}
            """)).at(.services).conflicts()
        let conflict = try #require(services.conflict("direct:s>t"))
        #expect(conflict.confidence == .low && !conflict.lowConfidenceOnly)
    }
}
