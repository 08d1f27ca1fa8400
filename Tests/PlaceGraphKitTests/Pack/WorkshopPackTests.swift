import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

@Suite("The workshop pack")
struct WorkshopPackTests {
    static let asOf = CalendarDate(iso: "2026-11-28")!
    static let sections = ["summary", "agenda", "conflicts", "map", "synergies", "loops", "balance", "influence",
                           "matrix", "timeline", "notes", "appendix"]

    static func examplePack() throws -> WorkshopPack {
        let graph = try #require(try MapLoader.load(path: TestSupport.example("map.yaml")).graph)
        return try WorkshopPack.build(graph: graph, options: WorkshopPackOptions(asOf: asOf))
    }

    /// Attribute values that would make a browser fetch or run something.
    static func externalReferences(_ document: XMLDocument) -> [String] {
        var found: [String] = []
        for element in document.allElements {
            for attribute in element.attributes ?? [] {
                let name = (attribute.name ?? "").lowercased(), value = attribute.stringValue ?? ""
                if name.hasPrefix("xmlns") { continue }  // namespace names are never fetched
                if ["href", "src", "xlink:href", "action", "poster", "data", "srcset"].contains(name), !value.hasPrefix("#") {
                    found.append("\(name)=\(value)")
                }
                // CSS-bearing attributes; titles and labels are plain text, whatever they say.
                let styled = ["style", "fill", "stroke", "filter", "mask", "clip-path"].contains(name) || name.hasPrefix("marker")
                if styled, value.lowercased().contains("url(") { found.append("\(name)=\(value)") }
            }
            if element.name == "style", (element.stringValue ?? "").contains("url(") { found.append("style url()") }
            if element.name == "style", (element.stringValue ?? "").contains("@import") { found.append("style @import") }
        }
        return found
    }

    @Test("the example's report is well-formed XHTML with every section and no external reference")
    func structure() throws {
        let html = try Self.examplePack().html().markup
        let document = try XMLDocument(data: Data(html.utf8), options: [])
        let elements = document.allElements
        let ids = Set(elements.compactMap { $0.attributeValue("id") })
        for section in Self.sections { #expect(ids.contains(section), "missing section \(section)") }
        let headings = elements.filter { $0.name == "h2" }.map { $0.stringValue ?? "" }
        #expect(headings.count == Self.sections.count)
        #expect(Self.externalReferences(document).isEmpty)
        #expect(elements.filter { $0.name == "script" }.isEmpty)
        #expect(elements.filter { $0.name == "svg" }.count >= 4)
        // Every chart names itself for screen readers.
        for svg in elements where svg.name == "svg" {
            let labelled = svg.attributeValue("aria-label") != nil || svg.attributeValue("aria-labelledby") != nil
            #expect(labelled)
        }
        #expect(html.contains("@media print"))
        #expect(html.contains("Fortnightly") || html.contains("Cut all amenity grass"))
    }

    @Test("the same map gives a byte-identical report")
    func deterministic() throws {
        #expect(try Self.examplePack().html().markup == Self.examplePack().html().markup)
    }

    @Test("the summary names the three most severe conflicts in plain words")
    func summary() throws {
        let report = try Self.examplePack()
        let top = report.analysis.conflicts.conflicts.prefix(3)
        let html = report.summaryHTML().markup
        #expect(top.count == 3)
        for conflict in top { #expect(html.contains(HTML.escape(Words.sentence(conflict)))) }
    }

    @Test("hostile labels cannot inject an element or attribute into the report")
    func hostile() throws {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/hostile.yaml")
        let graph = try #require(try MapLoader.load(path: url.path).graph)
        let report = try WorkshopPack.build(graph: graph, options: WorkshopPackOptions(asOf: Self.asOf))
        let html = report.html().markup
        let document = try XMLDocument(data: Data(html.utf8), options: [])
        let elements = document.allElements
        #expect(elements.filter { ["script", "img", "iframe", "object", "embed", "foreignObject"].contains($0.name ?? "") }.isEmpty)
        for element in elements {
            for attribute in element.attributes ?? [] {
                let name = (attribute.name ?? "").lowercased()
                #expect(!name.hasPrefix("on"), "event handler \(name) on <\(element.name ?? "")>")
                if name.hasSuffix("href") || name == "src" {
                    #expect(!(attribute.stringValue ?? "").lowercased().contains("javascript"))
                }
            }
        }
        #expect(Self.externalReferences(document).isEmpty)
        // The text survives as text.
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let markdown = report.markdown().text
        #expect(!markdown.contains("<script"))
    }

    @Test("the Markdown pack links every figure it carries")
    func markdown() throws {
        let pack = try Self.examplePack().markdown()
        #expect(pack.files.keys.contains(.map))
        for figure in pack.files.keys { #expect(pack.text.contains("](\(figure.fileName))")) }
        for (_, svg) in pack.files { _ = try XMLDocument(data: Data(svg.utf8), options: []) }
        #expect(pack.text.hasPrefix("# Camden: Fernhead Gardens Estate\n"))
    }

    /// The items of each domain of the example, straight from the map: each service with its
    /// objectives, contracts and their objectives.
    static func itemsByDomain(_ map: PlaceMap) -> [String: Int] {
        var counts: [String: Int] = [:]
        for service in map.services {
            let items = 1 + service.objectives.count + service.contracts.reduce(0) { $0 + 1 + $1.objectives.count }
            counts[service.domain ?? "no domain", default: 0] += items
        }
        return counts
    }

    @Test("the example map prints by domain: each domain's figure holds exactly its items, then the links between domains")
    func mapByDomain() throws {
        let pack = try Self.examplePack()
        let map = pack.analysis.graph.map
        let counts = Self.itemsByDomain(map)
        #expect(pack.map.domains == counts.keys.sorted())
        for (index, domain) in pack.map.domains.enumerated() {
            let figure = try #require(pack.figures[.domain(index)]).markup
            #expect(figure.components(separatedBy: "class=\"node\"").count - 1 == counts[domain], "\(domain)")
        }
        // Interactions between items of different domains, a mutual one drawn once.
        var domain: [String: String] = [:]
        for service in map.services {
            let ids = [service.id] + service.objectives.map(\.id)
                + service.contracts.flatMap { [$0.id] + $0.objectives.map(\.id) }
            for id in ids { domain[id] = service.domain }
        }
        let crossing = map.interactions.filter { domain[$0.from] != domain[$0.to] }.count
        #expect(pack.map.linksLevel == .objectives)
        let links = try #require(pack.figures[.domainLinks]).markup
        #expect(links.components(separatedBy: "class=\"edge\"").count - 1 == crossing)
        // Every figure is on a printed page, the section takes the first page's orientation.
        #expect(Set(pack.map.figures) == Set((0..<counts.count).map(Figure.domain) + [.domainLinks]))
        let html = pack.html().markup
        let orientation = pack.map.pages.first?.landscape == true ? "landscape" : "portrait"
        #expect(html.contains("<section id=\"map\" class=\"\(orientation)\""))
        #expect(html.contains("@page landscape { size: landscape; }") && html.contains("@page portrait { size: portrait; }"))
    }

    @Test("a map too big for a page is drawn service to service, or not at all, and the pack says why")
    func mapLimits() throws {
        var figures: [Figure: HTML] = [:]
        // 200 items and 1,400 interactions between 20 services: 20 services and at most 380 pairs.
        let dense = try #require(PlaceGraph.build(from: DOTWriterTests.generatedMap(services: 20, interactions: 1_400)).graph)
        let rolled = try WorkshopPack.drawMap(dense, into: &figures)
        #expect(rolled.level == .services)
        #expect(rolled.limit?.hasPrefix("The full map, 200 items and 1,400 interactions, is more than a printed page can show") == true)
        #expect(figures[.map] != nil)
        figures = [:]
        let factors = try #require(PlaceGraph.build(from: DOTWriterTests.generatedFactors(count: 1_000, interactions: 600)).graph)
        let none = try WorkshopPack.drawMap(factors, into: &figures)
        #expect(none.pages.isEmpty && figures.isEmpty)
        #expect(none.limit == "The map, 1,000 items and 600 interactions, is more than a printed page can show (the pack "
                + "draws at most 1,500 items and interactions); run placegraph render to draw it whole.")
    }

    @Test("the first page lists the limits reached, and the appendix folds every full table")
    func limitsAndAppendix() throws {
        let pack = try Self.examplePack()
        // The example has loops longer than the pack's bound of 8.
        #expect(pack.loops.truncated)
        #expect(pack.limitsReached.contains { $0.hasPrefix("Feedback loops: the search was bounded") })
        let html = pack.html().markup
        let document = try XMLDocument(data: Data(html.utf8), options: [])
        let limits = try document.nodes(forXPath: "//*[@class='limits']//*[local-name()='li']").map { $0.stringValue ?? "" }
        #expect(limits == pack.limitsReached)
        let folds = try document.nodes(forXPath: "//*[@id='appendix']//*[local-name()='details']")
        #expect(folds.count == 5)
        let rows = try document.nodes(forXPath: "//*[@id='appendix']//*[local-name()='details'][1]//*[local-name()='tbody']/*")
        #expect(rows.count == pack.analysis.conflicts.conflicts.count)
    }
}
