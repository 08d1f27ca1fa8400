import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

@Suite("Timeline and data-quality notes")
struct TimelineTests {
    static let asOf = CalendarDate(iso: "2026-11-28")!

    static let text = TestSupport.map(
        services: """
          - id: parks
            name: Parks
            objectives: [{id: bees, text: Bees}]
            contracts:
              - {id: undated, name: Undated, objectives: [{id: u1, text: U1}]}
              - {id: grounds, name: Grounds, end: 2026-03-31, extension: 2027-03-31, objectives: [{id: cut, text: Cut}]}
              - {id: ecology, name: Ecology, end: 2027-06-30, objectives: [{id: corridor, text: Corridor}]}
              - {id: old, name: Old, end: 2025-01-01, objectives: [{id: o1, text: O1}]}
              - {id: empty, name: Empty, end: 2029-01-01}
          - id: lonely
            name: Lonely
            objectives: [{id: alone, text: Alone}]
        """,
        interactions: """
          - {from: cut, to: corridor, effect: -2, because: Cutting removes flowers}
          - {from: corridor, to: bees, effect: 2, confidence: low, because: Flowers feed bees}
          - {from: o1, to: u1, effect: -1, confidence: low}
        """)

    @Test("contracts by decide-by date (undated last), with status, days and window seen from --as-of")
    func order() throws {
        let timeline = try TestSupport.graph(Self.text).timeline(asOf: Self.asOf)
        #expect(timeline.entries.map(\.id) == ["old", "grounds", "ecology", "empty", "undated"])
        #expect(timeline.entries.map(\.status) == [.ended, .onExtension, .running, .running, .undated])
        #expect(timeline.entries.map(\.daysUntilEnd) == [-696, -242, 214, 765, nil])
        #expect(timeline.entries[1].daysUntilExtensionEnd == 123)
        #expect(timeline.entries.map { $0.window?.date.description } == ["2025-01-01", "2027-03-31", "2027-06-30", "2029-01-01", nil])
        #expect(timeline.entries.map { $0.window?.state } == [.lapsed, .onExtension, .ahead, .ahead, nil])
        #expect(timeline.entries.map { $0.window?.decideBy.description } == ["2024-01-01", "2026-03-31", "2026-06-30", "2028-01-01", nil])
    }

    @Test("each contract lists the conflicts it could fix and the synergies it could join")
    func findings() throws {
        let timeline = try TestSupport.graph(Self.text).timeline(asOf: Self.asOf)
        let entries = Dictionary(uniqueKeysWithValues: timeline.entries.map { ($0.id, $0) })
        // cut → corridor → bees is a knock-on of cut → corridor (both ends are parks'), not a conflict.
        #expect(entries["grounds"]?.conflicts == ["contract-contradiction:cut>corridor"])
        #expect(entries["ecology"]?.conflicts == ["contract-contradiction:cut>corridor"])
        #expect(entries["ecology"]?.synergies == ["direct:corridor>bees"])
        #expect(entries["empty"]?.conflicts == [])
    }

    @Test("notes: missing because, low confidence under a top conflict, isolated services, empty contracts")
    func notes() throws {
        let graph = try TestSupport.graph(Self.text)
        let notes = graph.dataQualityNotes(conflicts: graph.conflicts().conflicts, top: 2)
        #expect(notes.map { "\($0.kind.rawValue) \($0.items.joined(separator: ">"))" } == [
            "missing-because o1>u1",
            "low-confidence-top-conflict o1>u1",
            "isolated-service lonely",
            "contract-without-objectives empty",
        ])
        #expect(Words.message(notes[0]) == "the interaction 'o1' → 'u1' gives no 'because'")
        #expect(notes[1].conflicts == ["contract-contradiction:o1>u1"])
        #expect(Words.message(notes[1]) == "the low-confidence interaction 'o1' → 'u1' carries the top conflict 'contract-contradiction:o1>u1'")
        #expect(notes[0].location?.line == 20)
        let spreadsheet = try TestSupport.graph("from,to,effect\na,b,1\nb,c,-1\n", format: .csv)
        #expect(spreadsheet.dataQualityNotes(conflicts: []).map(Words.message) == ["none of the 2 interactions gives a 'because'"])
        // With only the top conflict counted, o1 → u1 (ranked second) carries no top conflict.
        #expect(!graph.dataQualityNotes(conflicts: graph.conflicts().conflicts, top: 1).contains { $0.kind == .lowConfidenceTopConflict })
    }
}
