import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

@Suite("Synergies")
struct SynergyTests {
    static let asOf = CalendarDate(iso: "2026-11-28")!

    @Test("reinforcing pairs are direct or mutual; a trade-off is a conflict, not a synergy")
    func pairs() throws {
        let text = "from,to,effect,confidence\nzeta,alpha,1,low\nalpha,zeta,2,high\nc,d,2,medium\ne,f,1,\nf,e,-1,\ng,h,0,\n"
        let analysis = try TestSupport.graph(text, format: .csv).synergies(asOf: Self.asOf)
        let pairs = analysis.synergies.filter { $0.kind != .cluster }
        #expect(pairs.map { "\($0.id) \(formatNumber($0.strength)) \($0.confidence)" } == [
            "mutual:alpha>zeta 3 low",
            "direct:c>d 2 medium",
        ])
        #expect(pairs[0].links.count == 2)
        // Spreadsheet factors belong to no service, so they cluster as themselves.
        #expect(analysis.synergies.filter { $0.kind == .cluster }.map(\.id) == ["cluster:alpha+zeta", "cluster:c+d", "cluster:e+f"])
    }

    /// Four services: north and south pairs bound strongly, joined by one weak link.
    static let clusters = TestSupport.map(
        services: """
          - id: s1
            name: One
            owner: Team A
            objectives: [{id: o1, text: One}]
            contracts: [{id: c1, name: C1, supplier: Alpha Ltd, end: 2027-01-31, objectives: [{id: k1, text: K1}]}]
          - id: s2
            name: Two
            objectives: [{id: o2, text: Two}]
            contracts: [{id: c2, name: C2, end: 2027-06-30}]
          - id: s3
            name: Three
            objectives: [{id: o3, text: Three}]
            contracts: [{id: c3, name: C3, end: 2027-01-31}]
          - id: s4
            name: Four
            objectives: [{id: o4, text: Four}]
            contracts: [{id: c4, name: C4, end: 2024-01-31, extension: 2029-01-31}]
          - id: s5
            name: Five, in house
            objectives: [{id: o5, text: Five}]
        """,
        interactions: """
          - {from: o1, to: o2, effect: 3, mutual: true}
          - {from: k1, to: o2, effect: 2}
          - {from: o3, to: o4, effect: 3, mutual: true}
          - {from: o4, to: o5, effect: 2}
          - {from: o2, to: o3, effect: 1}
          - {from: o1, to: k1, effect: 3}
        """)

    @Test("Louvain clusters services bound by reinforcing interactions, with their strength and links")
    func clusters() throws {
        let analysis = try TestSupport.graph(Self.clusters).synergies(asOf: Self.asOf)
        let clusters = analysis.synergies.filter { $0.kind == .cluster }
        #expect(clusters.map(\.id) == ["cluster:s1+s2", "cluster:s3+s4+s5"])
        // s1–s2: 3 + 3 (mutual) + 2; the o1 → k1 interaction is inside s1 and left out.
        #expect(clusters.map(\.strength) == [8, 8])
        #expect(clusters[0].links.map { "\($0.from.id)>\($0.to.id)" } == ["k1>o2", "o1>o2", "o2>o1"])
        #expect(clusters[0].contracts.map(\.id) == ["c1", "c2"])
        #expect(clusters[0].owners == ["Team A"])
        #expect(clusters[0].suppliers == ["Alpha Ltd"])
        #expect(analysis.modularity > 0.3)
    }

    @Test("a cluster has an aligned window when its contracted services come up within 12 months")
    func alignedWindows() throws {
        let analysis = try TestSupport.graph(Self.clusters).synergies(asOf: Self.asOf)
        let north = try #require(analysis.synergy("cluster:s1+s2"))
        #expect(north.alignedWindow == AlignedWindow(from: CalendarDate(iso: "2027-01-31")!,
                                                     to: CalendarDate(iso: "2027-06-30")!, contracts: ["c1", "c2"]))
        // c4 is on extension to 2029-01-31: two years after c3, so no aligned window; s5 has no contracts.
        let south = try #require(analysis.synergy("cluster:s3+s4+s5"))
        #expect(south.alignedWindow == nil)
        // Seen from 2028-06-01, c3 has ended (so it can change now) and c4's extension ends within 12 months.
        let later = try TestSupport.graph(Self.clusters).synergies(asOf: CalendarDate(iso: "2028-06-01")!)
        #expect(later.synergy("cluster:s3+s4+s5")?.alignedWindow?.contracts == ["c3", "c4"])
        #expect(later.synergy("cluster:s3+s4+s5")?.alignedWindow?.from == CalendarDate(iso: "2028-06-01"))
    }

    @Test("Louvain splits two triangles joined by one edge, with the textbook modularity")
    func louvainTriangles() {
        let edges: [(Int, Int, Double)] = [(0, 1, 1), (0, 2, 1), (1, 2, 1), (3, 4, 1), (3, 5, 1), (4, 5, 1), (2, 3, 1)]
        let result = Louvain(nodeCount: 6, edges: edges).communities()
        #expect(result.communities == [[0, 1, 2], [3, 4, 5]])
        // Q = 2 · (6/14 − (7/14)²) = 5/14.
        #expect(abs(result.modularity - 5.0 / 14.0) < 1e-12)
    }

    @Test("Louvain leaves a graph with no edges as singletons, with modularity 0")
    func louvainEmpty() {
        let result = Louvain(nodeCount: 3, edges: []).communities()
        #expect(result.communities == [[0], [1], [2]])
        #expect(result.modularity == 0)
    }
}
