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

    @Test("a conflict carries owners, suppliers, contracts and the window that comes first")
    func window() throws {
        let analysis = try Self.conflicts(Self.kinds, Self.pairsOnly)
        let contradiction = try #require(analysis.conflict("contract-contradiction:cut>corridor"))
        #expect(contradiction.contracts.map(\.id) == ["grounds", "ecology"])
        #expect(contradiction.suppliers == ["Green Ltd", "Wild Ltd"])
        #expect(contradiction.owners == ["Parks team"])
        #expect(contradiction.services == ["parks"])
        #expect(contradiction.contractPairs == [["grounds", "ecology"]])
        // As of 2026-11-28 grounds (ended 2026-03-31) runs on its extension to 2027-03-31, which
        // comes before ecology's end, 2028-02-29; the default lead time is 12 months.
        let first = try #require(contradiction.window(asOf: Self.asOf))
        #expect(first.contract.id == "grounds")
        #expect(first.window.date == CalendarDate(iso: "2027-03-31"))
        #expect(first.window.state == .onExtension)
        #expect(first.window.decideBy == CalendarDate(iso: "2026-03-31"))
        #expect(first.window.overdue)
        // Seen from before grounds ended, its end comes first and the decision is not yet due.
        let early = try #require(contradiction.window(asOf: CalendarDate(iso: "2025-01-15")!))
        #expect(early.window.date == CalendarDate(iso: "2026-03-31") && early.window.state == .ahead)
        #expect(early.window.decideBy == CalendarDate(iso: "2025-03-31") && !early.window.overdue)
        // Service objectives belong to no contract: no window.
        let mutual = try #require(analysis.conflict("mutual:tidy>bees"))
        #expect(mutual.window(asOf: Self.asOf) == nil && mutual.contracts.isEmpty && mutual.suppliers.isEmpty)
        #expect(mutual.owners == ["Parks team", "Streets team"])
        let direct = try #require(analysis.conflict("direct:cut>bees"))
        #expect(direct.window(asOf: Self.asOf)?.contract.id == "grounds")
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
        // b → c → d: 3 · 1 / 3 = 1, reaches the threshold and no pair conflict joins b and d.
        let hidden = analysis.conflicts.filter { $0.kind == .hidden }
        #expect(hidden.map(\.id) == ["hidden:b>d"])
        #expect(hidden.map { formatNumber($0.strength) } == ["1"])
        #expect(hidden.map { formatNumber($0.severity) } == ["0.5"])
        #expect(hidden[0].restsOn == ["direct:c>d"])
        // a → b → c → d: 2 · 3 · 1 / 9 = 0.6667, below the threshold: a knock-on of c → d, upstream.
        let step = try #require(analysis.conflict("direct:c>d"))
        #expect(step.knockOns.map { $0.path.map(\.id) } == [["a", "b", "c", "d"]])
        #expect(step.knockOns.map { formatNumber($0.strength) } == ["0.6667"])
        #expect(step.knockOns.map(\.step) == [2])
        #expect(Words.knockOn(step.knockOns[0]) == "a, through b and c, also works against d")
        // c → d → e is (−)(−): reinforcing, so neither a conflict nor a knock-on.
        #expect(analysis.conflict("hidden:c>e") == nil)
        #expect(!analysis.conflicts.flatMap(\.knockOns).contains { $0.to.id == "e" && $0.from.id == "c" })
        let short = try Self.conflicts(text, format: .csv, ConflictOptions(maxChainLength: 2))
        #expect(short.conflicts.filter { $0.kind == .hidden }.map(\.id) == ["hidden:b>d"])
        #expect(short.conflict("direct:c>d")?.knockOns.isEmpty == true)
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
        let two = "from,to,effect,confidence\na,b,-3,high\nb,c,3,high\nx,y,-3,high\ny,z,2,high\n"
        let limited = try Self.conflicts(two, format: .csv, ConflictOptions(hiddenLimit: 1))
        #expect(limited.conflicts.filter { $0.kind == .hidden }.map(\.id) == ["hidden:a>c"])
        #expect(limited.hiddenFound == 2)
        let text = "from,to,effect,confidence\na,b,2,high\nb,c,3,high\nc,d,-1,low\nd,e,-2,high\n"
        let budget = try Self.conflicts(text, format: .csv, ConflictOptions(searchBudget: 1))
        #expect(budget.hiddenTruncated)
        let none = try Self.conflicts(text, format: .csv, ConflictOptions(includeHidden: false))
        #expect(none.conflicts.allSatisfy { $0.kind != .hidden } && none.hiddenFound == 0)
    }

    @Test("at service level each sign rolls up apart, and a conflict names the contracts of its interactions")
    func serviceLevel() throws {
        let graph = try TestSupport.graph(Self.kinds).at(.services)
        let analysis = graph.conflicts()
        // parks → cleaning: −2 (bees → tidy); cleaning → parks: −2 (tidy → bees): one mutual pair of
        // two service objectives, so no contract. Inside parks, cut → corridor (−2, grounds against
        // ecology) and cut → bees (−1) make an undermining self-interaction, a contract
        // contradiction; inside cleaning, tidy → litter (−1) makes a direct one.
        #expect(Set(analysis.conflicts.map(\.id))
                == ["mutual:cleaning>parks", "contract-contradiction:parks>parks", "direct:cleaning>cleaning"])
        let mutual = try #require(analysis.conflict("mutual:cleaning>parks"))
        #expect(mutual.contracts.isEmpty && mutual.window(asOf: Self.asOf) == nil)
        let inside = try #require(analysis.conflict("contract-contradiction:parks>parks"))
        #expect(inside.contracts.map(\.id) == ["grounds", "ecology"])
        #expect(inside.contractPairs == [["grounds", "ecology"]])
        #expect(inside.links.count == 1 && inside.links[0].effect.value == -2 && inside.links[0].standsFor == 2)
        // The strongest member is high confidence, so the rolled-up link is too.
        #expect(inside.links[0].confidence == .high)
        #expect(inside.window(asOf: Self.asOf)?.contract.id == "grounds")
    }

    @Test("an undermining self-interaction is a direct conflict of an item with itself")
    func selfInteraction() throws {
        let analysis = try Self.conflicts("from,to,effect\na,a,-1\n", format: .csv)
        #expect(analysis.conflicts.map(\.id) == ["direct:a>a"])
    }
}
