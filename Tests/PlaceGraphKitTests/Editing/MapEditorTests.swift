import Foundation
import Testing
@testable import PlaceGraphKit

/// Each kind of edit on small maps written by hand: the exact text that results.
@Suite("Editing a map in place")
struct MapEditorTests {
    static let block = """
        # Our estate map
        placegraph: 1
        place:
          name: Test   # the place
        services:
          - id: parks
            name: Parks
            contracts:
              - id: grounds
                name: Grounds
                start: 2021-04-01
                end: 2026-03-31     # ends at year end
                objectives:
                  - {id: cut, text: Cut the grass}
              - {id: trees, name: Tree care, end: 2025-03-31}
        interactions:
          # the big one
          - from: cut
            to: parks
            effect: -2
            because: Cutting removes flowers
          - {from: trees, to: cut, effect: 1}

        """

    func edit(_ text: String, _ edits: [MapEdit], format: InputFormat = .yaml) throws -> String {
        try MapEditor.apply(edits, to: text, format: format, file: "map.\(format.rawValue)").text
    }

    func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test("a value is replaced where it stands, keeping the comment after it")
    func replaceValue() throws {
        let out = try edit(Self.block, [.setContract("grounds", .end(date("2027-03-31")))])
        #expect(out == Self.block.replacingOccurrences(of: "end: 2026-03-31     # ends", with: "end: 2027-03-31     # ends"))
    }

    @Test("a new key goes on its own line after the key before it in the documented order")
    func addKey() throws {
        let out = try edit(Self.block, [.setContract("grounds", .extensions([date("2027-03-31")])),
                                        .setContract("grounds", .supplier("Green Co"))])
        #expect(out == Self.block
            .replacingOccurrences(of: "        end: 2026-03-31     # ends at year end\n",
                                  with: "        end: 2026-03-31     # ends at year end\n        extension: 2027-03-31\n")
            .replacingOccurrences(of: "        name: Grounds\n", with: "        name: Grounds\n        supplier: Green Co\n"))
    }

    @Test("a flow mapping gets the key inline, quoted where YAML would misread it")
    func flowMapping() throws {
        let out = try edit(Self.block, [.setContract("trees", .supplier("yes")),
                                        .setContract("trees", .value(250000)),
                                        .setContract("trees", .end(date("2025-09-30")))])
        #expect(out.contains("  - {id: trees, name: Tree care, supplier: \"yes\", end: 2025-09-30, value: 250000}\n"))
        let graph = try MapEditor.apply([.setContract("trees", .supplier("a, b: c"))], to: Self.block,
                                        format: .yaml, file: "map.yaml").graph
        #expect(graph.map.services[0].contracts[1].supplier == "a, b: c")
    }

    @Test("one extension and several switch between 'extension' and 'extensions'")
    func extensionKeys() throws {
        let one = try edit(Self.block, [.setContract("grounds", .extensions([date("2027-03-31")]))])
        let two = try edit(one, [.setContract("grounds", .extensions([date("2027-03-31"), date("2028-03-31")]))])
        #expect(two.contains("        end: 2026-03-31     # ends at year end\n        extensions: [2027-03-31, 2028-03-31]\n"))
        #expect(!two.contains("extension:"))
        #expect(try edit(two, [.setContract("grounds", .extensions([]))]) == Self.block)
    }

    @Test("removing a field removes its line only")
    func removeField() throws {
        let out = try edit(Self.block, [.setContract("grounds", .start(nil))])
        #expect(out == Self.block.replacingOccurrences(of: "        start: 2021-04-01\n", with: ""))
    }

    @Test("an interaction is added at the end of a block list, on one line when it fits")
    func addInteraction() throws {
        let added = Interaction(from: "parks", to: "trees", effect: Effect(1)!, because: "Shared crews", confidence: .high)
        let out = try edit(Self.block, [.addInteraction(added)])
        #expect(out == Self.block.replacingOccurrences(
            of: "  - {from: trees, to: cut, effect: 1}\n",
            with: "  - {from: trees, to: cut, effect: 1}\n  - {from: parks, to: trees, effect: 1, because: Shared crews, confidence: high}\n"))
        let long = Interaction(from: "parks", to: "trees", effect: Effect(-1)!,
                               because: String(repeating: "a long reason, ", count: 6) + "end", evidence: "Survey")
        let block = try edit(Self.block, [.addInteraction(long)])
        #expect(block == Self.block.replacingOccurrences(
            of: "  - {from: trees, to: cut, effect: 1}\n",
            with: "  - {from: trees, to: cut, effect: 1}\n  - from: parks\n    to: trees\n    effect: -1\n"
                + "    because: \(String(repeating: "a long reason, ", count: 6))end\n    evidence: Survey\n"))
    }

    @Test("an interaction can be added to an empty, missing or flow list")
    func addToOtherLists() throws {
        let added = Interaction(from: "a", to: "b", effect: Effect(2)!)
        let base = "placegraph: 1\nplace: {name: T}\nservices:\n  - {id: a, name: A}\n  - {id: b, name: B}\n"
        #expect(try edit(base, [.addInteraction(added)]) == base + "\ninteractions:\n  - {from: a, to: b, effect: 2}\n")
        #expect(try edit(base + "interactions:\n", [.addInteraction(added)])
            == base + "interactions:\n  - {from: a, to: b, effect: 2}\n")
        #expect(try edit(base + "interactions: []\n", [.addInteraction(added)])
            == base + "interactions: [{from: a, to: b, effect: 2}]\n")
        #expect(try edit(base + "interactions: [{from: b, to: a, effect: 1}]  # one\n", [.addInteraction(added)])
            == base + "interactions: [{from: b, to: a, effect: 1}, {from: a, to: b, effect: 2}]  # one\n")
    }

    @Test("removing an interaction removes its lines, or its entry of a flow list")
    func removeInteraction() throws {
        let out = try edit(Self.block, [.removeInteraction(from: "cut", to: "parks")])
        #expect(out == Self.block.replacingOccurrences(
            of: "  - from: cut\n    to: parks\n    effect: -2\n    because: Cutting removes flowers\n", with: ""))
        let base = "placegraph: 1\nplace: {name: T}\nservices: [{id: a, name: A}, {id: b, name: B}]\n"
        let flow = base + "interactions: [{from: a, to: b, effect: 1}, {from: b, to: a, effect: -1}]\n"
        #expect(try edit(flow, [.removeInteraction(from: "a", to: "b")]) == base + "interactions: [{from: b, to: a, effect: -1}]\n")
        #expect(try edit(flow, [.removeInteraction(from: "b", to: "a")]) == base + "interactions: [{from: a, to: b, effect: 1}]\n")
    }

    @Test("an interaction's fields change in place, and a key on the dash line gives way to the next")
    func interactionFields() throws {
        let out = try edit(Self.block, [.setInteraction(from: "cut", to: "parks", .effect(Effect(-3)!)),
                                        .setInteraction(from: "cut", to: "parks", .because(nil)),
                                        .setInteraction(from: "trees", to: "cut", .confidence(.low))])
        #expect(out == Self.block
            .replacingOccurrences(of: "    effect: -2\n    because: Cutting removes flowers\n", with: "    effect: -3\n")
            .replacingOccurrences(of: "{from: trees, to: cut, effect: 1}", with: "{from: trees, to: cut, effect: 1, confidence: low}"))
        let dashFirst = Self.block.replacingOccurrences(of: "  - from: cut\n    to: parks\n", with: "  - because: x\n    from: cut\n    to: parks\n")
            .replacingOccurrences(of: "    because: Cutting removes flowers\n", with: "")
        let removed = try edit(dashFirst, [.setInteraction(from: "cut", to: "parks", .because(nil))])
        #expect(removed.contains("  - from: cut\n    to: parks\n    effect: -2\n"))
    }

    @Test("a mutual interaction is found from either end")
    func mutual() throws {
        let text = Self.block.replacingOccurrences(of: "{from: trees, to: cut, effect: 1}", with: "{from: trees, to: cut, effect: 1, mutual: true}")
        let out = try edit(text, [.setInteraction(from: "cut", to: "trees", .effect(Effect(2)!))])
        #expect(out.contains("{from: trees, to: cut, effect: 2, mutual: true}"))
    }

    @Test("JSON: values replaced in place, keys added on their own line, commas kept right")
    func json() throws {
        let text = """
            {
              "placegraph": 1,
              "place": {"name": "T"},
              "services": [
                {
                  "id": "a",
                  "name": "A",
                  "contracts": [
                    {
                      "id": "c",
                      "name": "C",
                      "end": "2026-03-31"
                    }
                  ]
                }
              ],
              "interactions": [
                {"from": "a", "to": "c", "effect": 1}
              ]
            }

            """
        let out = try edit(text, [.setContract("c", .end(date("2027-03-31"))), .setContract("c", .supplier("S \"Q\"")),
                                  .setContract("c", .extensions([date("2028-03-31")])),
                                  .addInteraction(Interaction(from: "c", to: "a", effect: Effect(-1)!))], format: .json)
        #expect(out == text
            .replacingOccurrences(of: "          \"name\": \"C\",\n          \"end\": \"2026-03-31\"\n",
                                  with: "          \"name\": \"C\",\n          \"supplier\": \"S \\\"Q\\\"\",\n          \"end\": \"2027-03-31\",\n          \"extension\": \"2028-03-31\"\n")
            .replacingOccurrences(of: "    {\"from\": \"a\", \"to\": \"c\", \"effect\": 1}\n",
                                  with: "    {\"from\": \"a\", \"to\": \"c\", \"effect\": 1},\n    {\"from\": \"c\", \"to\": \"a\", \"effect\": -1}\n"))
        let back = try edit(out, [.removeInteraction(from: "c", to: "a"), .setContract("c", .supplier(nil)),
                                  .setContract("c", .extensions([])), .setContract("c", .end(date("2026-03-31")))], format: .json)
        #expect(back == text)
    }

    @Test("line ends written as CRLF stay CRLF")
    func crlf() throws {
        let text = Self.block.replacingOccurrences(of: "\n", with: "\r\n")
        let out = try edit(text, [.setContract("grounds", .supplier("S")),
                                  .addInteraction(Interaction(from: "parks", to: "trees", effect: Effect(1)!))])
        #expect(!out.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(out.contains("        supplier: S\r\n"))
    }

    @Test("an edit that would make the map invalid is refused with the diagnostics")
    func refused() throws {
        #expect {
            try edit(Self.block, [.setContract("grounds", .end(date("2020-01-01")))])
        } throws: { error in
            guard let error = error as? MapEditError, case let .invalid(diagnostics) = error.reason else { return false }
            return diagnostics.contains { $0.message.contains("before it starts") && $0.location?.line == 12 }
                && error.editedText?.contains("end: 2020-01-01") == true
        }
        #expect(throws: MapEditError.self) { try edit(Self.block, [.setContract("nope", .end(date("2027-01-01")))]) }
        #expect(throws: MapEditError.self) { try edit(Self.block, [.removeInteraction(from: "cut", to: "trees")]) }
        #expect(throws: MapEditError.self) {
            try edit(Self.block, [.addInteraction(Interaction(from: "cut", to: "parks", effect: Effect(1)!))])
        }
    }

    @Test("a value with an anchor is left for a person to change")
    func anchors() throws {
        let text = Self.block.replacingOccurrences(of: "end: 2026-03-31     # ends", with: "end: &end 2026-03-31     # ends")
        #expect(throws: MapEditError.self) { try edit(text, [.setContract("grounds", .end(date("2027-03-31")))]) }
    }
}
