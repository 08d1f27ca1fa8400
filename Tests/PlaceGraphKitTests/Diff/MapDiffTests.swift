import Testing
@testable import PlaceGraphKit

/// The matching rules of a diff, on small maps written out by hand.
@Suite("diff: matching rules")
struct MapDiffTests {
    static let services = """
          - id: parks
            name: Parks
            contracts:
              - id: mowing
                name: Mowing contract
                supplier: Cutters Ltd
                end: 2027-03-31
                objectives:
                  - {id: cut, text: Cut the grass every 14 days}
              - id: ecology
                name: Ecology contract
                end: 2028-03-31
                objectives:
                  - {id: meadow, text: Grow a wildflower meadow}
          - id: play
            name: Play
            objectives:
              - {id: kickabout, text: Short grass for ball games}
        """

    static func diff(_ old: String, _ new: String, services new2: String? = nil) throws -> MapDiff {
        let before = try TestSupport.graph(TestSupport.map(services: services, interactions: old))
        let after = try TestSupport.graph(TestSupport.map(services: new2 ?? services, interactions: new))
        return try before.diff(to: after, AnalysisOptions(asOf: CalendarDate(year: 2026, month: 11, day: 28)!))
    }

    @Test("a re-weighted conflict is changed, not resolved plus introduced")
    func reweightedConflict() throws {
        let diff = try Self.diff("  - {from: cut, to: meadow, effect: -1}", "  - {from: cut, to: meadow, effect: -3}")
        #expect(diff.introducedConflicts.isEmpty && diff.resolvedConflicts.isEmpty)
        #expect(diff.introducedContradictions.isEmpty && diff.resolvedContradictions.isEmpty)
        let change = try #require(diff.changedConflicts.first)
        // Severity is |effect| × the medium confidence weight 0.75.
        #expect(change.old.severity == 0.75 && change.new.severity == 2.25)
        #expect(diff.map.changedInteractions.map(\.aspects) == [[.reweighted]])
    }

    @Test("a re-signed interaction resolves its conflict and contract contradiction; the agenda entries lose it")
    func resigned() throws {
        let diff = try Self.diff("  - {from: cut, to: meadow, effect: -2}", "  - {from: cut, to: meadow, effect: 1}")
        #expect(diff.map.changedInteractions.map(\.aspects) == [[.resigned]])
        #expect(diff.resolvedConflicts.map(\.id) == ["contract-contradiction:cut>meadow"])
        #expect(diff.resolvedContradictions.map(\.id) == ["contract-contradiction:cut>meadow"])
        // Both contracts stay on the agenda for the synergy the +1 makes, without the conflict.
        #expect(diff.agenda.map { "\($0.contract) \($0.change.rawValue)" } == ["ecology changed", "mowing changed"])
        #expect(diff.agenda.map(\.conflictsLost) == [["contract-contradiction:cut>meadow"], ["contract-contradiction:cut>meadow"]])
        #expect(diff.agenda.allSatisfy { $0.conflictsGained.isEmpty && !$0.moved })
    }

    @Test("a mutual interaction written the other way round is the same interaction")
    func mutualReversed() throws {
        let diff = try Self.diff("  - {from: cut, to: kickabout, effect: 2, mutual: true}",
                                 "  - {from: kickabout, to: cut, effect: 2, mutual: true}")
        #expect(diff.map.isEmpty)
    }

    @Test("contract terms are listed field by field; a text edit is a lesser change")
    func contractTerms() throws {
        let extended = Self.services.replacingOccurrences(of: "end: 2027-03-31", with: "end: 2027-03-31\n        extension: 2028-03-31")
            .replacingOccurrences(of: "Cutters Ltd", with: "Verge Ltd")
        let diff = try Self.diff("  - {from: cut, to: meadow, effect: -2}",
                                 "  - {from: cut, to: meadow, effect: -2, because: seen at the walkabout}", services: extended)
        let change = try #require(diff.map.changedItems.first)
        #expect(change.fields.map(\.field) == ["supplier", "extensions"])
        #expect(change.fields.map(\.new) == ["Verge Ltd", "2028-03-31"])
        #expect(diff.map.changedContracts.map(\.id) == ["mowing"])
        #expect(diff.map.changedInteractions.map(\.aspects) == [[.text]])
        #expect(diff.changedConflicts.isEmpty)
    }

    @Test("a renamed item is removed plus added, and the pairing is suggested when the texts are close")
    func renames() throws {
        let renamed = Self.services.replacingOccurrences(of: "{id: kickabout, text: Short grass for ball games}",
                                                         with: "{id: kick-about, text: Short grass for ball games and play}")
            .replacingOccurrences(of: "{id: meadow, text: Grow a wildflower meadow}",
                                  with: "{id: wildflowers, text: Sow wildflowers on every verge by 2030}")
        let diff = try Self.diff("", "", services: renamed)
        #expect(diff.map.removedItems.map(\.id) == ["kickabout", "meadow"])
        #expect(diff.map.addedItems.map(\.id) == ["kick-about", "wildflowers"])
        // 'kickabout' → 'kick-about' is one edit in ten characters; 'meadow' and 'wildflowers' share neither id nor text.
        #expect(diff.map.renames.map { "\($0.removed)>\($0.added)" } == ["kickabout>kick-about"])
        #expect(diff.map.renames.first?.distance == 0.1)
    }

    @Test("closing a loop gains it, and the frustration index is reported before and after")
    func loopsAndBalance() throws {
        let old = "  - {from: cut, to: meadow, effect: -2}\n  - {from: meadow, to: kickabout, effect: 1}"
        let before = try TestSupport.graph(TestSupport.map(services: Self.services, interactions: old))
        let after = try TestSupport.graph(TestSupport.map(services: Self.services,
                                                           interactions: old + "\n  - {from: kickabout, to: cut, effect: 1}"))
        let diff = try before.diff(to: after, AnalysisOptions(asOf: CalendarDate(year: 2026, month: 11, day: 28)!, parts: .all))
        // The only cycle is the new triangle, with one undermining step: balancing.
        let loops = try #require(diff.loops)
        #expect(loops.gained.map(\.items) == [["cut", "meadow", "kickabout"]])
        #expect(loops.gained.map(\.polarity) == [.balancing])
        #expect(loops.lost.isEmpty && loops.oldCount == 0 && loops.newCount == 1 && !loops.truncated)
        // A path has no cycle, so nothing is frustrated; a triangle with one negative sign needs one flip.
        let balance = try #require(diff.balance)
        #expect(balance.old.frustrationIndex == 0 && balance.new.frustrationIndex == 1)
        #expect(balance.timeLimit == .seconds(60))
    }
}
