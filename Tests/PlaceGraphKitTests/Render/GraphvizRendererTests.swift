import Dispatch
import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

@Suite("Drawing through Graphviz's C library")
struct GraphvizRendererTests {
    static func example() throws -> PlaceGraph {
        try #require(try MapLoader.load(path: TestSupport.example("map.yaml")).graph)
    }

    @Test("the example draws as well-formed, safe SVG showing every item's name")
    func exampleSVG() throws {
        let graph = try Self.example()
        let rendered = try graph.rendered(as: .svg)
        #expect(rendered.warnings.isEmpty)
        #expect(rendered.engine == .dot)
        let svg = try SVGInspection(rendered.data)
        #expect(svg.safetyProblems == [], "\(svg.safetyProblems.prefix(8))")
        for (index, item) in graph.items.enumerated() {
            let node = try #require(svg.node("n\(index)"), "no node for '\(item.id)'")
            let width = item.kind == .service ? 22 : 26
            let lines = svg.lines(in: node)
            #expect(Array(lines.prefix(TestSupport.expectedLines(item.name, width: width).count))
                    == TestSupport.expectedLines(item.name, width: width), "'\(item.id)'")
            #expect(svg.tooltip(in: node)?.hasPrefix(item.name + "\n") == true, "'\(item.id)'")
        }
        #expect(svg.allText.contains("Legend"))
    }

    @Test("hostile labels show as typed, in well-formed SVG with no script, handler or link")
    func hostile() throws {
        let graph = try TestSupport.fixtureGraph("hostile.yaml")
        let rendered = try graph.rendered(as: .svg)
        let text = String(decoding: rendered.data, as: UTF8.self)
        #expect(!text.lowercased().contains("<script"))
        #expect(!text.contains("<!-- --"))
        let svg = try SVGInspection(rendered.data)
        #expect(svg.safetyProblems == [], "\(svg.safetyProblems.prefix(8))")
        for (index, item) in graph.items.enumerated() {
            let node = try #require(svg.node("n\(index)"))
            let width = item.kind == .service ? 22 : 26
            let expected = TestSupport.expectedLines(item.name, width: width)
            #expect(Array(svg.lines(in: node).prefix(expected.count)) == expected, "'\(item.id)'")
            #expect(svg.tooltip(in: node)?.hasPrefix(DOTText.cleaned(item.name) + "\n") == true, "'\(item.id)'")
        }
        let objective = try #require(graph.index(of: "obj-escapes").flatMap { svg.node("n\($0)") })
        #expect(svg.lines(in: objective).joined(separator: " ") == #"\N \G \E \T \H \L \n \l \r \\ \""#)
        let backslash = try #require(graph.index(of: "obj-backslash").flatMap { svg.node("n\($0)") })
        #expect(svg.lines(in: backslash) == [#"ends with a backslash \"#])
        let entities = try #require(graph.index(of: "obj-entities").flatMap { svg.node("n\($0)") })
        #expect(svg.lines(in: entities).joined(separator: " ") == "&amp; &#x3C;script&#x3E; &lt;b&gt; &#60; & &#10; &nbsp;")
        #expect(svg.allText.first == #"<script>alert('place')</script> & "Estate" \"#)
    }

    @Test("PNG, PDF and JSON come out, the same bytes every time", arguments: [OutputFormat.png, .pdf, .json])
    func otherFormats(format: OutputFormat) throws {
        let graph = try TestSupport.fixtureGraph("small.yaml")
        let first = try graph.rendered(as: format).data
        let second = try graph.rendered(as: format).data
        #expect(first == second)
        switch format {
        case .png: #expect(first.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        case .pdf: #expect(first.starts(with: Array("%PDF".utf8)))
        default: #expect(try JSONSerialization.jsonObject(with: first) is [String: Any])
        }
    }

    @Test("the dot format is the writer's DOT text, without Graphviz")
    func dotFormat() throws {
        let graph = try TestSupport.fixtureGraph("small.yaml")
        #expect(try graph.rendered(as: .dot).data == Data(try graph.drawing().dot.utf8))
    }

    @Test("16 renders at once do not crash and give identical bytes")
    func concurrent() throws {
        let drawing = try Self.example().drawing()
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 16) { number in
            results.store(number, Result { try GraphvizRenderer.render(drawing, as: .svg).data })
        }
        let outputs = try results.all.map { try $0.get() }
        #expect(outputs.count == 16)
        #expect(Set(outputs).count == 1)
    }

    @Test("invalid DOT is an error with Graphviz's message, and the next render still works")
    func invalidDOT() throws {
        let drawing = try TestSupport.fixtureGraph("small.yaml").drawing()
        let before = try GraphvizRenderer.render(drawing, as: .svg).data
        for text in ["digraph { a -> ", "digraph { a [label=\"unterminated] }", "not a graph at all", ""] {
            #expect {
                _ = try GraphvizRenderer.render(dot: text)
            } throws: { error in
                guard case RenderError.invalidDOT(let message) = error else { return false }
                return !message.isEmpty && !message.hasSuffix("\n")
            }
            #expect(try GraphvizRenderer.render(drawing, as: .svg).data == before)
        }
        #expect {
            _ = try GraphvizRenderer.render(dot: "digraph {\n  a -> b\n  -> }")
        } throws: { error in
            guard case RenderError.invalidDOT(let message) = error else { return false }
            return message.hasPrefix("syntax error in line ")
        }
    }

    @Test("an unknown engine or format is an error, and the next render is unchanged")
    func unknownEngineAndFormat() throws {
        let drawing = try TestSupport.fixtureGraph("small.yaml").drawing()
        let before = try GraphvizRenderer.render(drawing, as: .svg).data
        #expect(throws: RenderError.unknownEngine("nonsense")) {
            _ = try GraphvizRenderer.draw(dot: drawing.dot, engine: "nonsense", format: .svg)
        }
        #expect(try GraphvizRenderer.render(drawing, as: .svg).data == before)
        #expect(throws: RenderError.unknownFormat("nonsense")) {
            _ = try GraphvizRenderer.draw(dot: drawing.dot, engine: "dot", graphvizFormat: "nonsense")
        }
        #expect(throws: RenderError.unknownFormat("png:nonsense")) {
            _ = try GraphvizRenderer.draw(dot: drawing.dot, engine: "dot", graphvizFormat: "png:nonsense")
        }
        #expect(try GraphvizRenderer.render(drawing, as: .svg).data == before)
    }

    @Test("Graphviz's warnings come back with the drawing instead of being printed")
    func warnings() throws {
        let (data, warnings) = try GraphvizRenderer.render(dot: #"digraph { a [shape="nonsense"] }"#)
        #expect(!data.isEmpty)
        #expect(warnings.contains { $0.contains("nonsense") })
        #expect(warnings.allSatisfy { !$0.hasPrefix("Warning") && !$0.hasSuffix("\n") })
    }

    @Test("every engine lays the example out, again and again", arguments: LayoutEngine.allCases)
    func engines(engine: LayoutEngine) throws {
        let drawing = try Self.example().drawing(RenderOptions(engine: engine))
        let first = try GraphvizRenderer.render(drawing, as: .svg).data
        #expect(try SVGInspection(first).safetyProblems == [])
        // fdp crashed here on nested clusters; it is also the one engine left nondeterministic.
        let other = try TestSupport.fixtureGraph("small.yaml").drawing(RenderOptions(engine: engine))
        for _ in 0..<3 {
            _ = try GraphvizRenderer.render(other, as: .svg)
            let again = try GraphvizRenderer.render(drawing, as: .svg).data
            if engine != .fdp { #expect(again == first) }
        }
    }

    @Test("circo draws a map the same after any other drawing (circo caches the last root graph)")
    func circoAfterOthers() throws {
        let graph = try Self.example()
        let drawing = try graph.drawing(RenderOptions(engine: .circo))
        let first = try GraphvizRenderer.render(drawing, as: .svg).data
        // A graph freed before the next is read lets the next land at its address, where circo
        // took it for the graph it had cached; which drawing does it depends on the allocator.
        for level in [DetailLevel.objectives, .services] {
            for clustering in Clustering.allCases {
                for engine in LayoutEngine.allCases where engine != .fdp {
                    for format in [OutputFormat.svg, .png] {
                        let other = try graph.drawing(RenderOptions(level: level, clusterBy: clustering, engine: engine))
                        _ = try GraphvizRenderer.render(other, as: format)
                        #expect(try GraphvizRenderer.render(drawing, as: .svg).data == first,
                                "after \(level) by \(clustering) with \(engine) as \(format)")
                    }
                }
            }
        }
    }

    @Test("a PDF's creation date is fixed in place")
    func pdfDates() {
        let data = Data("1 0 obj << /CreationDate (D:20261128175734Z) >>".utf8)
        #expect(PDFDates.fixed(in: data) == Data("1 0 obj << /CreationDate (D:19700101000000Z) >>".utf8))
    }

    /// Results written by concurrent workers.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [Int: Result<Data, any Error>] = [:]

        func store(_ number: Int, _ result: Result<Data, any Error>) {
            lock.withLock { stored[number] = result }
        }

        var all: [Result<Data, any Error>] {
            lock.withLock { stored.keys.sorted().map { stored[$0]! } }
        }
    }
}
