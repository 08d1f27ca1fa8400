import Foundation
import PropertyBased
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

@Suite("Influence")
struct InfluenceTests {
    @Test("out-, in- and net strength, with their signed parts, and second-order influence")
    func strengths() throws {
        let graph = try TestSupport.graph("from,to,effect\na,b,2\na,c,-1\nb,c,3\nc,a,1\n", format: .csv)
        let influence = graph.influence()
        func row(_ id: String) throws -> [Double] {
            let entry = try #require(influence.influence(of: id))
            return [entry.out, entry.outPositive, entry.outNegative, entry.in, entry.inPositive, entry.inNegative,
                    entry.net, entry.secondOrder, entry.secondOrderPositive, entry.secondOrderNegative]
        }
        // a: out 2 − 1; in 1 (from c); second order 2·out(b) + (−1)·out(c) = 2·3 − 1·1.
        #expect(try row("a") == [1, 2, -1, 1, 1, 0, 0, 5, 6, -1])
        // b: out 3; in 2; second order 3·out(c) = 3.
        #expect(try row("b") == [3, 3, 0, 2, 2, 0, 1, 3, 3, 0])
        // c: out 1; in −1 + 3; second order 1·out(a) = 1·(2 − 1), split 2 and −1.
        #expect(try row("c") == [1, 1, 0, 2, 3, -1, -1, 1, 2, -1])
        #expect(influence.items.map(\.item.id) == ["a", "b", "c"])
    }

    @Test("MICMAC: a pure source is a driver, a pure sink is dependent, and the means are 1")
    func quadrants() throws {
        let text = "from,to,effect\nsource,a,2\nsource,b,2\na,b,1\nb,a,1\na,sink,2\nb,sink,2\nlone,other,1\n"
        let influence = try TestSupport.graph(text, format: .csv).influence()
        #expect(influence.influence(of: "source")?.quadrant == .driver)
        #expect(influence.influence(of: "sink")?.quadrant == .dependent)
        #expect(influence.influence(of: "source")?.dependence == 0)
        #expect(influence.influence(of: "sink")?.influence == 0)
        let mean = influence.items.map(\.influence).reduce(0, +) / Double(influence.items.count)
        #expect(abs(mean - 1) < 1e-9)
        #expect(abs(influence.influenceThreshold - 1) < 1e-9 && abs(influence.dependenceThreshold - 1) < 1e-9)
        #expect(influence.stable)
    }

    @Test("MICMAC on an acyclic chain: the head drives, the tail depends, and the powers stop")
    func acyclic() throws {
        let influence = try TestSupport.graph("from,to,effect\na,b,1\nb,c,1\nc,d,1\n", format: .csv).influence()
        // The dependence ranking changes up to the third power, the last non-zero one (a → d).
        #expect(influence.iterations == 3)
        #expect(influence.stable)
        #expect(influence.items.map(\.quadrant) == [.driver, .driver, .dependent, .dependent])
    }

    @Test("ranked by MICMAC influence, ties by the size of direct effects, items with no interactions last")
    func ranking() throws {
        // A chain a → b → c reaches furthest from a, then b; y's effect on w is larger than x's.
        // s and t act only on themselves, which MICMAC leaves out: no indirect influence, like c and
        // w, which only receive; the tie goes to the size of the direct effects (s 3, t 1, c and w
        // 0, then by id). The isolated z comes last.
        let text = TestSupport.map(
            services: """
              - {id: a, name: A}
              - {id: b, name: B}
              - {id: c, name: C}
              - {id: x, name: X}
              - {id: y, name: Y}
              - {id: w, name: W}
              - {id: s, name: S}
              - {id: t, name: T}
              - {id: z, name: Z}
            """,
            interactions: """
              - {from: a, to: b, effect: 1}
              - {from: b, to: c, effect: -1}
              - {from: x, to: w, effect: 1}
              - {from: y, to: w, effect: -3}
              - {from: s, to: s, effect: -3}
              - {from: t, to: t, effect: 1}
            """)
        let influence = try TestSupport.graph(text).influence()
        let ranked = influence.ranked.map(\.item.id)
        #expect(Array(ranked.suffix(5)) == ["s", "t", "c", "w", "z"])
        #expect(ranked.firstIndex(of: "a")! < ranked.firstIndex(of: "b")!)
        #expect(ranked.firstIndex(of: "y")! < ranked.firstIndex(of: "x")!)
        #expect(influence.ranked.map(\.hasInteractions) == ranked.map { $0 != "z" })
        // The order holds for the whole list: influence never rises down it among connected items.
        let connected = influence.ranked.filter(\.hasInteractions)
        for (first, second) in zip(connected, connected.dropFirst()) {
            #expect(first.influence >= second.influence - 1e-9)
        }
        // The text, the Markdown and the JSON list items in that order.
        let analysis = try TestSupport.graph(text).analysis(AnalysisOptions(asOf: CalendarDate(iso: "2026-11-28")!))
        let json = try #require(try JSONSerialization.jsonObject(with: analysis.json()) as? [String: Any])
        #expect((json["influence"] as? [[String: Any]])?.map { $0["item"] as? String } == ranked)
        let section = try #require(analysis.markdown().components(separatedBy: "## Influence").last)
            .components(separatedBy: "## Data-quality notes")[0]
        let markdownRows = section.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains(" | `") }
        #expect(markdownRows.compactMap { $0.split(separator: "`").dropFirst().first.map(String.init) } == ranked.filter { $0 != "z" })
        #expect(!analysis.text().plain.contains("most influential first"))
    }

    @Test("a map with no interactions is all autonomous")
    func empty() throws {
        let graph = try TestSupport.graph(TestSupport.map(services: "  - {id: s, name: S}"))
        let influence = graph.influence()
        #expect(influence.items.map(\.quadrant) == [.autonomous])
        #expect(influence.iterations == 0)
    }

    @Test("the Swedish SDG matrix loads as a cross-impact matrix with row and column sums as influence")
    func sdgMatrix() throws {
        let url = TestSupport.publishedData.appendingPathComponent("sdg-interactions/sweden-weitz2018-34x34.csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        // Independent sums, straight from the cells.
        let rows = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let names = Array(rows[0].dropFirst())
        var out: [String: Double] = [:], into: [String: Double] = [:], cells = 0
        for row in rows.dropFirst() {
            for (column, cell) in row.dropFirst().enumerated() {
                let value = Double(cell.trimmingCharacters(in: .whitespaces)) ?? 0
                if value != 0 { cells += 1 }
                out[row[0], default: 0] += value
                into[names[column], default: 0] += value
            }
        }
        let graph = try TestSupport.graph(text, format: .csv)
        #expect(graph.summary.factors == 34)
        #expect(graph.arcs.count == cells)
        let influence = graph.influence()
        #expect(influence.items.count == 34)
        for entry in influence.items {
            let id = entry.item.id
            #expect(abs(entry.out - out[id]!) < 1e-9, "out of \(id)")
            #expect(abs(entry.in - into[id]!) < 1e-9, "in of \(id)")
            #expect(abs(entry.net - (out[id]! - into[id]!)) < 1e-9, "net of \(id)")
        }
        #expect(Set(influence.items.map(\.quadrant)).count == 4)
    }
}

/// MICMAC's stopping rule checked against a plain reading of it: every power's row and column
/// sums added up arc by arc, both rankings sorted from scratch with ids compared as strings,
/// stopping at the first power whose rankings both equal the previous power's.
@Suite("MICMAC: properties")
struct MICMACPropertyTests {
    static func reference(_ graph: PlaceGraph) -> (influence: [Double], dependence: [Double], iterations: Int, stable: Bool) {
        let n = graph.count, ids = graph.items.map(\.id)
        let arcs = graph.arcs.filter { $0.from != $0.to }
        var rows = [Double](repeating: 1, count: n), columns = rows
        var influence = [Double](repeating: 0, count: n), dependence = influence
        var previous: [[Int]] = []
        func ranking(_ values: [Double]) -> [Int] {
            (0..<n).sorted { a, b in
                let x = (values[a] * 1e9).rounded(), y = (values[b] * 1e9).rounded()
                return x != y ? x > y : ids[a] < ids[b]
            }
        }
        var iterations = 0
        while iterations < n {
            var nextRows = [Double](repeating: 0, count: n), nextColumns = nextRows
            for arc in arcs {
                nextRows[arc.from] += arc.effect.magnitude * rows[arc.to]
                nextColumns[arc.to] += arc.effect.magnitude * columns[arc.from]
            }
            let total = nextRows.reduce(0, +)
            guard total > 0 else { return (normalized(influence), normalized(dependence, by: influence), iterations, true) }
            let scale = Double(n) / total
            rows = nextRows.map { $0 * scale }
            columns = nextColumns.map { $0 * scale }
            for index in 0..<n {
                influence[index] += rows[index]
                dependence[index] += columns[index]
            }
            iterations += 1
            let rankings = [ranking(influence), ranking(dependence)]
            if rankings == previous { return (normalized(influence), normalized(dependence, by: influence), iterations, true) }
            previous = rankings
        }
        return (normalized(influence), normalized(dependence, by: influence), iterations, false)

        func normalized(_ values: [Double], by reference: [Double]? = nil) -> [Double] {
            let sum = (reference ?? values).reduce(0, +)
            return sum > 0 ? values.map { $0 * (Double(n) / sum) } : values
        }
    }

    @Test("the powers stop where a from-scratch ranking of every power stops, with the same sums")
    func stoppingRule() async throws {
        await propertyCheck(count: 120, input: Gen.uint64()) { seed in
            var random = SplitMix64(seed: seed)
            let map = RandomServiceMap(seed: random.next(), services: Int.random(in: 1...8, using: &random),
                                       interactions: Int.random(in: 0...80, using: &random))
            let graph = try map.graph()
            let influence = graph.influence()
            let expected = Self.reference(graph)
            let byIndex = Dictionary(uniqueKeysWithValues: influence.items.map { ($0.item.id, $0) })
            #expect(influence.iterations == expected.iterations, "\(map)")
            #expect(influence.stable == expected.stable)
            for (index, item) in graph.items.enumerated() {
                let entry = try #require(byIndex[item.id])
                #expect(abs(entry.influence - expected.influence[index]) <= 1e-12 * max(1, abs(expected.influence[index])), "\(item.id) \(map)")
                #expect(abs(entry.dependence - expected.dependence[index]) <= 1e-12 * max(1, abs(expected.dependence[index])), "\(item.id) \(map)")
            }
        }
    }
}

@Suite("MICMAC: the ranking key")
struct MICMACKeyTests {
    @Test("the key rounds value × 1e9 exactly as rounded() does, halves away from zero, at every scale")
    func key() {
        var random = SplitMix64(seed: 1973)
        var values: [Double] = [0, -0.0, 1e-9, 0.5e-9, 1.5e-9, 2.5e-9, -2.5e-9, 0.49999999999999994e-9, 4e6, 3.9999e6, 5e6,
                                .nan, .infinity, -.infinity, .greatestFiniteMagnitude, 1e300]
        for _ in 0..<50_000 {
            let magnitude = Double.random(in: -12...9, using: &random).rounded(.down)
            values.append(Double.random(in: 0..<10, using: &random) * pow(10, magnitude))
            // Values whose scaled form is a whole number and a half, the ties.
            let whole = Double(Int.random(in: 0...1_000_000_000, using: &random))
            values.append((whole + 0.5) / 1e9)
            values.append(-values[values.count - 2])
        }
        for value in values {
            let expected = (value * 1e9).rounded()
            let key = MICMAC.key(value)
            #expect(key == expected || (key.isNaN && expected.isNaN), "\(value)")
        }
    }
}
