import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// An SVG file parsed as XML, with the checks every drawing must pass.
struct SVGInspection {
    /// The only elements Graphviz's SVG renderer writes for placegraph's drawings.
    static let allowedElements: Set<String> = ["svg", "g", "title", "a", "ellipse", "path", "polygon", "polyline", "text"]
    /// The only attributes it writes; `xlink:title` is the one that carries user text.
    static let allowedAttributes: Set<String> = [
        "class", "cx", "cy", "d", "fill", "fill-opacity", "font-family", "font-size", "height", "id", "points",
        "rx", "ry", "stroke", "stroke-dasharray", "stroke-opacity", "stroke-width", "text-anchor", "transform",
        "viewBox", "width", "x", "xlink:title", "xmlns", "xmlns:xlink", "y",
    ]

    let document: XMLDocument

    /// Parses `data`; throws when it is not well-formed XML.
    init(_ data: Data) throws {
        document = try XMLDocument(data: data, options: [])
    }

    /// Every element, depth first.
    var elements: [XMLElement] { document.allElements }

    /// Problems that would let a drawing run script or load anything: elements or attributes
    /// outside the allowlists, event handlers, links, or user text in a `<title>`.
    var safetyProblems: [String] {
        var problems: [String] = []
        for element in elements {
            let name = element.name ?? ""
            if !Self.allowedElements.contains(name) { problems.append("element <\(name)>") }
            for attribute in element.attributes ?? [] {
                let attributeName = attribute.name ?? ""
                if !Self.allowedAttributes.contains(attributeName) { problems.append("attribute \(attributeName)") }
                if attributeName.lowercased().hasPrefix("on") { problems.append("event handler \(attributeName)") }
                let value = (attribute.stringValue ?? "").lowercased()
                if attributeName != "xlink:title" && (value.contains("javascript") || value.contains("alert")) {
                    problems.append("user text in \(attributeName)=\(value)")
                }
            }
            // Titles hold DOT names only, which placegraph makes up: n0, cluster_g1, n3->n4.
            if name == "title", let text = element.stringValue,
               text != "placegraph", text.range(of: #"^[a-z0-9_]+(->[a-z0-9_]+)?$"#, options: .regularExpression) == nil {
                problems.append("title '\(text)'")
            }
        }
        return problems
    }

    /// The `<g class="node">` group whose `<title>` is `name`.
    func node(_ name: String) -> XMLElement? {
        elements.first { element in
            element.name == "g" && element.attributeValue("class") == "node"
                && (element.children ?? []).first { $0.name == "title" }?.stringValue == name
        }
    }

    /// The lines of text drawn in an element, in order.
    func lines(in element: XMLElement) -> [String] {
        element.elementsDepthFirst.filter { $0.name == "text" }.map { $0.stringValue ?? "" }
    }

    /// The tooltip of an element's link, as a viewer shows it: the first `xlink:title` of an
    /// `<a>`, depth first.
    func tooltip(in element: XMLElement) -> String? {
        element.elementsDepthFirst.lazy.filter { $0.name == "a" }.compactMap { $0.attributeValue("xlink:title") }.first
    }

    /// Every line of text in the drawing.
    var allText: [String] { document.rootElement().map { lines(in: $0) } ?? [] }
}

extension TestSupport {
    /// A file in `Tests/PlaceGraphKitTests/Fixtures`, from the test bundle.
    static func fixture(_ name: String) throws -> URL {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/\(name)")
        #expect(FileManager.default.fileExists(atPath: url.path), "missing fixture \(name)")
        return url
    }

    /// The graph of a fixture map.
    static func fixtureGraph(_ name: String) throws -> PlaceGraph {
        let result = try MapLoader.load(path: fixture(name).path)
        return try #require(result.graph, "\(result.diagnostics.map { $0.styled(source: result.source).plain })")
    }

    /// The lines a drawing shows for `name`: cleaned, cut and wrapped as ``DOTText`` does.
    static func expectedLines(_ name: String, width: Int) -> [String] {
        DOTText.wrapped(DOTText.cleaned(name), width: width, limit: 110)
    }
}
