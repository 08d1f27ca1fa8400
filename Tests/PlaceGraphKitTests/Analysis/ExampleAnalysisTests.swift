import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// Known answers on the Camden example, checked against the map itself where possible.
@Suite("Analysing the Camden example")
struct ExampleAnalysisTests {
    static let asOf = CalendarDate(iso: "2026-11-28")!

    static func graph() throws -> PlaceGraph {
        try #require(try MapLoader.load(path: TestSupport.example("map.yaml")).graph)
    }

    @Test("fortnightly-cut → pollinator-corridor is a contract contradiction with its window and suppliers")
    func pollinatorCorridor() throws {
        let conflicts = try Self.graph().conflicts()
        let conflict = try #require(conflicts.conflict("contract-contradiction:fortnightly-cut>pollinator-corridor"))
        #expect(conflict.severity == 2)
        #expect(conflict.window == CalendarDate(iso: "2026-03-31"))
        #expect(conflict.windowExtension == CalendarDate(iso: "2027-03-31"))
        #expect(conflict.windowContract?.id == "grounds-maintenance")
        #expect(conflict.contracts.map(\.id) == ["grounds-maintenance", "habitat-creation"])
        #expect(conflict.suppliers == ["Verdant Grounds Ltd", "Wildbank Ecology Ltd"])
        #expect(conflict.owners == ["Parks and Open Spaces"])
        #expect(conflict.links.first?.evidence == "Parks biodiversity survey 2022")
        let bins = try #require(conflicts.conflict("contract-contradiction:weekly-residual>flytip-clearance-24h"))
        #expect(bins.window == CalendarDate(iso: "2025-06-30"))
        #expect(bins.windowExtension == CalendarDate(iso: "2027-06-30"))
        #expect(bins.suppliers == ["Brightway Cleansing Ltd", "Kerbline Environmental Ltd"])
    }

    @Test("contract contradictions are exactly the undermining interactions between two contracts' items")
    func contradictionsMatchTheMap() throws {
        let graph = try Self.graph()
        // Computed from the map as written, without the graph.
        var contractOf: [String: String] = [:]
        for contract in graph.map.services.flatMap(\.contracts) {
            contractOf[contract.id] = contract.id
            for objective in contract.objectives { contractOf[objective.id] = contract.id }
        }
        let expected = graph.map.interactions.filter { interaction in
            guard interaction.effect.value < 0, let from = contractOf[interaction.from],
                  let to = contractOf[interaction.to] else { return false }
            return from != to
        }.map { "contract-contradiction:\($0.from)>\($0.to)" }
        let found = graph.conflicts().conflicts.filter { $0.kind == .contractContradiction }.map(\.id)
        #expect(Set(found) == Set(expected))
        #expect(found.count == 13)
    }

    @Test("the example's mutual and trade-off pairs, and its mutual synergies")
    func pairs() throws {
        let graph = try Self.graph()
        let conflicts = graph.conflicts().conflicts
        #expect(conflicts.filter { $0.kind == .mutual }.map(\.id) == ["mutual:pollinator-habitat>clean-estate"])
        #expect(Set(conflicts.filter { $0.kind == .tradeOff }.map(\.id))
                == ["trade-off:fly-tipping-reduced>patrol-hours", "trade-off:green-space-use>pollinator-habitat"])
        let synergies = graph.synergies(asOf: Self.asOf).synergies
        #expect(Set(synergies.filter { $0.kind == .mutual }.map(\.id))
                == ["mutual:evening-sessions>outdoor-activity-sessions", "mutual:feel-safe-after-dark>active-residents"])
    }

    @Test("every conflict is ranked, has a unique id, and its window is the earliest end of its contracts")
    func invariants() throws {
        let conflicts = try Self.graph().conflicts().conflicts
        #expect(Set(conflicts.map(\.id)).count == conflicts.count)
        for (first, second) in zip(conflicts, conflicts.dropFirst()) {
            #expect(first.severity >= second.severity - 1e-9)
        }
        for conflict in conflicts {
            #expect(conflict.window == conflict.contracts.compactMap(\.end).min())
            #expect(conflict.severity > 0)
            if conflict.kind == .hidden {
                #expect((3...4).contains(conflict.path.count))
                #expect(conflict.links.map(\.effect.sign).reduce(1, *) == -1)
            }
        }
    }

    @Test("clusters are disjoint groups of services, and the timeline starts with the longest-ended contract")
    func clustersAndTimeline() throws {
        let report = try Self.graph().analysis(AnalysisOptions(asOf: Self.asOf))
        let clusters = report.synergies.synergies.filter { $0.kind == .cluster }
        #expect(clusters.count >= 2)
        let members = clusters.flatMap(\.items).map(\.id)
        #expect(Set(members).count == members.count)
        #expect(clusters.allSatisfy { $0.items.allSatisfy { $0.kind == .service } && $0.items.count >= 2 })
        #expect(report.timeline.entries.first?.id == "waste-collection")
        #expect(report.timeline.entries.first?.status == .onExtension)
        #expect(report.timeline.entries.count == 13)
        let withoutBecause = report.summary.interactions - (try Self.graph().map.interactions.filter { $0.because != nil }.count)
        #expect(report.notes.filter { $0.kind == .missingBecause }.count == withoutBecause)
    }

    @Test("at service level every analysis is about services")
    func serviceLevel() throws {
        let report = try Self.graph().analysis(AnalysisOptions(asOf: Self.asOf, level: .services))
        #expect(report.level == .services)
        #expect(report.influence.items.count == 13)
        #expect(report.conflicts.conflicts.allSatisfy { $0.path.allSatisfy { $0.kind == .service } })
        #expect(report.conflicts.count(of: .contractContradiction) == 0)
        #expect(report.summary.objectives == 46)
    }
}
