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
                           "matrix", "timeline", "notes"]

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
}
