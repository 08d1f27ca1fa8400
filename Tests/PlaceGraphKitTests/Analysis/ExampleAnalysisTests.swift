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
        // Grounds maintenance ended on 2026-03-31 and runs on its extension to 2027-03-31.
        let window = try #require(conflict.window(asOf: Self.asOf))
        #expect(window.contract.id == "grounds-maintenance")
        #expect(window.window.date == CalendarDate(iso: "2027-03-31") && window.window.state == .onExtension)
        #expect(conflict.contracts.map(\.id) == ["grounds-maintenance", "habitat-creation"])
        #expect(conflict.suppliers == ["Verdant Grounds Ltd", "Wildbank Ecology Ltd"])
        #expect(conflict.owners == ["Parks and Open Spaces"])
        #expect(conflict.links.first?.evidence == "Parks biodiversity survey 2022")
        let bins = try #require(conflicts.conflict("contract-contradiction:weekly-residual>flytip-clearance-24h"))
        // Waste collection runs on its extension to 2027-06-30; estate cleansing's extension ended
        // on 2026-09-30, so it has lapsed, and that window (in the past) comes first.
        let binsWindow = try #require(bins.window(asOf: Self.asOf))
        #expect(binsWindow.contract.id == "estate-cleansing")
        #expect(binsWindow.window.state == .lapsed && binsWindow.window.date == CalendarDate(iso: "2026-09-30"))
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

    @Test("every conflict is ranked, has a unique id, and its window is the first of its contracts' windows")
    func invariants() throws {
        let graph = try Self.graph()
        let conflicts = graph.conflicts().conflicts
        #expect(Set(conflicts.map(\.id)).count == conflicts.count)
        for (first, second) in zip(conflicts, conflicts.dropFirst()) {
            #expect(first.severity >= second.severity - 1e-9)
        }
        // Each contract's next date on or after the as-of day, or its last date once past all.
        let contracts = Dictionary(uniqueKeysWithValues: graph.map.services.flatMap(\.contracts).map { ($0.id, $0) })
        func next(_ id: String) -> CalendarDate? {
            guard let contract = contracts[id], let end = contract.end else { return nil }
            let dates = [end] + contract.extensionOptions
            return dates.first { $0 >= Self.asOf } ?? dates.last
        }
        for conflict in conflicts {
            #expect(conflict.window(asOf: Self.asOf)?.window.date == conflict.contracts.compactMap { next($0.id) }.min())
            #expect(conflict.severity > 0)
            if conflict.kind == .hidden {
                #expect((3...4).contains(conflict.path.count))
                #expect(conflict.links.map(\.effect.sign).reduce(1, *) == -1)
            }
        }
    }

    @Test("clusters are disjoint groups of services, and the timeline starts with the earliest decision")
    func clustersAndTimeline() throws {
        let report = try Self.graph().analysis(AnalysisOptions(asOf: Self.asOf))
        let clusters = report.synergies.synergies.filter { $0.kind == .cluster }
        #expect(clusters.count >= 2)
        let members = clusters.flatMap(\.items).map(\.id)
        #expect(Set(members).count == members.count)
        #expect(clusters.allSatisfy { $0.items.allSatisfy { $0.kind == .service } && $0.items.count >= 2 })
        // Estate cleansing's extension ended on 2026-09-30: its decision (12 months before) came first.
        #expect(report.timeline.entries.first?.id == "estate-cleansing")
        #expect(report.timeline.entries.first?.status == .ended)
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
        // Each contract contradiction as written survives the roll-up (13 at objective level, over
        // 9 pairs of services, one of them green spaces with itself).
        #expect(report.conflicts.count(of: .contractContradiction) == 9)
        #expect(report.conflicts.conflict("contract-contradiction:green-spaces>green-spaces") != nil)
        #expect(report.summary.objectives == 46)
    }
}
