import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

@Suite("Writing a map as DOT")
struct DOTWriterTests {
    static func small() throws -> PlaceGraph { try TestSupport.fixtureGraph("small.yaml") }

    /// The ids drawn with `options`, sorted.
    static func drawn(_ options: RenderOptions, in graph: PlaceGraph) throws -> [String] {
        let selection = try MapSelection(graph, options: options)
        return selection.items.map { selection.graph.items[$0].id }
    }

    @Test("the small map's DOT matches its golden file exactly")
    func golden() throws {
        let dot = try Self.small().drawing().dot
        let golden = try TestSupport.fixture("small.dot")
        if ProcessInfo.processInfo.environment["PLACEGRAPH_RECORD_GOLDENS"] == "1" {
            // Re-recording is a deliberate act: run with the variable set, then review the diff.
            let source = TestSupport.packageRoot.appendingPathComponent("Tests/PlaceGraphKitTests/Fixtures/small.dot")
            try dot.write(to: source, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        let firstDifference = zip(dot.split(separator: "\n"), expected.split(separator: "\n"))
            .first { $0 != $1 }.map { "got:\n\($0.0)\nexpected:\n\($0.1)" } ?? "lengths differ"
        #expect(dot == expected, "\(firstDifference)")
    }

    @Test("the same map in any order gives the same bytes")
    func orderIndependent() throws {
        let graph = try Self.small()
        let map = graph.map
        let shuffled = PlaceMap(place: map.place, services: map.services.reversed(), factors: map.factors,
                                interactions: map.interactions.reversed())
        let other = try #require(PlaceGraph.build(from: shuffled).graph)
        #expect(try other.drawing().dot == graph.drawing().dot)
        #expect(try graph.drawing().dot == graph.drawing().dot)
        let options = RenderOptions(level: .services, clusterBy: .owner)
        #expect(try other.drawing(options).dot == graph.drawing(options).dot)
    }

    @Test("focus and depth draw a neighbourhood, following interactions either way")
    func focus() throws {
        let graph = try Self.small()
        #expect(try Self.drawn(RenderOptions(focus: ["cut"], depth: 0), in: graph) == ["cut"])
        #expect(try Self.drawn(RenderOptions(focus: ["cut"]), in: graph) == ["cut", "meadow", "tidy"])
        #expect(try Self.drawn(RenderOptions(focus: ["cut"], depth: 2), in: graph) == ["active", "bees", "cut", "meadow", "tidy"])
        #expect(try Self.drawn(RenderOptions(focus: ["bees", "tidy"]), in: graph) == ["active", "bees", "cut", "meadow", "tidy"])
        let dot = try graph.drawing(RenderOptions(focus: ["cut"])).dot
        #expect(dot.contains(#"\laround cut (1 step)\l"#))
        #expect(dot.contains(##"n3 [shape="note", style="filled", fillcolor="#FFFAEE", penwidth="3", color="#000000"##))
    }

    @Test("an unknown focus id or a negative depth is an error with a suggestion")
    func badFocus() throws {
        let graph = try Self.small()
        #expect(throws: RenderError.unknownItem("cuts", suggestion: "cut")) {
            try graph.drawing(RenderOptions(focus: ["cuts"]))
        }
        #expect(RenderError.unknownItem("cuts", suggestion: "cut").description == "unknown id 'cuts'; did you mean 'cut'?")
        #expect(throws: RenderError.unknownItem("zzzzzz", suggestion: nil)) {
            try graph.drawing(RenderOptions(items: ["zzzzzz"]))
        }
        #expect(throws: RenderError.invalidDepth(-1)) { try graph.drawing(RenderOptions(focus: ["cut"], depth: -1)) }
    }

    @Test("only draws one sign and hides the items it leaves alone")
    func only() throws {
        let graph = try Self.small()
        #expect(try Self.drawn(RenderOptions(only: .undermining), in: graph) == ["cut", "meadow"])
        #expect(try Self.drawn(RenderOptions(only: .reinforcing), in: graph) == ["active", "bees", "cut", "meadow", "tidy"])
        let dot = try graph.drawing(RenderOptions(only: .reinforcing, legend: false)).dot
        #expect(!dot.contains("tee"))
        #expect(!dot.contains("odot"))
        #expect(try Self.drawn(RenderOptions(focus: ["tidy"], only: .undermining), in: graph) == ["tidy"])
    }

    @Test("the service level draws services and rolled-up interactions")
    func servicesLevel() throws {
        let graph = try Self.small()
        let drawing = try graph.drawing(RenderOptions(level: .services))
        #expect(drawing.itemCount == 3)
        // parks → parks (cut undermines meadow, inside parks), parks → cleaning, cleaning ↔ health
        // (two arcs) and parks → health (0): reinforcing interactions inside a service stay out.
        #expect(drawing.interactionCount == 5)
        #expect(!drawing.dot.contains("folder"))
        #expect(!drawing.dot.contains("cluster_s"))
        #expect(drawing.dot.contains("services; interactions rolled up service to service"))
        #expect(drawing.dot.contains("stands for 1 reinforcing interaction between the two services"))
        // An objective's id stands for its service.
        #expect(try Self.drawn(RenderOptions(level: .services, focus: ["cut"], depth: 0), in: graph) == ["parks"])
    }

    @Test("a rolled-up arc's tooltip gives the strongest effect of the interactions it stands for, and says so")
    func strongestEffect() throws {
        let graph = try #require(try MapLoader.load(path: TestSupport.example("map.yaml")).graph)
        let dot = try graph.drawing(RenderOptions(level: .services)).dot
        // Worked out from the interactions as written: the reinforcing ones between two services.
        var members: [[String]: [Double]] = [:]
        for arc in graph.arcs where arc.effect.isReinforcing {
            let from = graph.items[arc.from], to = graph.items[arc.to]
            guard let a = from.serviceID, let b = to.serviceID, a != b else { continue }
            members[[a, b], default: []].append(arc.effect.value)
        }
        var checked = 0
        for (pair, effects) in members where effects.count > 1 {
            let names = pair.compactMap { id in graph.items.first { $0.id == id }?.name }
            let strongest = Int(effects.max() ?? 0)
            let tooltip = "tooltip=\"\(names[0]) -> \(names[1])&#10;effect +\(strongest) "
            let line = try #require(dot.split(separator: "\n").first { $0.contains(tooltip) })
            #expect(line.contains("stands for \(effects.count) reinforcing interactions between the two services; "
                + "its effect is the strongest of theirs"))
            checked += 1
        }
        #expect(checked > 0)
    }

    @Test("services cluster by domain, owner, area or not at all", arguments: [
        (Clustering.domain, ["environment", "health"]),
        (.owner, ["Parks team", "Public health team", "Street team"]),
        (.area, ["The green"]),
        (.none, []),
    ])
    func clusters(clustering: Clustering, labels: [String]) throws {
        let dot = try Self.small().drawing(RenderOptions(clusterBy: clustering)).dot
        let found = dot.split(separator: "\n").filter { $0.contains("subgraph cluster_g") }.count
        #expect(found == labels.count)
        for label in labels { #expect(dot.contains(#"graph [label="\#(label)""#)) }
        #expect(dot.components(separatedBy: "subgraph cluster_s").count - 1 == 3)
    }

    @Test("items restricts the drawing exactly; highlight makes arcs and items bold")
    func itemsAndHighlight() throws {
        let graph = try Self.small()
        let options = RenderOptions(items: ["cut", "meadow", "bees"], highlight: ["cut->meadow", "bees"], legend: false)
        let drawing = try graph.drawing(options)
        #expect(drawing.itemCount == 3)
        #expect(drawing.interactionCount == 2)
        #expect(drawing.dot.contains(##"n3 -> n7 [color="#D55E00:invis:#D55E00", style="dashed,bold", arrowhead="tee", penwidth="4.3"##))
        #expect(drawing.dot.contains(##"n1 [shape="ellipse", style="filled", fillcolor="#FFFFFF", penwidth="3"##))
        #expect(!drawing.dot.contains("legend"))
    }

    /// The arcs a drawing draws as a double line, as "from>to" ids, sorted.
    static func doubleLines(_ dot: String, in graph: PlaceGraph) -> [String] {
        let edge = #/(?m)^\s*n(\d+) -> n(\d+) \[color="([^"]*)"/#
        return dot.matches(of: edge).compactMap { match -> String? in
            guard match.output.3.contains(":invis:"), let from = Int(match.output.1), let to = Int(match.output.2) else { return nil }
            return "\(graph.items[from].id)>\(graph.items[to].id)"
        }.sorted()
    }

    @Test("a contract contradiction is an undermining arc between two contracts' items, drawn as a double line")
    func contractContradiction() throws {
        let graph = try Self.small()
        #expect(Self.doubleLines(try graph.drawing().dot, in: graph) == ["cut>meadow"])
    }

    @Test("at service level an arc standing for a contract contradiction is a double line, and no other arc is")
    func serviceContradictions() throws {
        let graph = try #require(try MapLoader.load(path: TestSupport.example("map.yaml")).graph)
        // Worked out from the items as written: each undermining interaction between two
        // contracts' items marks the pair of their services.
        var expected = Set<String>()
        for arc in graph.arcs where arc.effect.isUndermining {
            let from = graph.items[arc.from], to = graph.items[arc.to]
            guard let a = from.contractID, let b = to.contractID, a != b,
                  let fromService = from.serviceID, let toService = to.serviceID else { continue }
            expected.insert("\(fromService)>\(toService)")
        }
        #expect(!expected.isEmpty)
        let services = graph.rolledUpToServices()
        let dot = try services.drawing(RenderOptions(level: .services)).dot
        #expect(Self.doubleLines(dot, in: services) == expected.sorted())
        #expect(dot.contains(#"label="contract contradiction""#), "the legend shows the double line")
    }

    @Test("large maps get a bounded dot, or sfdp when they have no clusters")
    func budget() throws {
        let clustered = try #require(PlaceGraph.build(from: Self.generatedMap(services: 20, interactions: 400)).graph)
        let drawing = try clustered.drawing()
        #expect(drawing.itemCount == 200)
        #expect(drawing.engine == .dot)
        #expect(drawing.notes.isEmpty)
        #expect(drawing.dot.contains(##"nslimit="0.5", nslimit1="0.5", searchsize="20", mclimit="0.2", remincross="false"##))

        let factors = try #require(PlaceGraph.build(from: Self.generatedFactors(count: 300, interactions: 600)).graph)
        let switched = try factors.drawing()
        #expect(switched.engine == .sfdp)
        #expect(switched.dot.contains(#"layout="sfdp""#))
        #expect(switched.notes == ["300 items and 600 interactions lie outside clusters, which 'dot' would take long to lay out; drawn with 'sfdp' instead (ask for the 'dot' engine to insist)"])
        #expect(try factors.drawing(RenderOptions(engine: .dot)).engine == .dot)
        #expect(try factors.drawing(RenderOptions(engine: .circo)).engine == .neato)
        #expect(try Self.small().drawing(RenderOptions(engine: .circo)).engine == .circo)
    }

    @Test("beyond 10,000 items and interactions sfdp replaces dot, with fast forces and without overlap removal")
    func largeMaps() throws {
        let large = LayoutBudget(engine: nil, items: 2_000, arcs: 8_001, looseItems: 0, looseArcs: 0)
        #expect(large.engine == .sfdp)
        #expect(large.note == "2000 items and 8001 interactions would take 'dot' minutes to lay out; drawn with 'sfdp' "
                + "instead, without the boxes around services and domains (ask for the 'dot' engine to insist)")
        #expect(large.attributes.map { "\($0.0)=\($0.1)" } == ["overlap=true", "maxiter=300", "quadtree=fast"])
        #expect(!large.numbersEdges)
        let asked = LayoutBudget(engine: .dot, items: 2_000, arcs: 8_001, looseItems: 0, looseArcs: 0)
        #expect(asked.engine == .dot && asked.note == nil)
        let below = LayoutBudget(engine: nil, items: 2_000, arcs: 8_000, looseItems: 0, looseArcs: 0)
        #expect(below.engine == .dot)
    }

    @Test("effects are numbered on edges up to 2,000 items and interactions, and Graphviz drops what overlaps")
    func numbers() throws {
        #expect(LayoutBudget(engine: nil, items: 1_000, arcs: 1_000, looseItems: 0, looseArcs: 0).numbersEdges)
        #expect(!LayoutBudget(engine: nil, items: 1_000, arcs: 1_001, looseItems: 0, looseArcs: 0).numbersEdges)
        let dot = try Self.small().drawing(RenderOptions(legend: false)).dot
        #expect(dot.contains(#"forcelabels="false""#))
        let edges = dot.split(separator: "\n").filter { $0.contains(" -> ") && !$0.contains(#"style="invis""#) }
        // Every signed edge has its number; the consistent one has none.
        #expect(edges.filter { $0.contains("xlabel=") }.count == edges.count - 1)
        #expect(edges.contains { $0.contains(##"xlabel="−2", fontsize="9", fontcolor="#D55E00""##) })
    }

    @Test("interactions draws only the named interactions; titled leaves the heading out")
    func interactionsAndTitle() throws {
        let graph = try Self.small()
        var options = RenderOptions(items: ["cut", "meadow", "tidy"], interactions: ["cut->tidy"], legend: false)
        options.titled = false
        let drawing = try graph.drawing(options)
        #expect(drawing.itemCount == 3)
        #expect(drawing.interactionCount == 1)
        #expect(drawing.dot.contains(#"label="", labelloc="t""#))
        #expect(!drawing.dot.contains("Small estate\\l"))
    }

    /// A map of `services` services, each with 2 objectives and a contract with 6, and
    /// `interactions` pseudo-random interactions between their objectives.
    static func generatedMap(services count: Int, interactions: Int) -> PlaceMap {
        var ids: [String] = []
        let services = (0..<count).map { number in
            let objectives = (0..<2).map { Objective(id: "s\(number)o\($0)", text: "Objective \($0) of service \(number)") }
            let kpis = (0..<6).map { Objective(id: "s\(number)k\($0)", text: "KPI \($0) of contract \(number)") }
            ids += objectives.map(\.id) + kpis.map(\.id)
            return Service(id: "s\(number)", name: "Service \(number)", domain: "domain \(number % 6)",
                           objectives: objectives,
                           contracts: [Contract(id: "s\(number)c", name: "Contract \(number)", objectives: kpis)])
        }
        return PlaceMap(place: Place(name: "Generated"), services: services,
                        interactions: randomInteractions(among: ids, count: interactions))
    }

    /// A spreadsheet-like map of `count` factors and `interactions` interactions.
    static func generatedFactors(count: Int, interactions: Int) -> PlaceMap {
        let ids = (0..<count).map { "factor \($0)" }
        return PlaceMap(place: Place(name: "Generated"), services: [], factors: ids.map { Factor(id: $0) },
                        interactions: randomInteractions(among: ids, count: interactions))
    }

    /// Distinct, non-self interactions from a fixed linear congruential sequence.
    static func randomInteractions(among ids: [String], count: Int) -> [Interaction] {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = (state &* 6364136223846793005 &+ 1442695040888963407)
            return Int((state >> 33) % UInt64(bound))
        }
        var seen = Set<String>(), interactions: [Interaction] = []
        while interactions.count < count {
            let from = ids[next(ids.count)], to = ids[next(ids.count)]
            guard from != to, seen.insert("\(from)>\(to)").inserted else { continue }
            let effect = [-3, -2, -1, 1, 2, 3][next(6)]
            interactions.append(Interaction(from: from, to: to, effect: Effect(Double(effect))!, because: "generated"))
        }
        return interactions
    }
}
