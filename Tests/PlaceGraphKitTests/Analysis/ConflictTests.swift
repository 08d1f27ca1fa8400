import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

@Suite("Conflicts")
struct ConflictTests {
    static let asOf = CalendarDate(iso: "2026-11-28")!

    /// Two services; parks has two contracts. One pair of each non-hidden kind.
    static let kinds = TestSupport.map(
        services: """
          - id: parks
            name: Parks
            owner: Parks team
            objectives: [{id: bees, text: More bees}]
            contracts:
              - id: grounds
                name: Grounds
                supplier: Green Ltd
                end: 2026-03-31
                extension: 2027-03-31
                objectives: [{id: cut, text: Cut grass}]
              - id: ecology
                name: Ecology
                supplier: Wild Ltd
                end: 2028-02-29
                objectives: [{id: corridor, text: Pollinator corridor}]
          - id: cleaning
            name: Cleaning
            owner: Streets team
            objectives: [{id: tidy, text: Tidy estate}, {id: litter, text: Less litter}]
        """,
        interactions: """
          - {from: cut, to: corridor, effect: -2, confidence: high, because: Cutting removes flowers, evidence: Survey 2022}
          - {from: corridor, to: cut, effect: 1, confidence: low, because: Flowers mark where not to cut}
          - {from: cut, to: bees, effect: -1, confidence: low, because: Fewer flowers}
          - {from: tidy, to: bees, effect: -2, mutual: true, because: Tidying strips habitat}
          - {from: tidy, to: litter, effect: -1, confidence: high, because: Sweeping spreads litter}
          - {from: litter, to: tidy, effect: 2, because: Less litter is tidier}
        """)

    static let pairsOnly = ConflictOptions(includeHidden: false)

    static func conflicts(_ text: String, format: InputFormat = .yaml,
                          _ options: ConflictOptions = ConflictOptions()) throws -> ConflictAnalysis {
        try TestSupport.graph(text, format: format).conflicts(options)
    }

    @Test("each pair gets one conflict of the first kind that applies, ranked by severity then id")
    func kindsAndRanking() throws {
        let analysis = try Self.conflicts(Self.kinds, Self.pairsOnly)
        let summary = analysis.conflicts.map { "\($0.id) \(formatNumber($0.severity))" }
        #expect(summary == [
            "mutual:tidy>bees 3",                       // 2 × 0.75, both ways
            "contract-contradiction:cut>corridor 2",   // 2 × 1; the reinforcing reverse does not count
            "trade-off:tidy>litter 1",                  // 1 × 1
            "direct:cut>bees 0.5",                      // 1 × 0.5
        ])
        let contradiction = try #require(analysis.conflict("contract-contradiction:cut>corridor"))
        #expect(contradiction.links.map { "\($0.from.id)>\($0.to.id) \($0.effect)" } == ["cut>corridor -2", "corridor>cut +1"])
        #expect(contradiction.underminingLinks.count == 1)
        #expect(contradiction.confidence == .high)
        #expect(contradiction.strength == 2)
        #expect(contradiction.from.name == "Cut grass")
        #expect(contradiction.links[0].because == "Cutting removes flowers")
        #expect(contradiction.links[0].evidence == "Survey 2022")
    }

    @Test("a conflict carries owners, suppliers, contracts and the earliest window with its extension")
    func window() throws {
        let analysis = try Self.conflicts(Self.kinds, Self.pairsOnly)
        let contradiction = try #require(analysis.conflict("contract-contradiction:cut>corridor"))
        #expect(contradiction.contracts.map(\.id) == ["grounds", "ecology"])
        #expect(contradiction.suppliers == ["Green Ltd", "Wild Ltd"])
        #expect(contradiction.owners == ["Parks team"])
        #expect(contradiction.services == ["parks"])
        #expect(contradiction.window == CalendarDate(iso: "2026-03-31"))
        #expect(contradiction.windowExtension == CalendarDate(iso: "2027-03-31"))
        #expect(contradiction.windowContract?.id == "grounds")
        // Service objectives belong to no contract: no window.
        let mutual = try #require(analysis.conflict("mutual:tidy>bees"))
        #expect(mutual.window == nil && mutual.contracts.isEmpty && mutual.suppliers.isEmpty)
        #expect(mutual.owners == ["Parks team", "Streets team"])
        let direct = try #require(analysis.conflict("direct:cut>bees"))
        #expect(direct.window == CalendarDate(iso: "2026-03-31"))
    }

    @Test("two separate undermining interactions make one mutual conflict, read from the smaller id")
    func separateMutual() throws {
        let text = "from,to,effect\nzeta,alpha,-1\nalpha,zeta,-3\n"
        let analysis = try Self.conflicts(text, format: .csv)
        #expect(analysis.conflicts.map(\.id) == ["mutual:alpha>zeta"])
        #expect(analysis.conflicts[0].strength == 4)
        #expect(analysis.conflicts[0].severity == 3)
    }

    @Test("a 2-chain whose signs multiply to undermining is a hidden conflict with its path and strength")
    func hiddenTwoChain() throws {
        let analysis = try Self.conflicts("from,to,effect,confidence\na,b,-2,high\nb,c,3,medium\n", format: .csv)
        let hidden = try #require(analysis.conflict("hidden:a>c"))
        #expect(hidden.path.map(\.id) == ["a", "b", "c"])
        #expect(hidden.links.map(\.effect.value) == [-2, 3])
        #expect(abs(hidden.strength - 2) < 1e-12)        // 2 · 3 / 3
        #expect(abs(hidden.severity - 1.5) < 1e-12)      // × medium 0.75
        #expect(hidden.confidence == .medium)
        #expect(analysis.hiddenFound == 1 && !analysis.hiddenTruncated)
    }

    @Test("a 3-chain counts, divided by 3 per extra step; two undermining steps make no conflict")
    func hiddenThreeChain() throws {
        let text = "from,to,effect,confidence\na,b,2,high\nb,c,3,high\nc,d,-1,low\nd,e,-2,high\n"
        let analysis = try Self.conflicts(text, format: .csv)
        let hidden = analysis.conflicts.filter { $0.kind == .hidden }
        #expect(hidden.map(\.id) == ["hidden:b>d", "hidden:a>d"])
        #expect(hidden.map { formatNumber($0.strength) } == ["1", "0.6667"])
        #expect(hidden.map { formatNumber($0.severity) } == ["0.5", "0.3333"])
        #expect(hidden[1].path.map(\.id) == ["a", "b", "c", "d"])
        // c → d → e is (−)(−): reinforcing, so no hidden c>e; b>e and a>e need 4 steps or are positive.
        #expect(analysis.conflict("hidden:c>e") == nil)
        let short = try Self.conflicts(text, format: .csv, ConflictOptions(maxChainLength: 2))
        #expect(short.conflicts.filter { $0.kind == .hidden }.map(\.id) == ["hidden:b>d"])
    }

    @Test("a direct interaction either way suppresses the hidden conflict")
    func directSuppressesHidden() throws {
        let chain = "from,to,effect\na,b,-2\nb,c,3\n"
        #expect(try Self.conflicts(chain + "a,c,1\n", format: .csv).conflict("hidden:a>c") == nil)
        #expect(try Self.conflicts(chain + "c,a,1\n", format: .csv).conflict("hidden:a>c") == nil)
        #expect(try Self.conflicts(chain, format: .csv).conflict("hidden:a>c") != nil)
    }

    @Test("the strongest chain per ordered pair is kept")
    func strongestChain() throws {
        let text = "from,to,effect\na,b,-1\nb,d,1\na,c,-3\nc,d,3\n"
        let analysis = try Self.conflicts(text, format: .csv)
        #expect(analysis.conflict("hidden:a>d")?.path.map(\.id) == ["a", "c", "d"])
        #expect(analysis.hiddenFound == 1)
    }

    @Test("the hidden search is bounded: a limit keeps the most severe, a budget stops and says so")
    func bounds() throws {
        let text = "from,to,effect,confidence\na,b,2,high\nb,c,3,high\nc,d,-1,low\nd,e,-2,high\n"
        let limited = try Self.conflicts(text, format: .csv, ConflictOptions(hiddenLimit: 1))
        #expect(limited.conflicts.filter { $0.kind == .hidden }.map(\.id) == ["hidden:b>d"])
        #expect(limited.hiddenFound == 2)
        let budget = try Self.conflicts(text, format: .csv, ConflictOptions(searchBudget: 1))
        #expect(budget.hiddenTruncated)
        let none = try Self.conflicts(text, format: .csv, ConflictOptions(includeHidden: false))
        #expect(none.conflicts.allSatisfy { $0.kind != .hidden } && none.hiddenFound == 0)
    }

    @Test("at service level conflicts follow the rolled-up effects and every contract of the services")
    func serviceLevel() throws {
        let graph = try TestSupport.graph(Self.kinds).at(.services)
        let analysis = graph.conflicts()
        // parks → cleaning: −2 (bees → tidy); cleaning → parks: −2 (tidy → bees). One mutual pair.
        #expect(analysis.conflicts.map(\.id) == ["mutual:cleaning>parks"])
        let mutual = analysis.conflicts[0]
        #expect(mutual.contracts.map(\.id) == ["grounds", "ecology"])
        #expect(mutual.window == CalendarDate(iso: "2026-03-31"))
    }

    @Test("an undermining self-interaction is a direct conflict of an item with itself")
    func selfInteraction() throws {
        let analysis = try Self.conflicts("from,to,effect\na,a,-1\n", format: .csv)
        #expect(analysis.conflicts.map(\.id) == ["direct:a>a"])
    }
}
