import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// Between two services, reinforcing and undermining interactions are never netted on the
/// page: a mixed pair is drawn as two arcs and its matrix cell shows both values.
@Suite("Mixed service pairs in drawings and the matrix")
struct MixedPairTests {
    /// Two services: wall insulation helps the repairs target, scaffolding works against it.
    static let mixed = TestSupport.map(services: """
          - id: retrofit
            name: Energy retrofit
            objectives:
              - {id: insulate, text: Insulate the walls}
              - {id: scaffold, text: Scaffold each block for 16 weeks}
          - id: repairs
            name: Housing repairs
            objectives:
              - {id: routine, text: Routine repairs in 20 days}
        """, interactions: """
          - {from: insulate, to: routine, effect: 2}
          - {from: scaffold, to: routine, effect: -2, confidence: high}
        """)

    @Test("a pair that reinforces and undermines is drawn as two arcs, blue solid and vermillion dashed, each numbered")
    func twoArcs() throws {
        let graph = try TestSupport.graph(Self.mixed)
        let dot = try graph.drawing(RenderOptions(level: .services)).dot
        let edges = dot.split(separator: "\n").filter { $0.contains(" -> ") && !$0.contains("legend_") }
        #expect(edges.count == 2)
        let reinforcing = try #require(edges.first { $0.contains("#0072B2") })
        let undermining = try #require(edges.first { $0.contains("#D55E00") })
        #expect(reinforcing.contains(#"style="solid""#) && reinforcing.contains(#"arrowhead="normal""#))
        #expect(reinforcing.contains(#"xlabel="+2""#))
        #expect(undermining.contains(#"style="dashed""#) && undermining.contains(#"arrowhead="tee""#))
        #expect(undermining.contains(#"xlabel="−2""#))
        for edge in [reinforcing, undermining] { #expect(edge.contains("mixed: the same pair also has interactions")) }
        #expect(undermining.contains("effect -2 (counteracting), high confidence"))
        // The legend at service level says what a mixed pair and a loop on a service look like.
        #expect(dot.contains("mixed: the pair both reinforces and undermines"))
        #expect(dot.contains("loop: undermining inside one service"))
    }

    @Test("the matrix shows both values in a mixed cell, never 0")
    func matrixCell() throws {
        let services = try TestSupport.graph(Self.mixed).rolledUpToServices()
        let heatmap = CrossImpactHeatmap(graph: services)
        let cells = heatmap.cells(drawn: Dictionary(uniqueKeysWithValues: services.items.indices.map { ($0, $0) }))
        #expect(cells.map(\.title) == ["Energy retrofit → Housing repairs: +2/−2 (mixed)"])
        #expect(cells.map(\.text) == ["+2/−2"])
        let svg = heatmap.svg(id: "matrix").markup
        #expect(svg.contains(">+2</text>") && svg.contains(">−2</text>"))
        // The only 0 is the legend's.
        #expect(svg.components(separatedBy: ">0</text>").count - 1 == 1)
    }

    @Test("drawn signs between two services are exactly the signs of their items' interactions", arguments: 0..<25)
    func signsKept(seed: UInt64) throws {
        let map = RandomServicePairs(seed: seed)
        let services = try TestSupport.graph(map.yaml).rolledUpToServices()
        var drawn: [String: [Int: Double]] = [:]
        for link in DrawnLink.links(of: services.arcs, in: services) {
            let from = services.items[link.from].id, to = services.items[link.to].id
            guard from != to else { continue }
            drawn["\(from)>\(to)", default: [:]][link.effect.sign] = link.effect.value
        }
        let expected = map.signsBetweenServices()
        #expect(Set(drawn.keys) == Set(expected.keys))
        for (pair, signs) in expected {
            let shown = drawn[pair] ?? [:]
            #expect(Set(shown.keys) == Set(signs.keys), "\(pair)")
            // A mixed pair shows each sign's strongest effect.
            if signs.count == 2 { #expect(shown == signs, "\(pair)") }
        }
    }

    @Test("an item's interaction with itself is drawn as a loop on it, numbered")
    func selfLoop() throws {
        let graph = try TestSupport.graph(TestSupport.map(services: """
              - id: estate
                name: Estate management
            """, interactions: """
              - {from: estate, to: estate, effect: -2}
            """))
        let dot = try graph.drawing(RenderOptions(legend: false)).dot
        let loop = try #require(dot.split(separator: "\n").first { $0.contains("n0 -> n0") })
        #expect(loop.contains(#"arrowhead="tee""#) && loop.contains(#"xlabel="−2""#))
    }
}

/// A random map of a few services with objectives, and the signs a brute force finds between
/// each ordered pair of services, straight from the interactions as written.
struct RandomServicePairs {
    struct Written { let from: String, to: String, effect: Int, mutual: Bool }

    let services: [String: [String]]
    let interactions: [Written]

    init(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var services: [String: [String]] = [:]
        for service in 1...Int.random(in: 2...4, using: &random) {
            services["s\(service)"] = (1...Int.random(in: 1...3, using: &random)).map { "s\(service)o\($0)" }
        }
        let items = services.keys.sorted() + services.values.flatMap { $0 }.sorted()
        var seen: Set<String> = [], interactions: [Written] = []
        for _ in 0..<Int.random(in: 3...14, using: &random) {
            let from = items[Int.random(in: 0..<items.count, using: &random)]
            let to = items[Int.random(in: 0..<items.count, using: &random)]
            let mutual = Int.random(in: 0..<5, using: &random) == 0
            guard from != to, !seen.contains("\(from)>\(to)"), !(mutual && seen.contains("\(to)>\(from)")) else { continue }
            seen.insert("\(from)>\(to)")
            if mutual { seen.insert("\(to)>\(from)") }
            let size = Int.random(in: 1...3, using: &random)
            interactions.append(Written(from: from, to: to, effect: Bool.random(using: &random) ? size : -size, mutual: mutual))
        }
        self.services = services
        self.interactions = interactions
    }

    var yaml: String {
        let blocks = services.keys.sorted().map { service in
            let objectives = (services[service] ?? []).map { "      - {id: \($0), text: Objective \($0)}" }
            return "  - id: \(service)\n    name: Service \(service)\n    objectives:\n" + objectives.joined(separator: "\n")
        }
        let lines = interactions.map { "  - {from: \($0.from), to: \($0.to), effect: \($0.effect), mutual: \($0.mutual)}" }
        return "placegraph: 1\nplace:\n  name: Random\nservices:\n" + blocks.joined(separator: "\n")
            + (lines.isEmpty ? "\ninteractions: []\n" : "\ninteractions:\n" + lines.joined(separator: "\n") + "\n")
    }

    /// For each ordered pair of different services, each sign found and its strongest effect.
    func signsBetweenServices() -> [String: [Int: Double]] {
        func service(_ id: String) -> String { services.first { $0.key == id || $0.value.contains(id) }?.key ?? id }
        var signs: [String: [Int: Double]] = [:]
        for written in interactions {
            var directions = [(written.from, written.to)]
            if written.mutual { directions.append((written.to, written.from)) }
            for (from, to) in directions where service(from) != service(to) {
                let sign = written.effect > 0 ? 1 : -1
                let pair = "\(service(from))>\(service(to))"
                let strongest = max(abs(signs[pair]?[sign] ?? 0), Double(abs(written.effect)))
                signs[pair, default: [:]][sign] = Double(sign) * strongest
            }
        }
        return signs
    }
}
