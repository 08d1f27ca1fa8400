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
        #expect(titles == ["a → b: +2", "b → a: -1", "b → c: +3"])
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
}
