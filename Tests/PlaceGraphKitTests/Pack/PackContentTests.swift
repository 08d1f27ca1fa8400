import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// What the workshop pack says: the agenda first, one card per conflict with its knock-ons,
/// windows seen from `--as-of`, the balance ties by kind and the one influence ranking.
@Suite("The workshop pack's content")
struct PackContentTests {
    static func pack() throws -> WorkshopPack { try WorkshopPackTests.examplePack() }

    @Test("the agenda comes right after the summary, one block per contract window in decide-by order")
    func agendaFirst() throws {
        let pack = try Self.pack()
        let html = pack.html().markup
        let sections = ["id=\"summary\"", "id=\"agenda\"", "id=\"conflicts\""].compactMap { html.range(of: $0)?.lowerBound }
        #expect(sections.count == 3 && sections == sections.sorted())
        let agenda = pack.agendaHTML().markup
        let names = pack.analysis.agenda.entries.map { HTML.escape($0.contract.name) }
        let positions = names.compactMap { agenda.range(of: "<h3>\($0)</h3>")?.lowerBound }
        #expect(positions.count == names.count && positions == positions.sorted())
        #expect(agenda.contains("Decide by 30 September 2025: overdue"))
        #expect(agenda.contains("What could change"))
    }

    @Test("every conflict of the example has a card, and a card lists its knock-ons")
    func cards() throws {
        let pack = try Self.pack()
        #expect(pack.cardConflicts.count == 22)
        #expect(pack.cardConflicts.map(\.id) == pack.analysis.conflicts.conflicts.map(\.id))
        let html = pack.conflictsHTML().markup
        #expect(html.contains("Knock-on effects"))
        let corridor = try #require(pack.analysis.conflicts.conflict("contract-contradiction:fortnightly-cut>pollinator-corridor"))
        let first = try #require(corridor.knockOns.first)
        let words = Words.knockOn(first) { "“\($0.name)”" }
        #expect(html.contains(HTML.escape(words.prefix(1).uppercased() + words.dropFirst())))
        #expect(html.contains("now, on extension until 31 March 2027 (decide by 31 March 2026, overdue): Grounds maintenance (north lot)"))
    }

    @Test("balance speaks of ties across the alignment, and the levers follow the influence ranking")
    func balanceAndLevers() throws {
        let pack = try Self.pack()
        let balance = pack.balanceHTML().markup
        #expect(balance.contains("Ties that cut across the alignment"))
        #expect(!balance.contains("Flipping these"))
        #expect(balance.contains("belong to no camp"))
        let levers = pack.influenceHTML().markup
        let ranked = pack.analysis.influence.ranked.filter(\.hasInteractions).prefix(15).map { HTML.escape($0.item.name) }
        let positions = ranked.compactMap { levers.range(of: "<td>\($0)</td>")?.lowerBound }
        #expect(positions.count == ranked.count && positions == positions.sorted())
    }
}
