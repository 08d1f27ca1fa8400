import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// Every kind of bad input named in issue 2, each with its exact line, column and message.
@Suite("Bad input is located exactly")
struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let format: InputFormat
        let text: String
        let line: Int
        let column: Int
        let message: String
        var testDescription: String { name }
    }

    static let header = "placegraph: 1\nplace:\n  name: Test\n"

    static let cases: [Case] = [
        Case(name: "malformed YAML", format: .yaml, text: "placegraph: 1\nplace: {name: [x\n",
             line: 3, column: 1, message: "malformed YAML: did not find expected ',' or ']' while parsing a flow sequence"),
        Case(name: "YAML with a bad indent", format: .yaml, text: "placegraph: 1\nplace:\n  name: a\n name: b\n",
             line: 4, column: 2, message: "malformed YAML: did not find expected key while parsing a block mapping"),
        Case(name: "malformed JSON: trailing comma", format: .json, text: "{\"placegraph\": 1, \"place\": {\"name\": \"x\",}}",
             line: 1, column: 41, message: "malformed JSON: expected a key in double quotes, found '}'"),
        Case(name: "malformed JSON: unterminated text", format: .json, text: "{\"placegraph\": 1, \"place\": \"abc",
             line: 1, column: 28, message: "malformed JSON: unterminated text"),
        Case(name: "malformed JSON: bare word", format: .json, text: "{\"placegraph\": one}",
             line: 1, column: 16, message: "malformed JSON: unexpected word 'one'"),
        Case(name: "malformed CSV: unterminated quote", format: .csv, text: "from,to,effect\na,\"b,1\n",
             line: 2, column: 3, message: "unterminated quoted cell"),
        Case(name: "empty file", format: .yaml, text: "", line: 1, column: 1, message: "the file is empty"),
        Case(name: "white space only", format: .json, text: "  \n\n", line: 1, column: 1, message: "the file is empty"),
        Case(name: "missing required field", format: .yaml,
             text: header + "services:\n  - id: parks\n    domain: green\n",
             line: 5, column: 5, message: "a service is missing 'name'"),
        Case(name: "missing place", format: .yaml, text: "placegraph: 1\nservices: []\n",
             line: 1, column: 1, message: "the map is missing 'place'"),
        Case(name: "unknown key with a suggestion", format: .yaml,
             text: header + "services:\n  - id: parks\n    name: Parks\n    ownr: Parks team\n",
             line: 7, column: 5, message: "unknown key 'ownr' in a service; did you mean 'owner'?"),
        Case(name: "duplicate id points at the second", format: .yaml,
             text: header + "services:\n  - {id: parks, name: Parks}\n  - {id: parks, name: Parks again}\n",
             line: 6, column: 10, message: "duplicate id 'parks'"),
        Case(name: "unknown reference with a suggestion", format: .yaml,
             text: header + "services:\n  - id: parks\n    name: Parks\n    objectives:\n      - {id: pollinators, text: Bees}\n"
                 + "interactions:\n  - {from: parks, to: polinators, effect: 1}\n",
             line: 10, column: 23, message: "unknown id 'polinators'; did you mean 'pollinators'?"),
        Case(name: "effect out of range", format: .yaml,
             text: header + "services:\n  - {id: a, name: A}\n  - {id: b, name: B}\ninteractions:\n  - from: a\n    to: b\n    effect: 4\n",
             line: 10, column: 13, message: "effect 4 is out of range; the scale runs from -3 to 3"),
        Case(name: "effect unreadable", format: .yaml,
             text: header + "services:\n  - {id: a, name: A}\n  - {id: b, name: B}\ninteractions:\n  - {from: a, to: b, effect: reinforcng}\n",
             line: 8, column: 30, message: "unreadable effect 'reinforcng'; did you mean 'reinforcing'?"),
        Case(name: "bad date", format: .yaml,
             text: header + "services:\n  - id: a\n    name: A\n    contracts:\n      - {id: c, name: C, start: 2024-02-30}\n",
             line: 8, column: 33, message: "malformed date '2024-02-30' for 'start'"),
        Case(name: "end before start", format: .yaml,
             text: header + "services:\n  - id: a\n    name: A\n    contracts:\n      - id: c\n        name: C\n        start: 2024-04-01\n        end: 2023-03-31\n",
             line: 11, column: 14, message: "contract ends (2023-03-31) before it starts (2024-04-01)"),
        Case(name: "extension before end", format: .yaml,
             text: header + "services:\n  - id: a\n    name: A\n    contracts:\n      - id: c\n        name: C\n        end: 2026-03-31\n        extension: 2026-01-31\n",
             line: 11, column: 20, message: "extension (2026-01-31) is not after the end (2026-03-31)"),
        Case(name: "CSV row with a missing cell", format: .csv, text: "from,to,effect\na,b,1\nc,d\n",
             line: 3, column: 4, message: "row is missing cells: it has 2 and the header has 3"),
        Case(name: "CSV row with an extra cell", format: .csv, text: "from,to,effect\na,b,1,x\n",
             line: 2, column: 7, message: "row has too many cells: it has 4 and the header has 3"),
        Case(name: "CSV effect unreadable", format: .csv, text: "source,target,sign\na,b,maybe\n",
             line: 2, column: 5, message: "unreadable effect 'maybe'"),
        Case(name: "matrix row with a missing cell", format: .csv, text: "x,a,b\na,0,1\nb,2\n",
             line: 3, column: 4, message: "matrix row is missing cells: it has 2 and the header has 3"),
        Case(name: "repeated interaction", format: .yaml,
             text: header + "services:\n  - {id: a, name: A}\n  - {id: b, name: B}\ninteractions:\n  - {from: a, to: b, effect: 1}\n  - {from: a, to: b, effect: -1}\n",
             line: 9, column: 5, message: "a second interaction from 'a' to 'b'"),
    ]

    @Test("reports the problem at its line and column", arguments: cases)
    func located(_ testCase: Case) {
        let file = "map.\(testCase.format.rawValue)"
        let result = MapLoader.load(text: testCase.text, file: file, format: testCase.format)
        #expect(result.graph == nil)
        let errors = result.diagnostics.filter { $0.severity == .error }
        let match = errors.first { $0.message == testCase.message }
        #expect(match != nil, "got: \(errors.map { "\($0.location.map(String.init(describing:)) ?? "-") \($0.message)" })")
        #expect(match?.location == SourceLocation(file: file, line: testCase.line, column: testCase.column))
    }

    @Test("binary garbage is refused as not text")
    func binary() {
        var bytes: [UInt8] = Array("placegraph: 1\n".utf8)
        bytes += [0xFF, 0xFE, 0x00, 0x12]
        let result = MapLoader.load(data: Data(bytes), file: "map.yaml", format: .yaml)
        #expect(result.graph == nil)
        #expect(result.diagnostics.first?.message == "the file is not UTF-8 text (byte 0xFF at offset 14)")
        #expect(result.diagnostics.first?.location == SourceLocation(file: "map.yaml", line: 2, column: 1))
    }

    @Test("a NUL byte is refused")
    func nul() {
        let result = MapLoader.load(data: Data([0x61, 0x00, 0x62]), file: "map.json", format: .json)
        #expect(result.diagnostics.first?.message == "the file contains a NUL byte; it looks like a binary file, not text")
    }

    @Test("every problem in a file is reported at once")
    func all() {
        let text = Self.header + """
            services:
              - {id: a, name: A, colour: red}
              - {id: a, name: Again}
            interactions:
              - {from: a, to: zz, effect: 9}
            """
        let result = MapLoader.load(text: text, file: "m.yaml", format: .yaml)
        let messages = result.diagnostics.map(\.message)
        #expect(messages == [
            "unknown key 'colour' in a service",
            "duplicate id 'a'",
            "unknown id 'zz'",
            "effect 9 is out of range; the scale runs from -3 to 3",
        ])
    }

    @Test("a self-interaction is a warning, not an error")
    func selfInteraction() throws {
        let result = MapLoader.load(text: Self.header + "services:\n  - {id: a, name: A}\ninteractions:\n  - {from: a, to: a, effect: 1}\n",
                                    file: "m.yaml", format: .yaml)
        #expect(result.graph != nil)
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.diagnostics.first?.message == "'a' interacts with itself")
        #expect(result.diagnostics.first?.location?.line == 7)
    }

    @Test("the caret sits under the column and the hint follows")
    func rendering() {
        let result = MapLoader.load(text: Self.header + "services:\n  - id: parks\n    name: Parks\n    ownr: x\n",
                                    file: "m.yaml", format: .yaml)
        let text = result.diagnostics[0].styled(source: result.source).plain
        #expect(text == """
            m.yaml:7:5: error: unknown key 'ownr' in a service; did you mean 'owner'?
             7 |     ownr: x
               |     ^
              hint: known keys: 'id', 'name', 'domain', 'owner', 'areas', 'objectives', 'contracts'

            """)
    }
}
