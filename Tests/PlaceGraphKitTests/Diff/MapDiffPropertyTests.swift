import PropertyBased
import Testing
@testable import PlaceGraphKit

/// `diff` checked on random maps: a map compared with itself shows nothing, and the changes a
/// diff lists, made to the old version, give the new version's findings.
@Suite("diff: properties")
struct MapDiffPropertyTests {
    static let options = AnalysisOptions(asOf: CalendarDate(year: 2026, month: 11, day: 28)!, parts: [.balance],
                                         balanceTimeLimit: .seconds(20))

    static func graph(_ map: PlaceMap) throws -> PlaceGraph {
        try #require(PlaceGraph.build(from: map).graph)
    }

    @Test("a map compared with itself has no changes and moves no finding")
    func sameMap() async throws {
        await propertyCheck(count: 60, input: Gen.uint64()) { seed in
            let graph = try Self.graph(RandomPlaceMap.make(seed: seed))
            let diff = try graph.diff(to: graph, Self.options)
            #expect(diff.isEmpty, "seed \(seed)")
            #expect(diff.map.renames.isEmpty && diff.agenda.isEmpty && diff.changedConflicts.isEmpty)
        }
    }

    @Test("the listed changes made to the old map give the new map's conflicts, agenda and balance")
    func applyingGivesNew() async throws {
        await propertyCheck(count: 60, input: Gen.uint64()) { seed in
            let old = RandomPlaceMap.make(seed: seed)
            // Half the time a workshop's edits, half the time an unrelated map whose ids collide.
            let new = seed % 2 == 0 ? RandomMapEdits.edited(old, seed: seed) : RandomPlaceMap.make(seed: seed &+ 1)
            let comparison = MapComparison(old: old, new: new)
            let rebuilt = try Self.graph(comparison.applied(to: old)).analysis(Self.options)
            let expected = try Self.graph(new).analysis(Self.options)
            #expect(Self.fingerprint(rebuilt) == Self.fingerprint(expected), "seed \(seed)")
            #expect(MapComparison(old: comparison.applied(to: old), new: new).isEmpty, "seed \(seed)")
        }
    }

    /// What must agree: every conflict with its severity and knock-ons, every agenda entry with
    /// its decide-by date and conflicts, and the frustration index.
    static func fingerprint(_ analysis: PlaceAnalysis) -> [String] {
        analysis.conflicts.conflicts.map { "\($0.id) \(Int(($0.severity * 1e6).rounded())) \($0.knockOnCount)" }
            + analysis.agenda.entries.map { "agenda \($0.id) \($0.window?.decideBy.description ?? "-") \($0.conflicts)" }
            + ["balance \(analysis.balance?.frustrationIndex ?? -1)"]
    }
}

/// The edits a workshop makes, drawn at random: interactions dropped, re-scored and added, an
/// item removed, a contract extended and an objective added.
enum RandomMapEdits {
    static func edited(_ map: PlaceMap, seed: UInt64) -> PlaceMap {
        var random = SplitMix64(seed: seed ^ 0x5DEE_CE66)
        var inventory = MapInventory(map)
        inventory.interactions = inventory.interactions.compactMap { interaction in
            switch Int.random(in: 0...5, using: &random) {
            case 0: return nil
            case 1:
                return Interaction(from: interaction.from, to: interaction.to,
                                   effect: Effect(Double(Int.random(in: -3...3, using: &random)))!,
                                   because: interaction.because, confidence: .high, mutual: interaction.mutual)
            default: return interaction
            }
        }
        if Bool.random(using: &random), let victim = inventory.ordered.randomElement(using: &random) {
            let removed = inventory.removeWithContents(victim.id)
            inventory.interactions.removeAll { removed.contains($0.from) || removed.contains($0.to) }
        }
        if let contract = inventory.ordered.compactMap(\.contract).randomElement(using: &random),
           let parent = inventory.items[contract.id]?.parent {
            let end = (contract.extensionOptions.last ?? contract.end ?? CalendarDate(year: 2026, month: 1, day: 1)!)
            let extended = Contract(id: contract.id, name: contract.name, supplier: "New \(contract.supplier ?? "supplier")",
                                    start: contract.start, end: contract.end,
                                    extensionOptions: contract.end == nil ? [] : contract.extensionOptions + [end.adding(months: 12)],
                                    leadTime: contract.leadTime, ocid: contract.ocid, value: contract.value)
            inventory.insert(MapItem(.contract(extended), parent: parent))
        }
        if let service = inventory.ordered.first(where: { $0.kind == .service }) {
            inventory.insert(MapItem(.objective(Objective(id: "added-objective", text: "An objective agreed at the workshop")),
                                     parent: service.id))
        }
        let ids = inventory.ordered.map(\.id)
        var pairs = Set(inventory.interactions.flatMap { [[$0.from, $0.to], [$0.to, $0.from]] })
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            guard let from = ids.randomElement(using: &random), let to = ids.randomElement(using: &random),
                  from != to, !pairs.contains([from, to]) else { continue }
            pairs.formUnion([[from, to], [to, from]])
            inventory.interactions.append(Interaction(from: from, to: to, effect: Effect(Double([-2, -1, 1, 2].randomElement(using: &random)!))!))
        }
        return inventory.map()
    }
}
