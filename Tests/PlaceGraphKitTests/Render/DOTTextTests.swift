import Foundation
import PropertyBased
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

@Suite("Escaping user text for Graphviz")
struct DOTTextTests {
    @Test("labels double backslashes, escape quotes and ampersands", arguments: [
        (#"plain"#, #"plain"#),
        (#"say "hi""#, #"say \"hi\""#),
        (#"ends \"#, #"ends \\"#),
        (#"\N \G \L"#, #"\\N \\G \\L"#),
        (#"&amp; & &#x3C;"#, #"&amp;amp; &amp; &amp;#x3C;"#),
        ("a\nb\tc\r\nd", "a b c d"),
        ("bell\u{7} nul\u{0} c1\u{85}x \u{FFFE}", "bell\u{FFFD} nul\u{FFFD} c1 x \u{FFFD}"),
        ("\u{202E}evil\u{202C}", "\u{FFFD}evil\u{FFFD}"),
        ("日本語 🐝", "日本語 🐝"),
        // A combining mark makes one Character of a quote or backslash, but not for Graphviz.
        ("x\"\u{301} URL=\"javascript:alert(1)\u{301}\\\u{301}", "x\\\"\u{301} URL=\\\"javascript:alert(1)\u{301}\\\\\u{301}"),
    ])
    func label(text: String, escaped: String) {
        #expect(DOTText.escaped(text, for: .label) == escaped)
    }

    @Test("tooltips quadruple backslashes, since Graphviz unescapes them twice")
    func tooltip() {
        #expect(DOTText.escaped(#"ends \"#, for: .tooltip) == #"ends \\\\"#)
        #expect(DOTText.escaped(#"\N"#, for: .tooltip) == #"\\\\N"#)
        #expect(DOTText.tooltip(["one \"1\"", "two & three"]) == #"one \"1\"&#10;two &amp; three"#)
    }

    @Test("labels wrap at word boundaries, split long words and cut long text")
    func wrapping() {
        #expect(DOTText.wrapped("Cut all amenity grass every 14 days", width: 12, limit: 110)
                == ["Cut all", "amenity", "grass every", "14 days"])
        #expect(DOTText.wrapped(String(repeating: "x", count: 30), width: 12, limit: 110)
                == [String(repeating: "x", count: 12), String(repeating: "x", count: 12), String(repeating: "x", count: 6)])
        #expect(DOTText.wrapped(String(repeating: "ab ", count: 100), width: 80, limit: 20).joined(separator: " ")
                == "ab ab ab ab ab ab a…")
        #expect(DOTText.label("one two three", width: 7) == #"one two\nthree"#)
        #expect(DOTText.label(#"a\ b"#, width: 3) == #"a\\\nb"#)
    }

    /// Fragments that try to break out of DOT, Graphviz's escapes, XML or SVG.
    static let fragments = [
        "<", ">", "&", "\"", "'", "\\", "\\N", "\\G", "\\L", "\\n", "\\\"", "\n", "\t", "\r", "\u{0}", "\u{1}",
        "\u{7F}", "\u{85}", "\u{FFFE}", "\u{202E}", "<script>", "</text>", "onload=", " onerror=\"x\"",
        "javascript:", "alert(1)", "]]>", "<!--", "-->", "--", "&amp;", "&#x3C;", "&#10;", "&lt;", "&nbsp;",
        "{", "}", "[", "]", ";", "->", "=", "é", "日", "🐝", "👩🏽‍🔧", "x", "a b", " ", "\u{301}", "\u{200D}",
    ]

    @Test("random hostile labels always give well-formed SVG that shows them as typed")
    func hostileProperty() async {
        let text = Gen<String?>.element(of: Self.fragments).map { $0! }.array(of: 1...10).map { "x" + $0.joined() }
        await propertyCheck(count: 40, input: text, text, text) { name, because, domain in
            let service = Service(id: "s", name: name, domain: domain, objectives: [Objective(id: "o", text: because)])
            let map = PlaceMap(place: Place(name: domain), services: [service],
                               interactions: [Interaction(from: "o", to: "s", effect: Effect(-2)!, because: because,
                                                          evidence: name, mutual: true)])
            let graph = try #require(PlaceGraph.build(from: map).graph)
            let svg = try SVGInspection(try graph.rendered(as: .svg).data)
            #expect(svg.safetyProblems == [], "\(svg.safetyProblems.prefix(8))")
            let serviceNode = try #require(svg.node("n1"))
            #expect(svg.lines(in: serviceNode) == TestSupport.expectedLines(name, width: 22))
            #expect(svg.tooltip(in: serviceNode)?.hasPrefix(DOTText.cleaned(name) + "\n") == true)
            let objectiveNode = try #require(svg.node("n0"))
            #expect(svg.lines(in: objectiveNode) == TestSupport.expectedLines(because, width: 26))
        }
    }
}
