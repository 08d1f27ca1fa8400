import Foundation
import Testing
@testable import PlaceGraphKit
import PlaceGraphPresentation

/// The YAML reader walks libyaml's events itself; these pin what Yams' composer used to do
/// for it, and what it now refuses.
@Suite("YAML read from libyaml's events")
struct YAMLReaderTests {
    static func read(_ text: String) throws(Diagnostic) -> SourceNode? {
        try YAMLReader.read(text, file: "y.yaml")
    }

    static func refusal(_ text: String) -> String? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return "\(error.location.map { "\($0.line):\($0.column)" } ?? "-") \(error.message)"
        }
    }

    @Test("scalars keep their text, quoting, nulls and positions")
    func scalars() throws {
        let tree = try #require(try Self.read("a: 'x'\nb: ~\nc: \"null\"\nd: !!str 2\ne: |\n  two\n  lines\n"))
        guard case let .mapping(entries, _) = tree else { Issue.record("not a mapping"); return }
        let scalars = entries.compactMap { entry -> String? in
            guard case let .scalar(s) = entry.value else { return nil }
            return "\(entry.key)=\(s.text.debugDescription) quoted:\(s.isQuoted) null:\(s.isNull) \(s.location.line):\(s.location.column)"
        }
        #expect(scalars == [
            #"a="x" quoted:true null:false 1:4"#,
            #"b="~" quoted:false null:true 2:4"#,
            #"c="null" quoted:true null:false 3:4"#,
            #"d="2" quoted:true null:false 4:4"#,
            #"e="two\nlines\n" quoted:true null:false 5:4"#,
        ])
    }

    @Test("what the reader refuses, where", arguments: [
        ("a: 1\n---\nb: 2\n", "2:1 the file holds more than one YAML document"),
        ("a: *nowhere\n", "1:4 unknown alias '*nowhere'"),
        ("a: &x [1, *x]\n", "1:11 unknown alias '*x'"),
        ("a: 1\nb: 2\na: 3\n", "3:1 duplicate key 'a' in one mapping"),
        ("d: &d {x: 1}\ne: {<<: *d, y: 2}\n", "2:5 merge keys ('<<') are not read"),
        ("a: [1, 2\n", "2:1 malformed YAML: did not find expected ',' or ']' while parsing a flow sequence"),
    ])
    func refusals(_ text: String, _ expected: String) {
        #expect(Self.refusal(text) == expected)
    }

    @Test("an anchor may be redefined; an alias names the latest one before it")
    func shadowing() throws {
        let tree = try #require(try Self.read("a: &x 1\nb: *x\nc: &x 2\nd: *x\n"))
        guard case let .mapping(entries, _) = tree else { Issue.record("not a mapping"); return }
        let texts = entries.map { entry -> String in
            if case let .scalar(s) = entry.value { return s.text }
            return "?"
        }
        #expect(texts == ["1", "1", "2", "2"])
    }

    @Test("an alias used as a key is its anchor's text, with no hashing of what it holds")
    func aliasKeys() throws {
        let tree = try #require(try Self.read("k: &k name\nplace: {*k : Estate}\n"))
        guard case let .mapping(entries, _) = tree, case let .mapping(inner, _) = entries[1].value else {
            Issue.record("not a mapping"); return
        }
        #expect(inner.map(\.key) == ["name"])
        #expect(inner[0].keyLocation == SourceLocation(file: "y.yaml", line: 2, column: 9))
    }

    @Test("normal use of anchors loads: a shared list of areas and a shared evidence text")
    func anchors() throws {
        let text = """
            placegraph: 1
            place:
              name: Test
              areas: [{id: north, name: North}, {id: south, name: South}]
            services:
              - {id: a, name: A, areas: &both [north, south]}
              - {id: b, name: B, areas: *both}
            interactions:
              - {from: a, to: b, effect: 2, evidence: &survey Parks survey 2022}
              - {from: b, to: a, effect: -1, evidence: *survey}
            """
        let graph = try TestSupport.graph(text)
        #expect(graph.map.services.map(\.areas) == [["north", "south"], ["north", "south"]])
        #expect(graph.map.interactions.map(\.evidence) == ["Parks survey 2022", "Parks survey 2022"])
    }

    @Test("lines are counted the same way by every reader and by the quoted line", arguments: [
        ("\r", InputFormat.yaml), ("\r", .json), ("\r", .csv), ("\r\n", .yaml), ("\r\n", .csv),
    ])
    func lineEnds(_ end: String, _ format: InputFormat) throws {
        let lines = switch format {
        case .yaml: ["placegraph: 1", "place: {name: T}", "services: [{id: a, name: A}]", "interactions: [{from: a, to: b, effect: 1}]"]
        case .json: ["{\"placegraph\": 1, \"place\": {\"name\": \"T\"},", "\"services\": [{\"id\": \"a\", \"name\": \"A\"}],",
                     "\"bogus\": 1}"]
        case .csv, .xlsx, .kumu, .mentalmodeler: ["from,to,effect", "a,b,1", "b,a,maybe"]
        }
        let result = MapLoader.load(text: lines.joined(separator: end) + end, file: "m", format: format)
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        let location = try #require(error.location)
        #expect(location.line == lines.count, "\(error.message)")
        #expect(error.styled(source: result.source).plain.contains(" \(lines.count) | \(lines[lines.count - 1])"))
    }

    @Test("YAML's own line breaks (NEL, LS, PS) inside text do not shift the lines of later errors")
    func unicodeLineBreaks() {
        let text = "placegraph: 1\nplace: {name: \"North\u{2028}South\u{85}East\u{2029}\"}\nbogus: 1\n"
        #expect(Self.refusal(text) == nil)
        let result = MapLoader.load(text: text, file: "m.yaml", format: .yaml)
        #expect(result.diagnostics.map { "\($0.location!.line):\($0.location!.column) \($0.message)" }
            == ["3:1 unknown key 'bogus' in the map"])
    }

    @Test("a document with no content is empty, and a bare '---' is an empty value")
    func empty() throws {
        #expect(try Self.read("# only a comment\n") == nil)
        let bare = try #require(try Self.read("---\n"))
        guard case let .scalar(scalar) = bare else { Issue.record("not a scalar"); return }
        #expect(scalar.isNull)
    }
}
