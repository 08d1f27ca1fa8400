import Foundation
import Testing
@testable import PlaceGraphKit

/// The odd spellings of issue 11, each with its documented reading or its located error.
@Suite("Minor readings: byte-order marks, odd effects, two CSV forms")
struct MinorReadingsTests {
    static let header = "placegraph: 1\nplace:\n  name: Test\nservices:\n  - {id: a, name: A}\n  - {id: b, name: B}\n"

    /// A YAML map with one interaction whose effect is written `effect`.
    static func yaml(effect: String) -> String {
        header + "interactions:\n  - {from: a, to: b, effect: \(effect)}\n"
    }

    /// The same map in JSON; `effect` is written as is, so `"2"` is a JSON string.
    static func json(effect: String) -> String {
        #"{"placegraph": 1, "place": {"name": "Test"}, "services": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}], "#
            + #""interactions": [{"from": "a", "to": "b", "effect": \#(effect)}]}"#
    }

    static func effect(_ result: LoadResult) -> Double? {
        result.graph?.arcs.first?.effect.value
    }

    static func errors(_ result: LoadResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message)" }
    }

    @Test("a UTF-8 byte-order mark is skipped in every format, and columns on line 1 stay put",
          arguments: [InputFormat.yaml, .json, .csv])
    func byteOrderMark(_ format: InputFormat) throws {
        let text = switch format {
        case .yaml: Self.yaml(effect: "2")
        case .json: Self.json(effect: "2")
        case .csv, .xlsx, .kumu, .mentalmodeler: "from,to,effect\na,b,2\n"
        }
        let marked = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        let result = MapLoader.load(data: marked, file: "m", format: format)
        #expect(Self.effect(result) == 2)
        #expect(result.source?.hasPrefix("\u{FEFF}") == false)
        let broken = Data([0xEF, 0xBB, 0xBF]) + Data((format == .csv ? "from,to,effect\na,b,zz\n" : "placegraph: [").utf8)
        let bad = MapLoader.load(data: broken, file: "m", format: format)
        let plain = MapLoader.load(data: broken.dropFirst(3), file: "m", format: format)
        #expect(bad.diagnostics == plain.diagnostics && !bad.diagnostics.isEmpty)
    }

    @Test("UTF-16 text is named as such")
    func utf16() {
        let text = Data([0xFF, 0xFE]) + "placegraph: 1".data(using: .utf16LittleEndian)!
        let result = MapLoader.load(data: text, file: "m.yaml", format: .yaml)
        #expect(Self.errors(result) == ["1:1 the file is UTF-16 text, not UTF-8"])
    }

    @Test("effects that read as numbers", arguments: [
        ("2", 2.0), ("\"2\"", 2), ("'-1.5'", -1.5), (".5", 0.5), ("-.5", -0.5), ("2.", 2), ("+1", 1),
        ("1e0", 1), ("2.5E-1", 0.25), ("0e-400", 0), ("−2", -2), ("\"reinforcing\"", 2),
    ])
    func readings(_ written: String, _ value: Double) {
        #expect(Self.effect(TestSupport.load(Self.yaml(effect: written))) == value)
    }

    @Test("JSON accepts an effect in quotes, read as the same text unquoted")
    func quotedJSON() {
        #expect(Self.effect(TestSupport.load(Self.json(effect: #""2""#), format: .json, file: "m.json")) == 2)
        #expect(Self.effect(TestSupport.load(Self.json(effect: #"" -1.5 ""#), format: .json, file: "m.json")) == -1.5)
    }

    @Test("effects refused with a located reason", arguments: [
        ("0x2", "effect '0x2' is not a decimal number"),
        ("1_000", "effect '1_000' is not a decimal number"),
        ("2/3", "effect '2/3' is not a decimal number"),
        ("+", "a bare '+' is not an effect here"),
        ("\"-\"", "a bare '-' is not an effect here"),
        ("1e-400", "effect 1e-400 is too small to represent"),
        ("-2e-320", "effect -2e-320 is too small to represent"),
        ("1e400", "effect 1e400 is out of range; the scale runs from -3 to 3"),
        ("3.0001", "effect 3.0001 is out of range; the scale runs from -3 to 3"),
        (".nan", "unreadable effect '.nan'"),
        ("infinity", "unreadable effect 'infinity'"),
    ])
    func refusals(_ written: String, _ message: String) {
        let result = TestSupport.load(Self.yaml(effect: written))
        #expect(Self.errors(result) == ["8:30 \(message)"])
    }

    @Test("JSON numbers follow RFC 8259, so a tiny one is still caught as an effect")
    func jsonNumbers() {
        let tiny = TestSupport.load(Self.json(effect: "1e-400"), format: .json, file: "m.json")
        #expect(Self.errors(tiny).map { $0.split(separator: " ", maxSplits: 1)[1] } == ["effect 1e-400 is too small to represent"])
        for malformed in ["01", "-.5", "1.", "1e", "2e+"] {
            let result = TestSupport.load(Self.json(effect: malformed), format: .json, file: "m.json")
            #expect(Self.errors(result).first?.hasSuffix("malformed JSON: malformed number '\(malformed)'") == true, "\(malformed)")
        }
    }

    @Test("a CSV sign column reads + and - as ±1, and times a weight")
    func csvSigns() {
        let result = TestSupport.load("from,to,sign\na,b,+\nb,a,-\n", format: .csv, file: "m.csv")
        #expect(result.graph?.arcs.map(\.effect.value).sorted() == [-1, 1])
        let weighted = TestSupport.load("from,to,sign,weight\na,b,-,2.5\n", format: .csv, file: "m.csv")
        #expect(Self.effect(weighted) == -2.5)
    }

    @Test("a contract value in hexadecimal or too small to hold is refused")
    func contractValues() {
        for value in ["0x10", "1e-400"] {
            let text = Self.header.replacingOccurrences(of: "{id: a, name: A}",
                                                        with: "{id: a, name: A, contracts: [{id: c, name: C, value: \(value)}]}")
            #expect(Self.errors(TestSupport.load(text)).first?.hasSuffix("contract value '\(value)' is not a number of pounds") == true)
        }
    }
}
