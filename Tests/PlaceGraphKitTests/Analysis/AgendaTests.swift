import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// The decision agenda on a small map whose windows and suggestions are worked out by hand.
@Suite("The decision agenda")
struct AgendaTests {
    static let asOf = CalendarDate(iso: "2026-11-28")!

    /// Grounds (on extension to 2027-03-31) cuts against ecology's corridor; cleaning's sweep
    /// reinforces the cut, binding parks and cleaning into a cluster; activity and lighting have
    /// nothing to act on. Sweep → cut ⊣ corridor (1 · 2 / 3) is too weak to stand alone, so it is a
    /// knock-on. With the default 12-month lead time, as of 2026-11-28: grounds decides
    /// by 2026-03-31, sweep by 2026-06-30, ecology by 2027-02-28, lighting by 2028-12-31 and
    /// activity by 2029-03-31.
    static let text = TestSupport.map(
        services: """
          - id: parks
            name: Parks
            owner: Parks team
            contracts:
              - {id: grounds, name: Grounds, supplier: Cutters Ltd, end: 2026-03-31, extension: 2027-03-31, objectives: [{id: cut, text: Cut}]}
              - {id: ecology, name: Ecology, end: 2028-02-29, objectives: [{id: corridor, text: Corridor}]}
          - id: cleaning
            name: Cleaning
            contracts:
              - {id: sweep, name: Sweep, end: 2027-06-30, objectives: [{id: sweep-paths, text: Sweep paths}]}
          - id: health
            name: Health
            contracts:
              - {id: activity, name: Activity, end: 2030-03-31, objectives: [{id: sessions, text: Sessions}]}
          - id: roads
            name: Roads
            contracts:
              - {id: lighting, name: Lighting, end: 2029-12-31, objectives: [{id: lux, text: Lux}]}
        """,
        interactions: """
          - {from: cut, to: corridor, effect: -2, because: Cutting removes flowers}
          - {from: sweep-paths, to: cut, effect: 1, because: Swept paths make cutting quicker}
        """)

    static func analysis(within: String? = nil) throws -> PlaceAnalysis {
        try TestSupport.graph(Self.text).analysis(AnalysisOptions(asOf: Self.asOf, within: within.flatMap(CalendarSpan.init(parsing:))))
    }

    @Test("one entry per contract window in decide-by order; those with nothing to act on listed apart")
    func order() throws {
        let agenda = try Self.analysis().agenda
        #expect(agenda.entries.map(\.id) == ["grounds", "sweep", "ecology"])
        #expect(agenda.entries.map { $0.window?.decideBy.description } == ["2026-03-31", "2026-06-30", "2027-02-28"])
        #expect(agenda.entries.map { $0.window?.overdue } == [true, true, false])
        #expect(agenda.quiet.map(\.id) == ["lighting", "activity"])
        #expect(agenda.leftOut == 0)
        let grounds = agenda.entries[0]
        #expect(grounds.conflicts == ["contract-contradiction:cut>corridor"])
        #expect(grounds.synergies == ["cluster:cleaning+parks", "direct:sweep-paths>cut"])
        // Sweep's window opens 2027-06-30 and ecology's 2028-02-29, both within 12 months of 2027-03-31.
        #expect(grounds.aligned.map(\.contract.id) == ["sweep", "ecology"])
    }

    @Test("suggestions: re-specify this contract's objective, align with the other party, commission jointly")
    func suggestions() throws {
        let agenda = try Self.analysis().agenda
        let grounds = try #require(agenda.entries.first { $0.id == "grounds" })
        #expect(grounds.suggestions.map { Words.suggestion($0) } == [
            "re-specify 'cut', which undermines 'corridor', an objective of another contract",
            "align with 'ecology', party to the same conflict; its window: 2028-02-29 (ahead; decide by 2027-02-28)",
            "commission jointly with 'sweep', a partner in the same cluster whose window aligns: "
                + "2027-06-30 (ahead; decide by 2026-06-30, overdue)",
        ])
        // Ecology's corridor is the one undermined: nothing of its own to re-specify.
        let ecology = try #require(agenda.entries.first { $0.id == "ecology" })
        #expect(!ecology.suggestions.contains { if case .respecify = $0 { true } else { false } })
        #expect(ecology.suggestions.contains { if case let .align(contract, _, _) = $0 { contract.id == "grounds" } else { false } })
    }

    @Test("--within keeps the decisions due in the span, overdue ones included", arguments: [
        ("6m", ["grounds", "sweep", "ecology"], 2),  // by 2027-05-28
        ("1m", ["grounds", "sweep"], 3),            // by 2026-12-28: only the overdue ones
        ("3y", ["grounds", "sweep", "ecology"], 0),
    ])
    func within(span: String, listed: [String], leftOut: Int) throws {
        let analysis = try Self.analysis(within: span)
        #expect(analysis.agenda.entries.map(\.id) == listed)
        #expect(analysis.agenda.leftOut == leftOut)
        #expect(analysis.timeline.leftOut == leftOut)
        #expect(analysis.timeline.entries.map(\.id).filter { listed.contains($0) } == listed)
    }

    @Test("the agenda as JSON has the SPEC keys, entries in decide-by order")
    func json() throws {
        let data = try Self.analysis().agendaJSON()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["asOf"] as? String == "2026-11-28")
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(entries.map { $0["contract"] as? String } == ["grounds", "sweep", "ecology"])
        let first = entries[0]
        #expect(first["window"] as? String == "2027-03-31")
        #expect(first["windowState"] as? String == "extension")
        #expect(first["decideBy"] as? String == "2026-03-31")
        #expect(first["overdue"] as? Bool == true)
        #expect(first["conflicts"] as? [[String]] == [["cut", "corridor"]])
        #expect(first["synergies"] as? [[String]] == [["cleaning", "parks"], ["sweep-paths", "cut"]])
        #expect((first["suggestions"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["respecify", "align", "commission-jointly"])
        #expect((object["quiet"] as? [[String: Any]])?.map { $0["contract"] as? String } == ["lighting", "activity"])
    }

    @Test("text and Markdown name every entry and the contracts with nothing to act on")
    func words() throws {
        let analysis = try Self.analysis()
        let text = analysis.agendaText().plain
        #expect(text.contains("1. decide by 2026-03-31 (overdue) · grounds: Grounds"))
        #expect(text.contains("owner Parks team; supplier Cutters Ltd"))
        #expect(text.contains("NOTHING TO ACT ON  2"))
        #expect(text.contains("lighting: Lighting (decide by 2028-12-31)"))
        let markdown = analysis.agendaMarkdown()
        #expect(markdown.contains("## 1. Grounds (decide by 2026-03-31 (overdue))"))
        #expect(markdown.contains("| `activity` | Activity | 2029-03-31 |"))
    }
}
