import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

@Suite("Workshop pack charts")
struct ChartTests {
    static func parse(_ svg: String) throws -> XMLDocument {
        try XMLDocument(data: Data(svg.utf8), options: [])
    }

    @Test("markup escaping neutralises tags, quotes and control characters")
    func escaping() {
        #expect(HTML.escape("<script>alert('x')</script> & \"q\"") ==
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
        #expect(HTML.escape("a\u{01}b\u{7F}c") == "a\u{FFFD}b\u{FFFD}c")
    }

    @Test("the heatmap has one labelled cell per arc and parses as XML")
    func heatmap() throws {
        let graph = try TestSupport.graph("x,a,b,c\na,0,2,\nb,-1,0,3\nc,,0,0\n", format: .csv)
        let svg = CrossImpactHeatmap(graph: graph).svg(id: "matrix").markup
        let document = try Self.parse(svg)
        let titles = try document.nodes(forXPath: "//*[local-name()='rect']/*[local-name()='title']").map { $0.stringValue ?? "" }
        #expect(titles == ["a → b: +2", "b → a: −1", "b → c: +3"])
        #expect(svg.contains(">−1</text>"))
        #expect(svg.contains("role=\"img\""))
    }

    @Test("the heatmap escapes hostile item names")
    func hostileHeatmap() throws {
        let graph = try TestSupport.graph("from,to,effect\n\"<script>alert(1)</script>\",\"x\"\" onload=\"\"y\",2\n", format: .csv)
        let svg = CrossImpactHeatmap(graph: graph).svg(id: "m").markup
        let document = try Self.parse(svg)
        #expect(try document.nodes(forXPath: "//*[local-name()='script']").isEmpty)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("\" onload="))
    }

    @Test("the Gantt chart places the today line between the year ticks")
    func gantt() throws {
        let rows = [
            ContractGantt.Row(label: "Grounds", supplier: "G Ltd", start: CalendarDate(iso: "2024-01-01"),
                              end: CalendarDate(iso: "2025-12-31")!, extensionEnd: CalendarDate(iso: "2026-12-31"), note: "fixes 2 conflicts"),
        ]
        let svg = ContractGantt(rows: rows, asOf: CalendarDate(iso: "2025-01-01")!).svg(id: "timeline").markup
        _ = try Self.parse(svg)
        #expect(svg.contains(">as of 2025-01-01</text>"))
        #expect(svg.contains("<title>extension option to 2026-12-31</title>"))
        #expect(svg.contains(">fixes 2 conflicts</text>"))
    }

    @Test("the pack's Gantt chart lists the contracts in the timeline's order, by decide-by date")
    func ganttOrder() throws {
        let pack = try WorkshopPackTests.examplePack()
        let svg = try #require(pack.figures[.timeline]).markup
        let entries = pack.analysis.timeline.entries.filter { $0.contract.end != nil }
        let dates = entries.compactMap { $0.window?.decideBy }
        #expect(dates.count == entries.count && dates == dates.sorted())
        let bars = svg.components(separatedBy: "<title>").dropFirst().map { $0.components(separatedBy: ":")[0] }
            .filter { !$0.hasPrefix("extension option") }
        #expect(bars == entries.map { HTML.escape($0.contract.name) })
    }

    @Test("the scatter names its quadrants and titles every point")
    func scatter() throws {
        let points = [
            InfluenceScatter.Point(label: "a", influence: 3, dependence: 0, quadrant: "driver"),
            InfluenceScatter.Point(label: "b", influence: 0, dependence: 3, quadrant: "dependent"),
        ]
        let svg = InfluenceScatter(points: points, influenceThreshold: 1.5, dependenceThreshold: 1.5).svg(id: "micmac").markup
        let document = try Self.parse(svg)
        let titles = try document.nodes(forXPath: "//*[local-name()='circle']/*[local-name()='title']").map { $0.stringValue ?? "" }
        #expect(titles == ["a: influence 3, dependence 0, driver", "b: influence 0, dependence 3, dependent"])
        #expect(svg.contains(">DRIVERS</text>"))
    }

    @Test("the scatter's axes tick at round values", arguments: [
        (2.7, [0, 0.5, 1, 1.5, 2, 2.5]), (13.0, [0, 2.5, 5, 7.5, 10, 12.5]), (1.0, [0, 0.2, 0.4, 0.6, 0.8, 1]), (0.07, [0, 0.02, 0.04, 0.06]),
    ] as [(Double, [Double])])
    func ticks(maximum: Double, expected: [Double]) {
        let ticks = InfluenceScatter.Axis(maximum: maximum).ticks
        #expect(ticks.count == expected.count)
        for (tick, value) in zip(ticks, expected) { #expect(abs(tick - value) < 1e-9) }
    }

    @Test("scatter labels never overlap a dot, another label or the quadrant names, and stay inside the plot", arguments: 0..<20)
    func labels(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let points = (0..<60).map { index in
            InfluenceScatter.Point(label: "item \(index) " + String(repeating: "x", count: index % 9),
                                   influence: Double(random.next() % 1000) / 300, dependence: Double(random.next() % 1000) / 300,
                                   quadrant: "driver")
        }
        let svg = InfluenceScatter(points: points, influenceThreshold: 1.5, dependenceThreshold: 1.5).svg(id: "s").markup
        let document = try Self.parse(svg)
        let circles = try document.nodes(forXPath: "//*[local-name()='circle']").compactMap { $0 as? XMLElement }
        #expect(circles.count == 60)
        #expect(circles.allSatisfy { ($0.elements(forName: "title").first?.stringValue ?? "").hasPrefix("item ") })
        // Boxes read back from the drawing: each label at 0.6 em a character, 10 points high.
        func attribute(_ name: String, _ tag: Substring) -> String {
            guard let range = tag.range(of: " \(name)=\"") else { return "" }
            return String(tag[range.upperBound...].prefix { $0 != "\"" })
        }
        let tags = svg.split(separator: "\n").filter { $0.hasPrefix("<text ") && $0.contains(">item ") }
        #expect(!tags.isEmpty && tags.count <= 12)
        let boxes = tags.map { tag -> InfluenceScatter.Box in
            let text = tag[(tag.firstIndex(of: ">") ?? tag.startIndex)...].dropFirst().prefix { $0 != "<" }
            let width = Double(text.count) * 6, x = Double(attribute("x", tag)) ?? .nan
            let anchor = attribute("text-anchor", tag)
            let left = anchor == "end" ? x - width : (anchor == "middle" ? x - width / 2 : x)
            return InfluenceScatter.Box(x: left, y: (Double(attribute("y", tag)) ?? .nan) - 9, width: width, height: 12)
        }
        let dots = svg.split(separator: "\n").filter { $0.hasPrefix("<circle ") }.map { tag in
            InfluenceScatter.Box(x: (Double(attribute("cx", tag)) ?? .nan) - 4.5, y: (Double(attribute("cy", tag)) ?? .nan) - 4.5,
                                 width: 9, height: 9)
        }
        #expect(dots.count == 60)
        let plot = InfluenceScatter.Box(x: InfluenceScatter.left - 0.01, y: InfluenceScatter.top - 0.01,
                                        width: InfluenceScatter.plot + 0.02, height: InfluenceScatter.plot + 0.02)
        for (index, box) in boxes.enumerated() {
            #expect(box.inside(plot))
            for other in boxes[(index + 1)...] { #expect(!box.overlaps(other)) }
            for dot in dots { #expect(!box.overlaps(dot)) }
            // The quadrant names sit in the corners' first 30 points.
            #expect(box.y > InfluenceScatter.top + 30 || box.x > InfluenceScatter.left + 200)
        }
    }

    @Test("the leading items are labelled first: a point that crowds an earlier one goes unlabelled")
    func leadingFirst() throws {
        let points = [
            InfluenceScatter.Point(label: "first", influence: 2, dependence: 2, quadrant: "relay"),
            InfluenceScatter.Point(label: "second", influence: 2, dependence: 2, quadrant: "relay"),
            InfluenceScatter.Point(label: "third", influence: 0.5, dependence: 0.5, quadrant: "autonomous"),
        ]
        var scatter = InfluenceScatter(points: points, influenceThreshold: 1, dependenceThreshold: 1)
        scatter.labelled = 1
        let svg = scatter.svg(id: "s").markup
        #expect(svg.contains(">first</text>"))
        #expect(!svg.contains(">second</text>") && !svg.contains(">third</text>"))
        #expect(svg.contains("<title>third: influence 0.5, dependence 0.5, autonomous</title>"))
    }
}
